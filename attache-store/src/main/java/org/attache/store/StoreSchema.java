package org.attache.store;

import java.util.List;

/**
 * The store's tables, versioned. {@link #VERSION} is written to {@code schema_version}; a store
 * with an older version is migrated step by step through {@link #MIGRATIONS}, a newer one is
 * refused. Documented in the README ("The event store").
 */
final class StoreSchema {
    /** The schema this build writes. */
    static final int VERSION = 4;

    /**
     * The registries that give events and articles their sequential integer ids. A row is never
     * deleted: an event or article that goes (an article re-coded) and comes back gets its old id
     * and its first-stored time again, and an id never passes to anything else.
     */
    private static final List<String> REGISTRIES = List.of(
            "CREATE TABLE event_keys (content_hash BIGINT NOT NULL, event_id BIGINT NOT NULL, added TIMESTAMP NOT NULL)",
            "CREATE TABLE article_ids (article_key VARCHAR NOT NULL, article_id BIGINT NOT NULL, added TIMESTAMP NOT NULL)",
            // reference: people.tsv's names, so exports name a person actor by its canonical name
            "CREATE TABLE person_names (alias VARCHAR NOT NULL, code VARCHAR NOT NULL, name VARCHAR NOT NULL, "
                    + "valid_from DATE, valid_to DATE)");
    /**
     * Articles the coder could not process (an error, or over the time budget), with the reason:
     * a re-run skips them while their text is unchanged, unless asked to retry. A row goes when
     * its article is stored.
     */
    private static final String FAILED_ARTICLES = """
            CREATE TABLE failed_articles (
              article_key VARCHAR NOT NULL,
              text_hash   VARCHAR NOT NULL,
              published   DATE,
              outlet      VARCHAR NOT NULL,
              url         VARCHAR NOT NULL,
              title       VARCHAR NOT NULL,
              reason      VARCHAR NOT NULL,
              attempts    INTEGER NOT NULL,
              failed_at   TIMESTAMP NOT NULL
            )""";

    /** Version 1 to 2: failed articles are kept with their reason. */
    private static final List<String> V1_TO_V2 = List.of(FAILED_ARTICLES);

    /**
     * Version 2 to 3: events get sequential ids (the old 63-bit id, a hash, stays as content_hash)
     * and the time they were first stored; articles get sequential ids and their first-stored time.
     * Versions 1 and 2 kept no storing time, so the earliest publication date of an event's articles
     * stands for it (midnight), which is what version 1 exported as DATEADDED's day.
     */
    private static final List<String> V2_TO_V3 = concat(REGISTRIES, List.of(
            "ALTER TABLE articles ADD COLUMN article_id BIGINT",
            "ALTER TABLE articles ADD COLUMN added TIMESTAMP",
            """
            CREATE TEMP TABLE v2_article_ids AS SELECT article_key,
              row_number() OVER (ORDER BY published NULLS LAST, article_key) AS article_id,
              coalesce(CAST(published AS TIMESTAMP), date_trunc('second', CAST(current_timestamp AS TIMESTAMP))) AS added
            FROM articles""",
            "UPDATE articles SET article_id = v.article_id, added = v.added FROM v2_article_ids v "
                    + "WHERE articles.article_key = v.article_key",
            "INSERT INTO article_ids SELECT article_key, article_id, added FROM articles",
            "ALTER TABLE events ADD COLUMN content_hash BIGINT",
            "ALTER TABLE events ADD COLUMN added TIMESTAMP",
            """
            CREATE TEMP TABLE v2_event_ids AS SELECT e.event_id AS old_id,
              row_number() OVER (ORDER BY f.first_added NULLS LAST, e.event_date NULLS LAST, e.event_id) AS event_id,
              coalesce(f.first_added, date_trunc('second', CAST(current_timestamp AS TIMESTAMP))) AS added
            FROM events e LEFT JOIN (SELECT m.event_id, min(a.added) AS first_added FROM mentions m
              JOIN articles a ON a.article_key = m.article_key GROUP BY m.event_id) f ON f.event_id = e.event_id""",
            "UPDATE mentions SET event_id = v.event_id FROM v2_event_ids v WHERE mentions.event_id = v.old_id",
            "UPDATE events SET content_hash = v.old_id, event_id = v.event_id, added = v.added FROM v2_event_ids v "
                    + "WHERE events.event_id = v.old_id",
            "INSERT INTO event_keys SELECT content_hash, event_id, added FROM events",
            "DROP TABLE v2_event_ids",
            "DROP TABLE v2_article_ids"));

    /** The files `attache watch` has ingested: a file is ingested again when its size or time changes. */
    private static final String WATCHED_FILES = "CREATE TABLE watched_files (path VARCHAR NOT NULL, size BIGINT NOT NULL, "
            + "modified TIMESTAMP NOT NULL, ingested TIMESTAMP NOT NULL)";

    /** Version 3 to 4: the watched-files table. */
    private static final List<String> V3_TO_V4 = List.of(WATCHED_FILES);

    /** MIGRATIONS.get(v - 1) takes a store from version v to v + 1. */
    static final List<List<String>> MIGRATIONS = List.of(V1_TO_V2, V2_TO_V3, V3_TO_V4);

    static final List<String> CREATE = concat(List.of(
            "CREATE TABLE schema_version (version INTEGER NOT NULL)",
            // article_key is the identity: the given id, else the URL, else sha256 of the normalized text.
            """
            CREATE TABLE articles (
              article_key   VARCHAR NOT NULL,
              text_hash     VARCHAR NOT NULL,
              published     DATE,
              outlet        VARCHAR NOT NULL,
              url           VARCHAR NOT NULL,
              title         VARCHAR NOT NULL,
              body          VARCHAR NOT NULL,
              num_sentences INTEGER NOT NULL,
              num_mentions  INTEGER NOT NULL,
              sourcing      VARCHAR,
              article_id    BIGINT,
              added         TIMESTAMP
            )""",
            """
            CREATE TABLE sentences (
              article_key    VARCHAR NOT NULL,
              sentence_index INTEGER NOT NULL,
              begin_offset   INTEGER NOT NULL,
              end_offset     INTEGER NOT NULL,
              text           VARCHAR NOT NULL
            )""",
            """
            CREATE TABLE actors (
              code    VARCHAR NOT NULL,
              country VARCHAR NOT NULL,
              sectors VARCHAR NOT NULL,
              name    VARCHAR NOT NULL
            )""",
            """
            CREATE TABLE events (
              event_id     BIGINT NOT NULL,
              event_date   DATE,
              source_code  VARCHAR NOT NULL,
              target_code  VARCHAR NOT NULL,
              code         VARCHAR NOT NULL,
              root         VARCHAR NOT NULL,
              quad_class   INTEGER NOT NULL,
              goldstein    DOUBLE NOT NULL,
              status       VARCHAR NOT NULL,
              num_mentions INTEGER NOT NULL,
              num_sources  INTEGER NOT NULL,
              num_articles INTEGER NOT NULL,
              content_hash BIGINT,
              added        TIMESTAMP
            )""",
            """
            CREATE TABLE mentions (
              event_id          BIGINT NOT NULL,
              article_key       VARCHAR NOT NULL,
              sentence_index    INTEGER NOT NULL,
              mention_index     INTEGER NOT NULL,
              source_code       VARCHAR NOT NULL,
              source_text       VARCHAR,
              source_start      INTEGER,
              source_end        INTEGER,
              source_basis      VARCHAR,
              source_inferred   BOOLEAN,
              target_code       VARCHAR NOT NULL,
              target_text       VARCHAR,
              target_start      INTEGER,
              target_end        INTEGER,
              target_basis      VARCHAR,
              target_inferred   BOOLEAN,
              code              VARCHAR NOT NULL,
              trigger_text      VARCHAR NOT NULL,
              trigger_start     INTEGER NOT NULL,
              trigger_end       INTEGER NOT NULL,
              event_date        DATE,
              date_basis        VARCHAR,
              status            VARCHAR NOT NULL,
              attribution_text  VARCHAR,
              attribution_kind  VARCHAR,
              place_name        VARCHAR,
              place_country     VARCHAR,
              place_lat         DOUBLE,
              place_lon         DOUBLE,
              place_basis       VARCHAR,
              issues            VARCHAR NOT NULL
            )""",
            // Reference tables, rewritten from the built-in ontology and dictionary at every read-write open.
            """
            CREATE TABLE event_types (
              code         VARCHAR NOT NULL,
              name         VARCHAR NOT NULL,
              goldstein    DOUBLE NOT NULL,
              quad_class   INTEGER NOT NULL,
              plover_event VARCHAR,
              plover_mode  VARCHAR
            )""",
            "CREATE TABLE countries (iso3 VARCHAR NOT NULL, name VARCHAR NOT NULL)", WATCHED_FILES, FAILED_ARTICLES),
            REGISTRIES);

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> out = new java.util.ArrayList<>(a);
        out.addAll(b);
        return List.copyOf(out);
    }

    private StoreSchema() {
    }
}
