package org.attache.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.attache.actors.ActorResolver;
import org.attache.attribution.AttributionFinder;
import org.attache.attribution.AttributionLexicon;
import org.attache.model.Attribution;
import org.attache.model.Document;
import org.attache.model.Event;
import org.attache.testing.Parsed;
import org.attache.testing.TestCoders;
import org.junit.jupiter.api.Test;

class AttributionScorerTest {
    private static final Document DOC = Parsed.docOf("2024-03-04",
            new String[] {"A Kremlin spokesman told|tell Reuters that Russia rejected|reject the offer .",
                    "DT NNP NN VBD NNP IN NNP VBD DT NN .",
                    "3:det 3:compound 4:nsubj 0:root 4:obj 8:mark 8:nsubj 4:ccomp 10:det 8:obj 4:punct"},
            new String[] {"Sources|source said|say Kenya rejected|reject the offer .", "NNS VBD NNP VBD DT NN .",
                    "2:nsubj 0:root 4:nsubj 2:ccomp 6:det 4:obj 2:punct"});

    @Test
    void goldLinesWithProblemsAreReportedByLine() {
        AttributionGold gold = AttributionGold.load(Parsed.rows("gold.tsv",
                "A\ttest\tA Kremlin spokesman\tofficial-unnamed\ttold",
                "A\ttest\tSources\tsecret\tsaid",
                "E\ttest\trejected\tRussia rejected\t-",
                "X\ttest"));
        assertThat(gold.sources()).hasSize(1);
        assertThat(gold.links()).singleElement().extracting(AttributionGold.Link::source).isNull();
        assertThat(gold.problems()).extracting(Object::toString).containsExactly(
                "gold.tsv:2: unknown source kind 'secret'",
                "gold.tsv:4: a gold line starts with A (attribution) or E (event link), got 'X'");
    }

    @Test
    void scoresExactAndOverlappingSpansKindsAndLinks() {
        AttributionGold gold = AttributionGold.load(Parsed.rows("gold.tsv",
                "A\ttest\tA Kremlin spokesman\tofficial-unnamed\ttold",
                "A\ttest\tSources said\tanonymous\tsaid",
                "A\ttest\tthe embassy\torganization\tsaid",
                "E\ttest\trejected\tRussia rejected\tA Kremlin spokesman",
                "E\ttest\trejected\tKenya rejected\t-"));
        List<Attribution> atts = new AttributionFinder(AttributionLexicon.builtIn(),
                new ActorResolver(TestCoders.smallActors())).find(DOC);
        List<Event> events = AttributionFinder.attach(atts, TestCoders.coder("120\treject").code(DOC));
        AttributionScorer.Report r = new AttributionScorer().score(
                List.of(new AttributionScorer.Coded(DOC.article(), atts, events)), gold);
        assertThat(r.gold()).isEqualTo(3);
        assertThat(r.found()).isEqualTo(2);
        assertThat(r.exact()).isEqualTo(1);
        assertThat(r.overlap()).isEqualTo(2);
        assertThat(r.exactPrecision()).isEqualTo(0.5);
        assertThat(r.overlapRecall()).isEqualTo(2.0 / 3);
        assertThat(r.kindAccuracy()).isEqualTo(1.0);
        assertThat(r.linksCoded()).isEqualTo(2);
        assertThat(r.linksCorrect()).isEqualTo(1);
        assertThat(r.errors()).contains("test: missed organization 'the embassy' (said)",
                "test: event 'rejected' in 'Kenya rejected': gold -, found 'Sources'");
    }
}
