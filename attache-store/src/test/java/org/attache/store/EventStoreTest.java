package org.attache.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Statement;
import java.util.List;
import org.attache.model.Status;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EventStoreTest {
    @TempDir
    Path dir;

    static final Events.Doc A = Events.doc("a1", "2024-03-11", "Wire One",
            "Pakistan rejected military cooperation with India.", "India criticised Pakistan.");
    static final Events.Doc B = Events.doc("b1", "2024-03-12", "Wire Two",
            "Islamabad on Monday rejected military cooperation with New Delhi.");
    static final Events.Doc C = Events.doc("c1", "2024-03-14", "Wire One",
            "Pakistan again rejected military cooperation with India.");

    private static void write(EventStore s, Events.Doc d, org.attache.model.Event... events) {
        s.writeArticle(d.article(), d.sentences(), List.of(events));
    }

    @Test
    void sameDyadAndCodeWithinADayIsOneEventWithCounts() {
        try (EventStore s = EventStore.open(dir.resolve("t.duckdb"))) {
            write(s, A, A.event(0, "PAK", "Pakistan", "1212", "IND", "India", "rejected"),
                    A.event(1, "IND", "India", "111", "PAK", "Pakistan", "criticised"));
            write(s, B, B.event(0, "PAKGOV", "Islamabad", "1212", "INDGOV", "New Delhi", "rejected"),
                    B.event(0, "PAK", "Islamabad", "1212", "IND", "New Delhi", "rejected", "2024-03-11", Status.ASSERTED));
            write(s, C, C.event(0, "PAK", "Pakistan", "1212", "IND", "India", "rejected"));
            assertThat(s.rows("SELECT source_code, target_code, code, CAST(event_date AS VARCHAR), num_mentions, "
                    + "num_sources, num_articles FROM events ORDER BY event_date, source_code")).containsExactly(
                    List.of("IND", "PAK", "111", "2024-03-11", 1, 1, 1),
                    List.of("PAK", "IND", "1212", "2024-03-11", 2, 2, 2),
                    List.of("PAKGOV", "INDGOV", "1212", "2024-03-12", 1, 1, 1),
                    List.of("PAK", "IND", "1212", "2024-03-14", 1, 1, 1));
            assertThat(s.counts()).isEqualTo(new EventStore.Counts(3, 4, 4, 5, 4));
        }
    }

    @Test
    void rewritingAnArticleReplacesItsMentionsAndRecountsEvents() {
        try (EventStore s = EventStore.open(dir.resolve("t.duckdb"))) {
            write(s, A, A.event(0, "PAK", "Pakistan", "1212", "IND", "India", "rejected"));
            write(s, B, B.event(0, "PAK", "Islamabad", "1212", "IND", "New Delhi", "rejected"));
            assertThat(s.rows("SELECT num_mentions, num_articles FROM events")).containsExactly(List.of(2, 2));
            // Re-coded after a dictionary change: article b1 now yields a different event.
            EventStore.Written w = s.writeArticle(B.article(), B.sentences(),
                    List.of(B.event(0, "PAKGOV", "Islamabad", "1212", "INDGOV", "New Delhi", "rejected")));
            assertThat(w.replaced()).isTrue();
            assertThat(s.rows("SELECT source_code, num_mentions, num_articles FROM events ORDER BY source_code"))
                    .containsExactly(List.of("PAK", 1, 1), List.of("PAKGOV", 1, 1));
            // And re-coded to nothing: the event it alone supported goes away.
            s.writeArticle(B.article(), B.sentences(), List.of());
            assertThat(s.rows("SELECT source_code FROM events")).containsExactly(List.of("PAK"));
            assertThat(s.counts().articles()).isEqualTo(2);
        }
    }

    @Test
    void statusSeparatesEventsAndMentionsKeepTheirOwnEvidence() {
        try (EventStore s = EventStore.open(dir.resolve("t.duckdb"))) {
            write(s, A, Events.withAttributionAndPlace(A.event(0, "PAK", "Pakistan", "1212", "IND", "India", "rejected"),
                    "officials", "official", "Islamabad", "PAK", 33.7, 73.1));
            write(s, B, B.event(0, "PAK", "Islamabad", "1212", "IND", "New Delhi", "rejected", "2024-03-12",
                    Status.INTENDED));
            assertThat(s.rows("SELECT status, num_mentions FROM events ORDER BY status"))
                    .containsExactly(List.of("asserted", 1), List.of("intended", 1));
            assertThat(s.rows("SELECT article_key, source_text, attribution_kind, place_name, place_lat FROM mentions "
                    + "ORDER BY article_key")).containsExactly(
                    List.of("a1", "Pakistan", "official", "Islamabad", 33.7),
                    java.util.Arrays.asList("b1", "Islamabad", null, null, null));
        }
    }

    @Test
    void reopeningKeepsDataAndNewerOrForeignDatabasesAreRefused() throws Exception {
        Path f = dir.resolve("t.duckdb");
        try (EventStore s = EventStore.open(f)) {
            write(s, A, A.event(0, "PAK", "Pakistan", "1212", "IND", "India", "rejected"));
        }
        try (EventStore s = EventStore.openReadOnly(f)) {
            assertThat(s.counts().events()).isEqualTo(1);
            assertThatThrownBy(() -> s.connection().createStatement().execute("DELETE FROM events"))
                    .hasMessageContaining("read-only");
        }
        try (EventStore s = EventStore.open(f); Statement st = s.connection().createStatement()) {
            st.execute("UPDATE schema_version SET version = 99");
            s.connection().commit();
        }
        assertThatThrownBy(() -> EventStore.open(f)).isInstanceOf(StoreException.class)
                .hasMessageContaining("schema version 99, written by a newer Attaché");
        assertThatThrownBy(() -> EventStore.openReadOnly(f)).hasMessageContaining("newer");
        Path other = dir.resolve("other.duckdb");
        try (var c = java.sql.DriverManager.getConnection("jdbc:duckdb:" + other); Statement st = c.createStatement()) {
            st.execute("CREATE TABLE t (x INTEGER)");
        }
        assertThatThrownBy(() -> EventStore.open(other)).hasMessageContaining("not an Attaché store");
        assertThatThrownBy(() -> EventStore.openReadOnly(dir.resolve("none.duckdb")))
                .hasMessageContaining("no store at");
    }

    @Test
    void anArticleKeepsItsSourcingProfile() {
        try (EventStore s = EventStore.open(dir.resolve("t.duckdb"))) {
            org.attache.model.Event e = A.event(0, "PAK", "Pakistan", "1212", "IND", "India", "rejected")
                    .withAttribution(new org.attache.model.Attribution("two sources", "anonymous"));
            org.attache.model.SourcingProfile p = org.attache.model.SourcingProfile.of("a1",
                    List.of(e.attribution()), List.of(e));
            s.writeArticles(List.of(new EventStore.Coded(A.article(), A.sentences(), List.of(e), p)));
            write(s, C, C.event(0, "PAK", "Pakistan", "1212", "IND", "India", "rejected"));
            List<List<Object>> rows = s.rows("SELECT article_key, sourcing FROM articles ORDER BY article_key");
            assertThat(rows.get(0).get(0)).isEqualTo("a1");
            assertThat((String) rows.get(0).get(1)).contains("\"anonymous\":1").contains("\"attributions\":1");
            assertThat(rows.get(1).get(1)).isNull();
        }
    }

    @Test
    void aVersionOneStoreIsMigratedWithItsDataAndGainsTheFailedArticlesTable() throws Exception {
        Path f = dir.resolve("v1.duckdb");
        try (EventStore s = EventStore.open(f); Statement st = s.connection().createStatement()) {
            write(s, A, A.event(0, "PAK", "Pakistan", "1212", "IND", "India", "rejected"));
            // what version 1 wrote: no failed_articles table
            st.execute("DROP TABLE failed_articles");
            // nor what versions 3 and 4 added (sequential ids, watched files)
            for (String t : List.of("event_keys", "article_ids", "person_names", "watched_files")) {
                st.execute("DROP TABLE " + t);
            }
            for (String c : List.of("events DROP COLUMN content_hash", "events DROP COLUMN added",
                    "articles DROP COLUMN article_id", "articles DROP COLUMN added")) {
                st.execute("ALTER TABLE " + c);
            }
            st.execute("UPDATE schema_version SET version = 1");
            s.connection().commit();
        }
        assertThatThrownBy(() -> EventStore.openReadOnly(f)).hasMessageContaining("older schema version 1")
                .hasMessageContaining("to migrate it");
        try (EventStore s = EventStore.open(f)) {
            assertThat(s.rows("SELECT version FROM schema_version")).containsExactly(List.of(StoreSchema.VERSION));
            assertThat(s.counts().events()).isEqualTo(1);
            s.recordFailure(B.article(), "failed in NLP: StackOverflowError");
            assertThat(s.failedHashes()).containsOnlyKeys("b1");
        }
    }

    @Test
    void aCorruptStoreIsCalledCorruptNotInUse() throws Exception {
        Path f = dir.resolve("c.duckdb");
        try (EventStore s = EventStore.open(f)) {
            write(s, A, A.event(0, "PAK", "Pakistan", "1212", "IND", "India", "rejected"));
        }
        // overwrite the data blocks after the file header with junk: DuckDB's checksums catch it
        byte[] junk = new byte[Math.toIntExact(Math.min(Files.size(f) - 12288, 262144))];
        new java.util.Random(1).nextBytes(junk);
        try (var ch = java.nio.channels.FileChannel.open(f, java.nio.file.StandardOpenOption.WRITE)) {
            ch.write(java.nio.ByteBuffer.wrap(junk), 12288);
        }
        assertThatThrownBy(() -> EventStore.openReadOnly(f)).isInstanceOf(StoreException.class)
                .hasMessageContaining("store " + f + " is corrupt or truncated").hasMessageNotContaining("in use");
        assertThatThrownBy(() -> EventStore.open(f)).hasMessageContaining("is corrupt or truncated");
        Path zero = dir.resolve("zero.duckdb");
        Files.write(zero, new byte[0]);
        assertThatThrownBy(() -> EventStore.open(zero)).hasMessageContaining("is corrupt or truncated");
        assertThat(Files.size(zero)).as("not rewritten").isZero();
    }

    @Test
    void onlyALockConflictIsReportedAsInUse() {
        java.sql.SQLException lock = new java.sql.SQLException("IO Error: Could not set lock on file \"x\": Conflicting lock is held");
        assertThat(EventStore.openFailure(Path.of("x"), lock).getMessage()).contains("in use by another process");
        java.sql.SQLException block = new java.sql.SQLException("IO Error: Corrupt database file: computed checksum 1 does "
                + "not match stored checksum 2 in block at location 12288");
        assertThat(EventStore.openFailure(Path.of("x"), block).getMessage()).contains("corrupt").doesNotContain("in use");
    }
}
