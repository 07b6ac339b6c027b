package org.attache.coding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attache.testing.EventAssert.assertCodes;

import java.util.List;
import org.attache.model.Document;
import org.attache.model.Event;
import org.attache.testing.Parsed;
import org.attache.testing.TestCoders;
import org.junit.jupiter.api.Test;

/** Reading the article as a whole: later mentions, pronouns, pairs and two-party stories. */
class ContextTest {
    private final EventCoder coder = TestCoders.coder("111\tcriticize", "120\treject", "042\tvisit", "046\thold talk");

    @Test
    void surnameAndPronounKeepTheCodeOfTheIntroduction() {
        Document d = Parsed.docOf("2024-03-17",
                new String[] {"French minister Jean-Yves|jean-yves Le|le Drian|drian visited|visit Egypt",
                    "JJ NN NNP NNP NNP VBD NNP", "5:amod 5:compound 5:compound 5:compound 6:nsubj 0:root 6:obj"},
                new String[] {"Drian|drian criticized|criticize Iran", "NNP VBD NNP", "2:nsubj 0:root 2:obj"},
                new String[] {"He|he rejected|reject the offer", "PRP VBD DT NN", "2:nsubj 0:root 4:det 2:obj"});
        // the NER tag marks the name as a person, as CoreNLP does
        List<Event> events = coder.code(withPersons(d));
        assertCodes(d, events, "FRAGOV 042 EGY asserted", "FRAGOV 111 IRN asserted", "FRAGOV 120 - asserted");
        assertThat(events.get(1).source().basis()).isEqualTo("coreference");
        assertThat(events.get(1).source().span().text()).isEqualTo("Drian");
        assertThat(events.get(2).source().span().text()).isEqualTo("He");
    }

    @Test
    void theTwoCountriesAreTheLastTwoStates() {
        Document d = Parsed.docOf("2024-03-17",
                new String[] {"Kenya criticized|criticize Uganda", "NNP VBD NNP", "2:nsubj 0:root 2:obj"},
                new String[] {"The two countries|country held|hold talks|talk", "DT CD NNS VBD NNS",
                    "3:det 3:nummod 4:nsubj 0:root 4:obj"});
        assertCodes(d, coder.code(d), "KEN 111 UGA asserted", "UGA 046 KEN asserted", "KEN 046 UGA asserted");
    }

    @Test
    void theFormerAndTheLatter() {
        Document d = Parsed.docOf("2024-03-17",
                new String[] {"Kenya criticized|criticize Uganda", "NNP VBD NNP", "2:nsubj 0:root 2:obj"},
                new String[] {"The latter rejected|reject the former", "DT NN VBD DT NN",
                    "2:det 3:nsubj 0:root 5:det 3:obj"});
        assertCodes(d, coder.code(d), "KEN 111 UGA asserted", "UGA 120 KEN asserted");
    }

    @Test
    void twoPartyStoryGivesTheOtherPartyAsInferredTarget() {
        Document d = Parsed.docOf("2024-03-17",
                new String[] {"Egypt criticized|criticize Ethiopia", "NNP VBD NNP", "2:nsubj 0:root 2:obj"},
                new String[] {"Ethiopia criticized|criticize Egypt", "NNP VBD NNP", "2:nsubj 0:root 2:obj"},
                new String[] {"Cairo rejected|reject the offer", "NNP VBD DT NN", "2:nsubj 0:root 4:det 2:obj"});
        List<Event> events = coder.code(d);
        assertCodes(d, events, "EGY 111 ETH asserted", "ETH 111 EGY asserted", "EGYGOV 120 ETH asserted");
        assertThat(events.get(2).target().inferred()).isTrue();
        assertThat(events.get(0).target().inferred()).isFalse();
    }

    @Test
    void noDyadNoInferredTarget() {
        Document d = Parsed.docOf("2024-03-17",
                new String[] {"Kenya rejected|reject the offer", "NNP VBD DT NN", "2:nsubj 0:root 4:det 2:obj"});
        List<Event> events = coder.code(d);
        assertCodes(d, events, "KEN 120 - asserted");
    }

    @Test
    void unresolvedPronounIsAnUnknownSourceNotAGuess() {
        Document d = Parsed.doc("2024-03-17", "He|he rejected|reject the offer", "PRP VBD DT NN", "2:nsubj 0:root 4:det 2:obj");
        assertThat(coder.code(d)).singleElement().satisfies(e -> {
            assertThat(e.source().code().code()).isEqualTo("---");
            assertThat(e.source().basis()).isEqualTo("unknown");
            assertThat(e.source().span().text()).isEqualTo("He");
        });
    }

    private static Document withPersons(Document d) {
        var sentences = new java.util.ArrayList<org.attache.model.Sentence>();
        for (var s : d.sentences()) {
            var toks = new java.util.ArrayList<org.attache.model.Token>();
            for (var t : s.tokens()) {
                boolean name = t.pos().equals("NNP") && !t.word().equals("Egypt") && !t.word().equals("Iran");
                toks.add(new org.attache.model.Token(t.index(), t.word(), t.lemma(), t.pos(), name ? "PERSON" : "O",
                        t.begin(), t.end(), t.head(), t.rel()));
            }
            sentences.add(new org.attache.model.Sentence(s.index(), s.text(), s.begin(), s.end(), toks));
        }
        return new Document(d.article(), sentences);
    }
}
