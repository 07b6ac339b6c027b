package org.attache.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.attache.model.Article;
import org.attache.model.Sentence;
import org.attache.pipeline.ArticleResult;
import org.attache.pipeline.CorpusRunner;
import org.junit.jupiter.api.Test;

/**
 * A poison article (a 100 KB sentence without punctuation: before the limits it overflowed the
 * stack in CoreNLP's dependency graph code and stopped the run) between good ones, through the
 * real engine: the good ones are coded, the poison one is parsed in bounded chunks or reported.
 */
class PoisonArticleIT {
    private static final LocalDate DATE = LocalDate.of(2024, 3, 17);
    private static final String GOOD = "ISLAMABAD: Pakistan on Monday rejected military cooperation with India.";

    /** About {@code chars} characters of lower-case words, no punctuation, no line break. */
    static String runOn(int chars, long seed) {
        String[] words = {"the", "minister", "said", "and", "that", "government", "talks", "with", "of", "troops",
                "border", "people", "would", "meet", "in", "capital", "city", "officials", "leaders", "army"};
        Random r = new Random(seed);
        StringBuilder sb = new StringBuilder(chars + 16);
        while (sb.length() < chars) {
            sb.append(words[r.nextInt(words.length)]).append(' ');
        }
        return sb.toString().strip();
    }

    private static List<ArticleResult> run(Duration budget, String poison) {
        List<Article> in = new ArrayList<>();
        in.add(new Article("good-1", DATE, "", "", "", GOOD));
        in.add(new Article("poison", DATE, "", "", "", poison));
        in.add(new Article("good-2", DATE, "", "", "", GOOD));
        List<ArticleResult> out = new CorpusRunner(SharedNlp.pipeline(), SharedNlp::engine, 1, budget).runAll(in);
        assertThat(out).extracting(r -> r.article().id()).containsExactly("good-1", "poison", "good-2");
        for (ArticleResult good : List.of(out.get(0), out.get(2))) {
            assertThat(good.failed()).isFalse();
            assertThat(good.events()).extracting(e -> e.source().code().code() + " " + e.code() + " " + e.target().code().code())
                    .contains("PAK 1212 IND");
        }
        return out;
    }

    @Test
    void aLongRunOnSentenceIsParsedInBoundedChunks() {
        String text = "Kenya said " + runOn(4_000, 3) + ".";
        ArticleResult poison = run(Duration.ofSeconds(60), text).get(1);
        assertThat(poison.failed()).isFalse();
        assertThat(poison.document().notes()).singleElement().asString()
                .matches("sentence at characters 0-\\d+ has \\d+ tokens, over the 150-token limit: parsed as \\d+ chunks");
        assertThat(poison.document().sentences()).hasSizeGreaterThan(4);
        for (Sentence s : poison.document().sentences()) {
            assertThat(s.size()).isBetween(1, 150);
            assertThat(text.substring(s.begin(), s.end())).isEqualTo(s.text());
            assertThat(s.tokens()).allMatch(t -> text.substring(t.begin(), t.end()).equals(t.word()));
            assertThat(s.tokens()).filteredOn(t -> t.head() < 0).hasSize(1);
        }
    }

    @Test
    void aFourHundredKilobyteSentenceIsStoppedByTheTimeBudgetAndTheRunGoesOn() {
        long t0 = System.nanoTime();
        // 400 KB: about 10 s of parsing on the development machine with the fast parser (100 KB took 30 s before it)
        ArticleResult poison = run(Duration.ofSeconds(2), "Kenya said " + runOn(400_000, 7) + ".").get(1);
        double seconds = (System.nanoTime() - t0) / 1e9;
        System.out.printf("PoisonArticleIT: 400 KB sentence between two good articles, 2 s budget: %.1f s%n", seconds);
        assertThat(poison.failed()).isTrue();
        assertThat(poison.error()).startsWith("over the time budget of 2 s per article");
        assertThat(seconds).isLessThan(30); // stopped, not run to the end
    }
}
