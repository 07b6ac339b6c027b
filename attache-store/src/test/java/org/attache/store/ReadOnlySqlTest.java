package org.attache.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReadOnlySqlTest {
    @TempDir
    Path dir;

    private Path db;

    @BeforeEach
    void fill() {
        db = dir.resolve("s.duckdb");
        Events.Doc a = Events.doc("a1", "2024-03-11", "Wire One", "Pakistan rejected military cooperation with India.");
        try (EventStore s = EventStore.open(db)) {
            s.writeArticle(a.article(), a.sentences(), List.of(a.event(0, "PAK", "Pakistan", "1212", "IND", "India", "rejected")));
        }
    }

    @Test
    void writesAndSideEffectsAreRefusedBeforeTheyRun() {
        assertThat(ReadOnlySql.refusal("DELETE FROM events")).contains("only queries", "DELETE");
        assertThat(ReadOnlySql.refusal("copy events to '/tmp/x.csv'")).contains("COPY");
        assertThat(ReadOnlySql.refusal("ATTACH 'other.duckdb'")).contains("ATTACH");
        assertThat(ReadOnlySql.refusal("SELECT 1; DROP TABLE events")).contains("one statement");
        assertThat(ReadOnlySql.refusal("  ")).isEqualTo("empty statement");
        assertThat(ReadOnlySql.refusal("select count(*) from events;")).isNull();
        assertThat(ReadOnlySql.refusal("WITH x AS (SELECT 1) SELECT * FROM x")).isNull();
    }

    @Test
    void queriesRunOnAReadOnlyConnectionThatRefusesWritesAnyway() {
        try (EventStore s = EventStore.openReadOnly(db)) {
            StringWriter sw = new StringWriter();
            long n = ReadOnlySql.run(s, "SELECT code, num_mentions FROM events", "csv", new PrintWriter(sw));
            assertThat(n).isEqualTo(1);
            assertThat(sw.toString()).isEqualTo("code,num_mentions\n1212,1\n".replace("\n", System.lineSeparator()));
            // A write that passes the keyword check still cannot change the store.
            assertThatThrownBy(() -> ReadOnlySql.run(s, "WITH x AS (SELECT 1) DELETE FROM events", "csv",
                    new PrintWriter(new StringWriter()))).isInstanceOf(StoreException.class);
            assertThatThrownBy(() -> ReadOnlySql.run(s, "SELECT * FROM read_csv('/etc/passwd')", "csv",
                    new PrintWriter(new StringWriter()))).isInstanceOf(StoreException.class);
            assertThat(s.counts().events()).isEqualTo(1);
        }
    }

    @Test
    void statsCountByRootDyadAndOutlet() {
        Events.Doc b = Events.doc("b1", "2024-03-11", "Wire Two", "Islamabad rejected military cooperation with India.",
                "Kenya met Uganda.");
        try (EventStore s = EventStore.open(db)) {
            s.writeArticle(b.article(), b.sentences(), List.of(
                    b.event(0, "PAK", "Islamabad", "1212", "IND", "India", "rejected"),
                    b.event(1, "KEN", "Kenya", "040", "UGA", "Uganda", "met")));
        }
        try (EventStore s = EventStore.openReadOnly(db)) {
            StoreStats stats = new StoreStats(s);
            assertThat(print(stats, StoreStats.Section.ROOT)).isEqualTo(List.of("root,name,events,mentions",
                    "04,Consult,1,1", "12,Reject,1,2"));
            assertThat(print(stats, StoreStats.Section.DYAD)).isEqualTo(List.of("source,target,events,mentions",
                    "PAK,IND,1,2", "KEN,UGA,1,1"));
            assertThat(print(stats, StoreStats.Section.OUTLET)).isEqualTo(List.of("outlet,articles,mentions,events",
                    "Wire Two,1,2,2", "Wire One,1,1,1"));
            assertThat(print(stats, StoreStats.Section.DAY)).isEqualTo(List.of("day,events,mentions",
                    "2024-03-11,2,3"));
        }
    }

    private static List<String> print(StoreStats stats, StoreStats.Section s) {
        StringWriter sw = new StringWriter();
        stats.print(s, EventFilter.all(), 10, "csv", new PrintWriter(sw));
        return sw.toString().lines().toList();
    }

    @Test
    void theGuardReadsLiteralsAndCommentsAsDuckDbDoes() {
        assertThat(ReadOnlySql.refusal("SELECT ';' AS semi")).isNull();
        assertThat(ReadOnlySql.refusal("SELECT 'it''s; fine', \"odd;name\" FROM events")).isNull();
        assertThat(ReadOnlySql.refusal("/* c */ SELECT 1")).isNull();
        assertThat(ReadOnlySql.refusal("-- why\nSELECT 1; -- done")).isNull();
        assertThat(ReadOnlySql.refusal("(SELECT 1) UNION (SELECT 2)")).isNull();
        assertThat(ReadOnlySql.refusal("SELECT $$a;b$$")).isNull();
        assertThat(ReadOnlySql.refusal("/* SELECT */ DELETE FROM events")).contains("DELETE");
        assertThat(ReadOnlySql.refusal("-- SELECT\nDROP TABLE events")).contains("DROP");
        assertThat(ReadOnlySql.refusal("SELECT ';'; DROP TABLE events")).contains("one statement");
        assertThat(ReadOnlySql.refusal("SELECT 1 /* ; */ ; /* x */ DROP TABLE events")).contains("one statement");
        assertThat(ReadOnlySql.refusal("SELECT 'open")).contains("unterminated string literal");
        assertThat(ReadOnlySql.refusal("SELECT 1 /* open")).contains("unterminated /* comment");
        assertThat(ReadOnlySql.refusal("-- only a comment")).isEqualTo("empty statement");
    }

    @Test
    void aRunawayQueryIsCancelledAtItsTimeout() {
        try (EventStore s = EventStore.openReadOnly(db)) {
            long t0 = System.nanoTime();
            assertThatThrownBy(() -> ReadOnlySql.run(s, "SELECT count(*) FROM range(100000000) a, range(100000) b "
                    + "WHERE a.range + b.range = -1", "csv", new PrintWriter(new StringWriter()), java.time.Duration.ofMillis(500)))
                    .isInstanceOf(StoreException.class).hasMessageContaining("query stopped after 0 s")
                    .hasMessageContaining("--timeout");
            assertThat((System.nanoTime() - t0) / 1e9).isLessThan(30);
            // the connection is still usable
            StringWriter sw = new StringWriter();
            assertThat(ReadOnlySql.run(s, "SELECT 1", "csv", new PrintWriter(sw))).isEqualTo(1);
        }
    }

    @Test
    void csvKeepsTabsLineBreaksAndCarriageReturnsQuotedAndTablesShowControls() {
        try (EventStore s = EventStore.openReadOnly(db)) {
            StringWriter csv = new StringWriter();
            ReadOnlySql.run(s, "SELECT 'a' || chr(9) || 'b' AS tab, 'l1' || chr(10) || 'l2' AS nl, 'c' || chr(13) AS cr, "
                    + "'x,y' AS comma", "csv", new PrintWriter(csv));
            assertThat(csv.toString()).isEqualTo("tab,nl,cr,comma" + System.lineSeparator()
                    + "a\tb,\"l1\nl2\",\"c\r\",\"x,y\"" + System.lineSeparator());
            StringWriter table = new StringWriter();
            ReadOnlySql.run(s, "SELECT chr(27) || '[2J' || 'boom' AS t", "table", new PrintWriter(table));
            assertThat(table.toString()).doesNotContain("\u001b").contains("^[[2Jboom");
        }
    }
}
