package org.attache.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.attache.store.EventStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The main job: the demo fills the store from the sample corpus, scores it, and a second run leaves the same store. */
class DemoIT {
    private static final List<String> TABLES = List.of("articles", "sentences", "events", "mentions", "actors");

    @TempDir
    Path dir;

    @Test
    void demoStoresTheSampleCorpusAndRunningItTwiceGivesTheSameStore() throws Exception {
        Path db = dir.resolve("demo.duckdb");
        String first = demo(db);
        assertThat(first).contains("Coded 20 sample articles", "Top CAMEO roots:", "Top dyads:",
                "Sample-corpus score against the hand-coded gold events", "Try next:", "--db " + db);
        assertThat(first.lines().filter(l -> l.startsWith("all ")).toList()).hasSize(1);
        List<List<List<Object>>> before = snapshot(db);
        long events;
        try (EventStore s = EventStore.openReadOnly(db)) {
            assertThat(s.counts().articles()).isEqualTo(20);
            events = s.counts().events();
            assertThat(events).isPositive();
            assertThat(s.counts().mentions()).isGreaterThanOrEqualTo(events);
        }
        String second = demo(db);
        assertThat(snapshot(db)).isEqualTo(before);
        // The score is read back from the store, so it is the same on both runs.
        assertThat(scoreLines(second)).isEqualTo(scoreLines(first));
    }

    private static List<String> scoreLines(String out) {
        return out.lines().dropWhile(l -> !l.startsWith("Sample-corpus score")).takeWhile(l -> !l.isBlank()).toList();
    }

    private static List<List<List<Object>>> snapshot(Path db) {
        try (EventStore s = EventStore.openReadOnly(db)) {
            return TABLES.stream().map(t -> s.rows("SELECT * FROM " + t + " ORDER BY ALL")).toList();
        }
    }

    private static String demo(Path db) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int rc = Main.run(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                "demo", "--db", db.toString(), "--threads", "1");
        assertThat(rc).as(err.toString(StandardCharsets.UTF_8)).isZero();
        return out.toString(StandardCharsets.UTF_8);
    }
}
