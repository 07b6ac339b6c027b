package org.attache.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.attache.io.InputProblem;
import org.attache.model.Article;
import org.attache.pipeline.Pipeline;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The folder watch without NLP models (IngestTest's sentence splitter stands in for CoreNLP). */
class FolderWatchTest {
    @TempDir
    Path dir;

    private static final Instant NOW = Instant.parse("2024-03-20T12:00:00Z");

    private static final Ingest.Listener QUIET = new Ingest.Listener() {
        @Override
        public void problem(InputProblem p) {
        }

        @Override
        public void failed(Article a, String error) {
        }

        @Override
        public void progress(Ingest.Summary soFar, int total) {
        }
    };

    private static void write(Path f, String text, String modified) throws Exception {
        Files.createDirectories(f.getParent());
        Files.writeString(f, text);
        Files.setLastModifiedTime(f, FileTime.from(Instant.parse(modified)));
    }

    private FolderWatch watch(EventStore s, Path in) {
        Ingest ingest = new Ingest(s, Pipeline.builtIn(), () -> IngestTest.SPLITTER,
                new Ingest.Options(1, LocalDate.of(2024, 3, 17), false));
        return new FolderWatch(s, ingest, in, Duration.ofSeconds(5), Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @Test
    void eachScanIngestsOnlyNewAndChangedFilesAndWaitsForFilesBeingWritten() throws Exception {
        Path in = dir.resolve("drop");
        write(in.resolve("a.jsonl"), "{\"id\":\"a1\",\"text\":\"Kenya met Uganda.\"}\n", "2024-03-20T11:00:00Z");
        // nanoseconds in the file time (the store keeps microseconds): still the same file on the next scan
        write(in.resolve("day/b.txt"), "Chad left. Mali stayed.", "2024-03-20T11:30:00.123456789Z");
        write(in.resolve("c.jsonl.part"), "{\"id\":\"c1\",\"text\":\"half written\"}", "2024-03-20T11:00:00Z");
        write(in.resolve(".hidden.txt"), "Not news.", "2024-03-20T11:00:00Z");
        write(in.resolve("d.jsonl"), "{\"id\":\"d1\",\"text\":\"Peru met Chile.\"}\n", "2024-03-20T11:59:58Z");
        Path db = dir.resolve("s.duckdb");
        try (EventStore s = EventStore.open(db)) {
            FolderWatch.Scan first = watch(s, in).scan(QUIET);
            assertThat(first.files()).isEqualTo(3); // not the .part download nor the hidden file
            assertThat(first.ingestedFiles()).isEqualTo(2);
            assertThat(first.waiting()).isEqualTo(1); // d.jsonl changed 2 s ago: still being written?
            assertThat(first.summary().written()).isEqualTo(2);

            FolderWatch.Scan nothing = watch(s, in).scan(QUIET);
            assertThat(nothing.ingestedFiles()).isZero();
            assertThat(nothing.summary()).isNull();
        }
        // a new watcher (after a restart) remembers what was ingested
        write(in.resolve("d.jsonl"), "{\"id\":\"d1\",\"text\":\"Peru met Chile.\"}\n", "2024-03-20T11:40:00Z");
        write(in.resolve("a.jsonl"), "{\"id\":\"a1\",\"text\":\"Kenya met Uganda. Again.\"}\n{\"id\":\"a2\",\"text\":\"Fiji.\"}\n",
                "2024-03-20T11:45:00Z");
        try (EventStore s = EventStore.open(db)) {
            FolderWatch.Scan later = watch(s, in).scan(QUIET);
            assertThat(later.ingestedFiles()).isEqualTo(2); // the changed a.jsonl and the settled d.jsonl
            assertThat(later.summary().written()).isEqualTo(3);
            assertThat(later.summary().replaced()).isEqualTo(1); // a1's new text
            assertThat(s.rows("SELECT article_key FROM articles WHERE article_key IN ('a1', 'a2', 'd1') ORDER BY 1"))
                    .containsExactly(List.of("a1"), List.of("a2"), List.of("d1"));
            assertThat(s.watchedFiles()).hasSize(3);
        }
    }

    @Test
    void aFileIsRecordedOnlyAfterItsArticlesAreStored() throws Exception {
        Path in = dir.resolve("drop");
        write(in.resolve("a.jsonl"), "{\"id\":\"a1\",\"text\":\"Kenya met Uganda.\"}\n", "2024-03-20T11:00:00Z");
        try (EventStore s = EventStore.open(dir.resolve("s.duckdb"))) {
            // a watcher killed inside the ingest (here the listener throws) records nothing
            Ingest.Listener killed = new Ingest.Listener() {
                @Override
                public void problem(InputProblem p) {
                }

                @Override
                public void failed(Article a, String error) {
                }

                @Override
                public void progress(Ingest.Summary soFar, int total) {
                    throw new IllegalStateException("killed");
                }
            };
            assertThatThrownBy(() -> watch(s, in).scan(killed)).hasMessageContaining("killed");
            assertThat(s.watchedFiles()).isEmpty();
            assertThat(watch(s, in).scan(QUIET).summary().written()).isEqualTo(1);
            assertThat(s.watchedFiles()).hasSize(1);
            // an article that fails is kept as failed by the store; its file counts as read
            write(in.resolve("b.jsonl"), "{\"id\":\"b1\",\"text\":\"Chad left.\"}\n", "2024-03-20T11:00:00Z");
            Ingest failing = new Ingest(s, Pipeline.builtIn(), () -> article -> {
                throw new IllegalStateException("engine broke");
            }, new Ingest.Options(1, LocalDate.of(2024, 3, 17), false));
            FolderWatch w = new FolderWatch(s, failing, in, Duration.ofSeconds(5), Clock.fixed(NOW, ZoneOffset.UTC));
            assertThat(w.scan(QUIET).summary().failed()).isEqualTo(1);
            assertThat(s.watchedFiles()).hasSize(2);
        }
    }

    @Test
    void aMissingFolderIsAClearError() {
        try (EventStore s = EventStore.open(dir.resolve("s.duckdb"))) {
            assertThatThrownBy(() -> watch(s, dir.resolve("nope"))).hasMessageContaining("is not a directory");
        }
    }

    @Test
    void temporaryNames() {
        assertThat(FolderWatch.temporary(Path.of("x/a.jsonl.part"))).isTrue();
        assertThat(FolderWatch.temporary(Path.of("x/.a.jsonl"))).isTrue();
        assertThat(FolderWatch.temporary(Path.of("x/a.jsonl~"))).isTrue();
        assertThat(FolderWatch.temporary(Path.of("x/a.jsonl"))).isFalse();
    }
}
