package org.attache.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import org.attache.model.Document;
import org.attache.nlp.ParseSelector;
import org.attache.testing.Parsed;
import org.junit.jupiter.api.Test;

/** Which tagged sentences the built-in pipeline wants parsed (no models: sentences built by hand, unparsed). */
class ParseSelectorTest {
    private static final Pipeline PIPELINE = Pipeline.builtIn();
    private static final ParseSelector SELECTOR = PIPELINE.parseSelector();

    /** One tagged sentence (every word's head -1, relation dep) in its own article. */
    private static boolean parsed(String words, String tags) {
        return parsedAt(1, new String[] {"Nothing|nothing happened|happen .", "NN VBD .", "0:dep 0:dep 0:dep"},
                new String[] {words, tags, unparsed(tags)});
    }

    private static boolean parsedAt(int index, String[]... sentences) {
        Document d = Parsed.docOf("2024-03-17", sentences);
        return SELECTOR.select(d.article(), d.sentences())[index];
    }

    private static String unparsed(String tags) {
        return tags.trim().replaceAll("\\S+", "0:dep");
    }

    @Test
    void aSentenceWithNoTriggerNoActorAndNoCueIsNotParsed() {
        assertThat(parsed("The weather was|be warm in the morning .", "DT NN VBD JJ IN DT NN .")).isFalse();
    }

    @Test
    void aPatternHeadOfAnyPartOfSpeechIsParsed() {
        assertThat(parsed("Troops attacked|attack the village .", "NNS VBD DT NN .")).isTrue();
        assertThat(parsed("The attack|attack was|be brief .", "DT NN VBD JJ .")).isTrue();
    }

    @Test
    void aDictionaryActorIsParsedEvenWithoutATriggerForLaterSentencesUseItsMention() {
        assertThat(parsed("The weather in Kenya was|be warm .", "DT NN IN NNP VBD JJ .")).isTrue();
    }

    @Test
    void anAgentWordNamesAnActorOnlyWithTheDatelinesCountry() {
        String[] police = {"The police were|be there .", "DT NNS VBD RB .", "0:dep 0:dep 0:dep 0:dep 0:dep"};
        assertThat(parsedAt(1, new String[] {"Nothing|nothing happened|happen .", "NN VBD .", "0:dep 0:dep 0:dep"}, police))
                .as("no dateline").isFalse();
        assertThat(parsedAt(1, new String[] {"NAIROBI : nothing|nothing happened|happen .", "NNP : NN VBD .",
                "0:dep 0:dep 0:dep 0:dep 0:dep"}, police)).as("NAIROBI dateline").isTrue();
    }

    @Test
    void attributionCuesAreParsed() {
        assertThat(parsed("He said|say nothing .", "PRP VBD NN .")).as("reporting verb").isTrue();
        assertThat(parsed("The weather was|be warm , according to residents|resident .", "DT NN VBD JJ , VBG TO NNS ."))
                .as("according to").isTrue();
        assertThat(parsed("He was|be not named|name , on condition of anonymity .", "PRP VBD RB VBN , IN NN IN NN ."))
                .as("anonymity marker").isTrue();
    }

    @Test
    void aStatementVerbIsParsedForItsStatementIsAnEventEvenFromAnUnknownSource() {
        // "remark" is a statement verb (010) but no attribution cue and heads no pattern
        assertThat(parsed("He remarked|remark on the weather .", "PRP VBD IN DT NN .")).isTrue();
        assertThat(parsed("He looked|look at the weather .", "PRP VBD IN DT NN .")).isFalse();
    }

    @Test
    void stanceVerbsAndClaimNounsAreAttributionCues() {
        assertThat(parsed("She hinted|hint at nothing .", "PRP VBD IN NN .")).as("stance verb").isTrue();
        assertThat(parsed("Her allegation|allegation was|be false .", "PRP$ NN VBD JJ .")).as("claim noun").isTrue();
        assertThat(parsed("Her hint|hint was|be false .", "PRP$ NN VBD JJ .")).as("a stance lemma as a noun").isFalse();
    }

    @Test
    void parseAllChoosesEverySentence() {
        Document d = Parsed.docOf("2024-03-17", new String[] {"The weather was|be warm .", "DT NN VBD JJ .", "0:dep 0:dep 0:dep 0:dep 0:dep"});
        assertThat(ParseSelector.ALL.select(d.article(), d.sentences())).containsExactly(true);
        assertThat(SELECTOR.select(d.article(), d.sentences())).containsExactly(false);
    }
}
