package org.attache.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.attache.eval.ContextScorer;
import org.attache.eval.SampleCorpus;
import org.attache.model.Article;
import org.attache.model.Document;
import org.attache.model.Sentence;
import org.attache.model.Token;
import org.attache.nlp.ParseSelector;
import org.attache.pipeline.Pipeline;
import org.junit.jupiter.api.Test;

/**
 * Parsing only the sentences the pipeline's selector chooses gives the same events, the same
 * attributions and the same sourcing profile as parsing every sentence, on the sample and
 * context corpora (dense with events: every sentence is parsed) and on a few articles written
 * for this test with background sentences (weather, traffic, prices) among the news; the
 * sentences it does parse are parsed exactly as in the whole document.
 */
class ParseSelectorIT {

    private static final String BACKGROUND = "org/attache/nlp/background-articles.jsonl";

    @Test
    void parsingOnlyCandidateSentencesChangesNoOutput() {
        Pipeline pipeline = SharedNlp.pipeline();
        ParseSelector selector = pipeline.parseSelector();
        int sentences = 0;
        int unparsed = 0;
        int backgroundEvents = 0;
        for (String corpus : List.of(SampleCorpus.RESOURCE, ContextScorer.SAMPLE_CORPUS, BACKGROUND)) {
            for (Article a : SampleCorpus.articles(corpus)) {
                Document all = SharedNlp.engine().annotate(a, ParseSelector.ALL);
                Document some = SharedNlp.engine().annotate(a, selector);
                assertThat(some.sentences()).as(a.id()).hasSameSizeAs(all.sentences());
                for (int i = 0; i < all.sentences().size(); i++) {
                    Sentence whole = all.sentences().get(i);
                    Sentence part = some.sentences().get(i);
                    sentences++;
                    if (!part.equals(whole)) {
                        assertThat(part).as(a.id() + " sentence " + i + " left unparsed").isEqualTo(unparsedOf(whole));
                        unparsed++;
                    }
                }
                Pipeline.CodedArticle expected = pipeline.codeArticle(all);
                Pipeline.CodedArticle actual = pipeline.codeArticle(some);
                assertThat(actual.events()).as(a.id() + " events").isEqualTo(expected.events());
                if (corpus.equals(BACKGROUND)) {
                    backgroundEvents += expected.events().size();
                }
                assertThat(actual.sourcing()).as(a.id() + " sourcing").isEqualTo(expected.sourcing());
                assertThat(pipeline.attributions(some)).as(a.id() + " attributions").isEqualTo(pipeline.attributions(all));
            }
        }
        System.out.printf("parse selector: %d of %d sentences left unparsed%n", unparsed, sentences);
        assertThat(unparsed).as("sentences the selector leaves unparsed").isGreaterThanOrEqualTo(6);
        assertThat(backgroundEvents).as("events in the background articles (the comparison is not vacuous)").isPositive();
    }

    private static Sentence unparsedOf(Sentence s) {
        List<Token> tokens = s.tokens().stream()
                .map(t -> new Token(t.index(), t.word(), t.lemma(), t.pos(), t.ner(), t.begin(), t.end(), -1, "dep"))
                .toList();
        return new Sentence(s.index(), s.text(), s.begin(), s.end(), tokens);
    }
}
