package org.attache.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Sequential event and article ids, first-stored times, and the migration of version 1 stores. */
class EventIdsTest {
    @TempDir
    Path dir;

    static final Events.Doc A = Events.doc("a1", "2024-03-11", "Wire One", "Pakistan rejected military cooperation with India.");
    static final Events.Doc B = Events.doc("b1", "2024-03-12", "Wire Two", "India criticised Pakistan.");
    static final Events.Doc C = Events.doc("c1", "2024-03-14", "Wire One", "Kenya criticised Uganda.");

    @Test
    void eventsGetSequentialIdsThatSurviveRecodingAndAreNeverReused() {
        try (EventStore s = EventStore.open(dir.resolve("t.duckdb"), Events.ticking("2024-03-12T08:30:15.250Z"))) {
            s.writeArticle(A.article(), A.sentences(), List.of(A.event(0, "PAK", "Pakistan", "1212", "IND", "India", "rejected")));
            s.writeArticle(B.article(), B.sentences(), List.of(B.event(0, "IND", "India", "111", "PAK", "Pakistan", "criticised")));
            assertThat(s.rows("SELECT event_id, code, CAST(added AS VARCHAR) FROM events ORDER BY event_id")).containsExactly(
                    List.of(1L, "1212", "2024-03-12 08:30:15"), List.of(2L, "111", "2024-03-12 09:30:15"));
            assertThat(s.rows("SELECT article_key, article_id FROM articles ORDER BY article_id"))
                    .containsExactly(List.of("a1", 1L), List.of("b1", 2L));
            long hash = (Long) s.rows("SELECT content_hash FROM events WHERE event_id = 2").get(0).get(0);
            assertThat(hash).isEqualTo(EventStore.contentHash("IND", "PAK", "111", "asserted",
                    java.time.LocalDate.parse("2024-03-12")));

            // b1 re-coded to nothing: its event goes; a new event takes the next id, not 2.
            s.writeArticle(B.article(), B.sentences(), List.of());
            s.writeArticle(C.article(), C.sentences(), List.of(C.event(0, "KEN", "Kenya", "111", "UGA", "Uganda", "criticised")));
            assertThat(s.rows("SELECT event_id, source_code FROM events ORDER BY event_id"))
                    .containsExactly(List.of(1L, "PAK"), List.of(3L, "KEN"));
            // b1 re-coded back: the event returns with its old id and first-stored time.
            s.writeArticle(B.article(), B.sentences(), List.of(B.event(0, "IND", "India", "111", "PAK", "Pakistan", "criticised")));
            assertThat(s.rows("SELECT event_id, CAST(added AS VARCHAR) FROM events WHERE source_code = 'IND'"))
                    .containsExactly(List.of(2L, "2024-03-12 09:30:15"));
            assertThat(s.rows("SELECT article_key, article_id FROM articles ORDER BY article_id"))
                    .containsExactly(List.of("a1", 1L), List.of("b1", 2L), List.of("c1", 3L));
            // A later mention joins the event without moving its first-stored time.
            Events.Doc d = Events.doc("d1", "2024-03-12", "Wire Three", "Pakistan again rejected military cooperation with India.");
            s.writeArticle(d.article(), d.sentences(), List.of(d.event(0, "PAK", "Pakistan", "1212", "IND", "India", "rejected",
                    "2024-03-11", org.attache.model.Status.ASSERTED)));
            assertThat(s.rows("SELECT event_id, num_mentions, CAST(added AS VARCHAR) FROM events WHERE source_code = 'PAK'"))
                    .containsExactly(List.of(1L, 2, "2024-03-12 08:30:15"));
        }
    }

    /** The version 1 tables as Attaché 0.1 wrote them (a store made before ids were sequential). */
    private static final List<String> V1 = List.of(
            "CREATE TABLE schema_version (version INTEGER NOT NULL)",
            "INSERT INTO schema_version VALUES (1)",
            "CREATE TABLE articles (article_key VARCHAR NOT NULL, text_hash VARCHAR NOT NULL, published DATE, outlet VARCHAR "
                    + "NOT NULL, url VARCHAR NOT NULL, title VARCHAR NOT NULL, body VARCHAR NOT NULL, num_sentences INTEGER NOT "
                    + "NULL, num_mentions INTEGER NOT NULL, sourcing VARCHAR)",
            "CREATE TABLE sentences (article_key VARCHAR NOT NULL, sentence_index INTEGER NOT NULL, begin_offset INTEGER "
                    + "NOT NULL, end_offset INTEGER NOT NULL, text VARCHAR NOT NULL)",
            "CREATE TABLE actors (code VARCHAR NOT NULL, country VARCHAR NOT NULL, sectors VARCHAR NOT NULL, name VARCHAR NOT NULL)",
            "CREATE TABLE events (event_id BIGINT NOT NULL, event_date DATE, source_code VARCHAR NOT NULL, target_code "
                    + "VARCHAR NOT NULL, code VARCHAR NOT NULL, root VARCHAR NOT NULL, quad_class INTEGER NOT NULL, goldstein "
                    + "DOUBLE NOT NULL, status VARCHAR NOT NULL, num_mentions INTEGER NOT NULL, num_sources INTEGER NOT NULL, "
                    + "num_articles INTEGER NOT NULL)",
            "CREATE TABLE mentions (event_id BIGINT NOT NULL, article_key VARCHAR NOT NULL, sentence_index INTEGER NOT NULL, "
                    + "mention_index INTEGER NOT NULL, source_code VARCHAR NOT NULL, source_text VARCHAR, source_start INTEGER, "
                    + "source_end INTEGER, source_basis VARCHAR, source_inferred BOOLEAN, target_code VARCHAR NOT NULL, "
                    + "target_text VARCHAR, target_start INTEGER, target_end INTEGER, target_basis VARCHAR, target_inferred "
                    + "BOOLEAN, code VARCHAR NOT NULL, trigger_text VARCHAR NOT NULL, trigger_start INTEGER NOT NULL, "
                    + "trigger_end INTEGER NOT NULL, event_date DATE, date_basis VARCHAR, status VARCHAR NOT NULL, "
                    + "attribution_text VARCHAR, attribution_kind VARCHAR, place_name VARCHAR, place_country VARCHAR, "
                    + "place_lat DOUBLE, place_lon DOUBLE, place_basis VARCHAR, issues VARCHAR NOT NULL)",
            "CREATE TABLE event_types (code VARCHAR NOT NULL, name VARCHAR NOT NULL, goldstein DOUBLE NOT NULL, quad_class "
                    + "INTEGER NOT NULL, plover_event VARCHAR, plover_mode VARCHAR)",
            "CREATE TABLE countries (iso3 VARCHAR NOT NULL, name VARCHAR NOT NULL)",
            // two articles; the Pakistan event is mentioned by both, the Kenya one (hash id smaller) by the later one
            "INSERT INTO articles VALUES ('a1', 'h1', DATE '2024-03-11', 'Wire One', '', 't', 'Pakistan rejected India.', 1, 1, NULL),"
                    + "('b1', 'h2', DATE '2024-03-12', 'Wire Two', '', 't', 'Pakistan rejected India. Kenya criticised Uganda.', 2, 2, NULL)",
            "INSERT INTO events VALUES (8000000000000000001, DATE '2024-03-11', 'PAK', 'IND', '1212', '12', 3, -4.0, 'asserted', 2, 2, 2),"
                    + "(5000000000000000005, DATE '2024-03-12', 'KEN', 'UGA', '111', '11', 3, -2.0, 'asserted', 1, 1, 1)",
            "INSERT INTO mentions (event_id, article_key, sentence_index, mention_index, source_code, target_code, code, "
                    + "trigger_text, trigger_start, trigger_end, status, issues) VALUES "
                    + "(8000000000000000001, 'a1', 0, 0, 'PAK', 'IND', '1212', 'rejected', 9, 17, 'asserted', ''),"
                    + "(8000000000000000001, 'b1', 0, 0, 'PAK', 'IND', '1212', 'rejected', 9, 17, 'asserted', ''),"
                    + "(5000000000000000005, 'b1', 1, 1, 'KEN', 'UGA', '111', 'criticised', 30, 40, 'asserted', '')");

    @Test
    void aVersion1StoreIsMigratedToSequentialIdsKeepingItsHashes() throws Exception {
        Path f = dir.resolve("v1.duckdb");
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + f); Statement st = c.createStatement()) {
            for (String sql : V1) {
                st.execute(sql);
            }
        }
        try (EventStore s = EventStore.open(f, Clock.fixed(Instant.parse("2025-01-01T00:00:00Z"), ZoneOffset.UTC))) {
            assertThat(s.rows("SELECT max(version) FROM schema_version")).containsExactly(List.of(StoreSchema.VERSION));
            // ordered by when first stored (the earliest publication standing for it): Pakistan first
            assertThat(s.rows("SELECT event_id, content_hash, CAST(added AS VARCHAR), num_mentions FROM events ORDER BY event_id"))
                    .containsExactly(List.of(1L, 8000000000000000001L, "2024-03-11 00:00:00", 2),
                            List.of(2L, 5000000000000000005L, "2024-03-12 00:00:00", 1));
            assertThat(s.rows("SELECT article_key, event_id FROM mentions ORDER BY article_key, mention_index"))
                    .containsExactly(List.of("a1", 1L), List.of("b1", 1L), List.of("b1", 2L));
            assertThat(s.rows("SELECT article_key, article_id FROM articles ORDER BY article_key"))
                    .containsExactly(List.of("a1", 1L), List.of("b1", 2L));
            // new events continue the sequence, stamped by the clock
            s.writeArticle(C.article(), C.sentences(), List.of(C.event(0, "KEN", "Kenya", "111", "UGA", "Uganda", "criticised")));
            assertThat(s.rows("SELECT event_id, CAST(added AS VARCHAR) FROM events WHERE event_date = DATE '2024-03-14'"))
                    .containsExactly(List.of(3L, "2025-01-01 00:00:00"));
            assertThat(s.rows("SELECT article_id FROM articles WHERE article_key = 'c1'")).containsExactly(List.of(3L));
        }
        try (EventStore s = EventStore.openReadOnly(f)) {
            assertThat(s.counts().events()).isEqualTo(3);
        }
    }
}
