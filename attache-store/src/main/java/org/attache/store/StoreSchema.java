package org.attache.store;

import java.util.List;

/**
 * The store's tables, versioned. {@link #VERSION} is written to {@code schema_version}; a store
 * with an older version is migrated step by step through {@link #MIGRATIONS}, a newer one is
 * refused. Documented in the README ("The event store").
 */
final class StoreSchema {
    /** The schema this build writes. */
    static final int VERSION = 2;

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

    /** MIGRATIONS.get(v - 1) takes a store from version v to v + 1. */
    static final List<List<String>> MIGRATIONS = List.of(V1_TO_V2);

    static final List<String> CREATE = List.of(
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
              sourcing      VARCHAR
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
              num_articles INTEGER NOT NULL
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
            "CREATE TABLE countries (iso3 VARCHAR NOT NULL, name VARCHAR NOT NULL)",
            FAILED_ARTICLES);

    private StoreSchema() {
    }
}
