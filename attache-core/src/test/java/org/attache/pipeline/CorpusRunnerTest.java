package org.attache.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.attache.model.Article;
import org.attache.model.Document;
import org.attache.nlp.NlpEngine;
import org.attache.testing.Parsed;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Poison articles between good ones, with a hand-parsed engine (no models): every good article
 * is coded, in input order, and each poison one is a failed result naming its error.
 */
class CorpusRunnerTest {
    private static final Pipeline PIPELINE = Pipeline.builtIn();
    private static final Document PARSED = Parsed.doc("2024-03-17", "Pakistan rejected|reject India", "NNP VBD NNP",
            "2:nsubj 0:root 2:obj");
    private final AtomicBoolean release = new AtomicBoolean();

    /** Codes the good text; the poison words throw, overflow, or never return. */
    private final NlpEngine engine = a -> {
        switch (a.text()) {
            case "overflow" -> throw new StackOverflowError();
            case "exception" -> throw new IllegalStateException("broken\nsecond line");
            case "linkage" -> throw new NoClassDefFoundError("some/Class");
            case "slow-but-stops" -> {
                try {
                    Thread.sleep(60_000);
                } catch (InterruptedException e) {
                    throw new java.util.concurrent.CancellationException("interrupted");
                }
            }
            case "hang" -> {
                // ignores interrupts, as a stuck native or library loop would
                while (!release.get()) {
                    Thread.onSpinWait();
                }
                throw new IllegalStateException("released");
            }
            default -> {
            }
        }
        return new Document(a, PARSED.sentences());
    };

    @AfterEach
    void releaseHungWorkers() {
        release.set(true);
    }

    private static Article article(String id, String text) {
        return new Article(id, PARSED.article().date(), "", "", "", text);
    }

    private static Article good(int i) {
        return article("good-" + i, PARSED.article().text());
    }

    private List<ArticleResult> run(int threads, Duration budget, List<Article> articles) {
        return new CorpusRunner(PIPELINE, () -> engine, threads, budget).runAll(articles);
    }

    @Test
    void poisonArticlesBetweenGoodOnesFailAloneAndTheRestIsCodedInOrder() {
        List<Article> in = new ArrayList<>();
        String[] poisons = {"overflow", "exception", "linkage"};
        for (int i = 0; i < 9; i++) {
            in.add(good(i));
            if (i % 3 == 1) {
                in.add(article("poison-" + poisons[i / 3], poisons[i / 3]));
            }
        }
        for (int threads : new int[] {1, 2}) {
            List<ArticleResult> out = run(threads, Duration.ofSeconds(30), in);
            assertThat(out).extracting(r -> r.article().id()).containsExactlyElementsOf(in.stream().map(Article::id).toList());
            for (ArticleResult r : out) {
                if (r.article().id().startsWith("good")) {
                    assertThat(r.failed()).as(r.article().id()).isFalse();
                    assertThat(r.events()).extracting(e -> e.source().code().code() + " " + e.target().code().code())
                            .containsExactly("PAK IND");
                } else {
                    assertThat(r.failed()).isTrue();
                    assertThat(r.events()).isEmpty();
                }
            }
            assertThat(out).filteredOn(ArticleResult::failed).extracting(ArticleResult::error).containsExactly(
                    "failed in NLP: StackOverflowError",
                    "failed in NLP: IllegalStateException: broken",
                    "failed in NLP: NoClassDefFoundError: some/Class");
        }
    }

    @Test
    void anArticleOverItsBudgetIsStoppedAndReported() {
        List<Article> in = List.of(good(0), article("slow", "slow-but-stops"), good(1));
        long t0 = System.nanoTime();
        List<ArticleResult> out = run(1, Duration.ofMillis(500), in);
        assertThat((System.nanoTime() - t0) / 1e9).isLessThan(20);
        assertThat(out).extracting(ArticleResult::failed).containsExactly(false, true, false);
        assertThat(out.get(1).error()).startsWith("over the time budget of 0.5 s per article");
    }

    @Test
    void anArticleDoneInTimeIsNotFailedBecauseTheCollectorCameLate() {
        // the sink (a store commit on a loaded machine) holds the collector past the deadlines of
        // articles that were coded long before: they are results, not timeouts
        List<ArticleResult> out = new ArrayList<>();
        new CorpusRunner(PIPELINE, () -> engine, 2, Duration.ofMillis(300)).run(List.of(good(0), good(1), good(2)).iterator(), r -> {
            out.add(r);
            if (out.size() == 1) {
                try {
                    Thread.sleep(1000);
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
            }
        });
        assertThat(out).extracting(r -> r.article().id() + " " + (r.failed() ? r.error() : "coded"))
                .containsExactly("good-0 coded", "good-1 coded", "good-2 coded");
    }

    @Test
    void aWorkerThatNeverStopsIsReplacedSoTheRunGoesOn() {
        // one thread: without a replacement worker, the articles after the hung one would never run
        List<Article> in = List.of(good(0), article("hang", "hang"), good(1), article("hang-2", "hang"), good(2));
        List<ArticleResult> out = run(1, Duration.ofMillis(300), in);
        assertThat(out).extracting(r -> r.article().id() + " " + r.failed())
                .containsExactly("good-0 false", "hang true", "good-1 false", "hang-2 true", "good-2 false");
    }

    @Test
    void loadingTheEngineIsNotCountedAgainstTheFirstArticle() {
        List<ArticleResult> out = new CorpusRunner(PIPELINE, () -> {
            try {
                Thread.sleep(1500); // models loading
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
            return engine;
        }, 2, Duration.ofMillis(500)).runAll(List.of(good(0), good(1), good(2)));
        assertThat(out).extracting(ArticleResult::failed).containsExactly(false, false, false);
    }

    @Test
    void anEngineThatCannotStartFailsEachArticleWithTheReason() {
        List<ArticleResult> out = new CorpusRunner(PIPELINE, () -> {
            throw new IllegalStateException("models jar missing");
        }, 1, Duration.ofSeconds(5)).runAll(List.of(good(0), good(1)));
        assertThat(out).extracting(ArticleResult::error).containsExactly(
                "cannot start the NLP engine: IllegalStateException: models jar missing",
                "cannot start the NLP engine: IllegalStateException: models jar missing");
    }

    @Test
    void theBudgetMustBePositive() {
        assertThatThrownBy(() -> new CorpusRunner(PIPELINE, () -> engine, 1, Duration.ZERO))
                .hasMessageContaining("time budget");
    }
}
