package org.attache.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.attache.io.ArticleReader;
import org.attache.io.InputProblem;
import org.attache.model.Article;
import org.attache.model.Document;
import org.attache.model.Sentence;
import org.attache.nlp.NlpEngine;
import org.attache.pipeline.Pipeline;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The ingest runner without NLP models: a sentence splitter stands in for CoreNLP (its sentences
 * have no parse, so nothing is coded), which is enough to check identity, skipping, re-coding
 * and bad-input accounting. Coding itself is covered by IngestCrashIT with CoreNLP.
 */
class IngestTest {
    @TempDir
    Path dir;

    /** Splits on ". " only; tokens are left empty. */
    static final NlpEngine SPLITTER = article -> {
        List<Sentence> out = new ArrayList<>();
        String t = article.text();
        int begin = 0;
        int i = 0;
        while (begin < t.length()) {
            int dot = t.indexOf(". ", begin);
            int end = dot < 0 ? t.length() : dot + 1;
            out.add(new Sentence(i++, t.substring(begin, end), begin, end, List.of()));
            begin = dot < 0 ? t.length() : dot + 2;
        }
        return new Document(article, out);
    };

    private final List<String> messages = new ArrayList<>();
    private final List<Integer> totals = new ArrayList<>();

    private final Ingest.Listener listener = new Ingest.Listener() {
        @Override
        public void problem(InputProblem p) {
            messages.add(p.toString());
        }

        @Override
        public void failed(Article a, String error) {
            messages.add(a.id() + ": " + error);
        }

        @Override
        public void progress(Ingest.Summary soFar, int total) {
            totals.add(total);
        }
    };

    private Ingest.Summary ingest(EventStore s, boolean recode, Path... paths) {
        return new Ingest(s, Pipeline.builtIn(), () -> SPLITTER, new Ingest.Options(2, LocalDate.of(2024, 3, 17), recode))
                .ingestPaths(List.of(paths), listener);
    }

    @Test
    void reingestingAddsNothingAndChangedTextReplaces() throws Exception {
        Path in = dir.resolve("in");
        Files.createDirectories(in.resolve("sub"));
        Files.writeString(in.resolve("a.txt"), "Kenya met Uganda. They talked.");
        Files.writeString(in.resolve("sub/copy-of-a.txt"), "Kenya   met Uganda.\nThey talked.");
        Files.writeString(in.resolve("b.jsonl"), "{\"id\":\"b1\",\"date\":\"2024-01-02\",\"source\":\"Wire\",\"text\":\"Chad left. Mali stayed. Niger watched.\"}\n"
                + "{broken\n{\"id\":\"b2\",\"text\":\"\"}\n");
        Files.write(in.resolve("empty.txt"), new byte[0]);
        try (EventStore s = EventStore.open(dir.resolve("s.duckdb"))) {
            Ingest.Summary first = ingest(s, false, in);
            assertThat(first.articlesRead()).isEqualTo(3);
            assertThat(first.written()).isEqualTo(2);
            assertThat(first.skipped()).as("the same text under another name").isEqualTo(1);
            assertThat(first.sentences()).isEqualTo(5);
            assertThat(first.inputProblems()).isEqualTo(3);
            assertThat(messages).containsExactly(in.resolve("b.jsonl") + ":2: not valid JSON: "
                            + messages.get(0).substring(messages.get(0).indexOf("JSON: ") + 6),
                    in.resolve("b.jsonl") + ":3: article has no \"text\"", in.resolve("empty.txt") + ": empty file");
            assertThat(totals).isNotEmpty().allMatch(t -> t == 3);
            assertThat(s.rows("SELECT article_key, CAST(published AS VARCHAR), outlet FROM articles ORDER BY ALL"))
                    .containsExactly(List.of("b1", "2024-01-02", "Wire"),
                            List.of(ArticleReader.contentId("Kenya met Uganda. They talked."), "2024-03-17", ""));

            Ingest.Summary again = ingest(s, false, in);
            assertThat(again.written()).isZero();
            assertThat(again.skipped()).isEqualTo(3);
            assertThat(s.counts()).isEqualTo(new EventStore.Counts(2, 5, 0, 0, 0));

            Files.writeString(in.resolve("b.jsonl"), "{\"id\":\"b1\",\"text\":\"Chad left.\"}\n");
            Ingest.Summary changed = ingest(s, false, in.resolve("b.jsonl"));
            assertThat(changed.replaced()).isEqualTo(1);
            assertThat(s.counts().sentences()).isEqualTo(3);

            Ingest.Summary recoded = ingest(s, true, in);
            assertThat(recoded.written()).isEqualTo(2);
            assertThat(recoded.replaced()).isEqualTo(2);
            assertThat(recoded.skipped()).as("duplicate within the input").isEqualTo(1);
            assertThat(s.counts()).isEqualTo(new EventStore.Counts(2, 3, 0, 0, 0));
        }
    }

    @Test
    void progressLinesSayDoneTotalRateEventsErrorsAndEta() {
        Ingest.Summary s = new Ingest.Summary(1, 10, 8, 0, 2, 0, 40, 12, 9, 1, 4.0);
        assertThat(IngestProgress.line(s, 20)).isEqualTo(
                "10/20 articles (2 already stored), 10.0 sentences/s, 12 events, 1 errors, ETA 4s");
        assertThat(IngestProgress.bar(s, 20)).startsWith("[############------------] 10/20");
        assertThat(IngestProgress.duration(3725)).isEqualTo("1h02m");
        assertThat(IngestProgress.duration(125)).isEqualTo("2m05s");
    }

    @Test
    void nonUtf8IsIngestedWithAWarning() throws Exception {
        Path f = dir.resolve("latin1.txt");
        Files.write(f, "Caf\u00e9 talks in Bogot\u00e1.".getBytes(StandardCharsets.ISO_8859_1));
        try (EventStore s = EventStore.open(dir.resolve("s.duckdb"))) {
            Ingest.Summary sum = ingest(s, false, f);
            assertThat(sum.written()).isEqualTo(1);
            assertThat(sum.inputProblems()).isEqualTo(1);
            assertThat(messages).containsExactly(f + ": not valid UTF-8: decoded with replacement characters");
        }
    }

    /** The splitter, except that an article whose text says "POISON" overflows the stack, as CoreNLP did on a 100 KB sentence. */
    static final NlpEngine POISONED = article -> {
        if (article.text().contains("POISON")) {
            throw new StackOverflowError();
        }
        return SPLITTER.annotate(article);
    };

    private Ingest.Summary ingestPoisoned(EventStore s, boolean retryFailed, Path... paths) {
        return new Ingest(s, Pipeline.builtIn(), () -> POISONED, new Ingest.Options(2, LocalDate.of(2024, 3, 17), false,
                Ingest.BATCH, retryFailed, java.time.Duration.ofSeconds(30))).ingestPaths(List.of(paths), listener);
    }

    @Test
    void aPoisonArticleIsStoredAsFailedWithItsReasonAndTheRestIsStored() throws Exception {
        Path in = dir.resolve("in.jsonl");
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < 10; i++) {
            lines.append("{\"id\":\"good-").append(i).append("\",\"text\":\"Kenya met Uganda. They talked.\"}\n");
            if (i == 4) {
                lines.append("{\"id\":\"poison\",\"date\":\"2024-01-02\",\"source\":\"Wire\",\"text\":\"POISON words\"}\n");
            }
        }
        Files.writeString(in, lines);
        try (EventStore s = EventStore.open(dir.resolve("s.duckdb"))) {
            Ingest.Summary first = ingestPoisoned(s, false, in);
            assertThat(first.written()).isEqualTo(10);
            assertThat(first.failed()).isEqualTo(1);
            assertThat(messages).containsExactly("poison: failed in NLP: StackOverflowError");
            assertThat(s.rows("SELECT article_key, CAST(published AS VARCHAR), outlet, reason, attempts FROM failed_articles"))
                    .containsExactly(List.of("poison", "2024-01-02", "Wire", "failed in NLP: StackOverflowError", 1));
            assertThat(s.counts().articles()).isEqualTo(10);

            Ingest.Summary again = ingestPoisoned(s, false, in);
            assertThat(again.failed()).as("not retried").isZero();
            assertThat(again.failedBefore()).isEqualTo(1);
            assertThat(again.skipped()).isEqualTo(10);

            Ingest.Summary retried = ingestPoisoned(s, true, in);
            assertThat(retried.failed()).isEqualTo(1);
            assertThat(s.rows("SELECT attempts FROM failed_articles")).containsExactly(List.of(2));

            // fixed text under the same id is coded, and leaves the failed table
            Files.writeString(in, "{\"id\":\"poison\",\"text\":\"Chad left. Mali stayed.\"}\n");
            Ingest.Summary fixed = ingestPoisoned(s, false, in);
            assertThat(fixed.written()).isEqualTo(1);
            assertThat(s.rows("SELECT count(*) FROM failed_articles")).containsExactly(List.of(0L));
            assertThat(s.counts().articles()).isEqualTo(11);
        }
    }
}
