package org.attache.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.assertj.core.api.SoftAssertions;
import org.attache.eval.ContextScorer;
import org.attache.eval.SampleCorpus;
import org.attache.model.Article;
import org.attache.model.Document;
import org.attache.nlp.ParseSelector;
import org.attache.nlp.corenlp.CoreNlpEngine;
import org.junit.jupiter.api.Test;

/**
 * The engine's own run of the neural dependency parser ({@code NeuralParse}) gives every
 * sentence the parse CoreNLP's annotator gives it, head for head and relation for relation, on
 * the sample, context, background and real-style corpora (550 sentences, written in wire
 * style: passives, reported speech, names, long sentences).
 */
class NeuralParseIT {

    @Test
    void fastParseEqualsCoreNlpsOwnParse() {
        CoreNlpEngine engine = (CoreNlpEngine) SharedNlp.engine();
        assertThat(engine.fastParse()).as("the fast parser path is in use (else this test compares the stock path with itself)").isTrue();
        int sentences = 0;
        int passives = 0;
        SoftAssertions soft = new SoftAssertions();
        for (String corpus : List.of(SampleCorpus.RESOURCE, ContextScorer.SAMPLE_CORPUS,
                "org/attache/nlp/background-articles.jsonl", RealStyleClassesIT.CORPUS, RealStyleClassesIT.STANCE_CORPUS)) {
            for (Article a : SampleCorpus.articles(corpus)) {
                Document fast = engine.annotate(a, ParseSelector.ALL);
                Document stock = engine.annotateWithCoreNlpParser(a);
                assertThat(fast.sentences()).as(a.id()).hasSameSizeAs(stock.sentences());
                for (int i = 0; i < stock.sentences().size(); i++) {
                    soft.assertThat(fast.sentences().get(i)).as(corpus + " " + a.id() + " sentence " + i)
                            .isEqualTo(stock.sentences().get(i));
                    sentences++;
                    passives += (int) stock.sentences().get(i).tokens().stream().filter(t -> t.rel().equals("nsubj:pass")).count();
                }
            }
        }
        soft.assertAll();
        assertThat(sentences).isGreaterThan(500);
        assertThat(passives).as("passive subjects compared (CoreNLP relabels them after the parse)").isGreaterThan(10);
    }
}
