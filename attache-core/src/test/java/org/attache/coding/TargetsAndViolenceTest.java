package org.attache.coding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attache.testing.EventAssert.assertCodes;

import java.util.List;
import org.attache.model.Document;
import org.attache.model.Event;
import org.attache.testing.Parsed;
import org.attache.testing.TestCoders;
import org.junit.jupiter.api.Test;

/** Targets inside the object phrase, unknown targets, the violence type, gerunds and descriptive participles. */
class TargetsAndViolenceTest {
    private final EventCoder coder = TestCoders.coder(
            new String[] {"120\treject", "190\tattack", "180\tkill", "111\tcriticize", "112\taccuse", "051\tback",
                "173\tdetain", "0841\trelease prisoner", "0841\tfree"},
            new String[] {"1832\tcar bomb", "183\tbombing", "195\tairstrike", "100\tdemand"});

    private List<Event> code(Document d) {
        return coder.code(d);
    }

    @Test
    void targetIsTheOwnerOfTheObject() {
        Document d = Parsed.doc("2024-03-17",
                "Kenya rejected|reject Uganda 's demand",
                "NNP VBD NNP POS NN",
                "2:nsubj 0:root 5:nmod:poss 3:case 2:obj");
        assertCodes(d, code(d), "KEN 120 UGA asserted");
    }

    @Test
    void targetFromAPlaceInsideTheObjectPhrase() {
        Document d = Parsed.doc("2024-03-17",
                "Egypt criticized|criticize the closure of schools|school in Israel",
                "NNP VBD DT NN IN NNS IN NNP",
                "2:nsubj 0:root 4:det 2:obj 6:case 4:nmod 8:case 6:nmod");
        assertCodes(d, code(d), "EGY 111 ISR asserted");
    }

    @Test
    void objectNamingPeopleIsAnUnknownTargetWithItsSpan() {
        Document d = Parsed.doc("2024-03-17",
                "Kenya detained|detain three journalists|journalist",
                "NNP VBD CD NNS",
                "2:nsubj 0:root 4:nummod 2:obj");
        List<Event> events = code(d);
        assertCodes(d, events, "KEN 173 --- asserted");
        assertThat(events.get(0).target().span().text()).isEqualTo("three journalists");
        assertThat(events.get(0).target().basis()).isEqualTo("unknown");
    }

    @Test
    void objectNamingAThingIsNoTarget() {
        Document d = Parsed.doc("2024-03-17",
                "Kenya rejected|reject the offer",
                "NNP VBD DT NN",
                "2:nsubj 0:root 4:det 2:obj");
        assertCodes(d, code(d), "KEN 120 - asserted");
    }

    @Test
    void theWeaponInTheSubjectTellsTheViolenceApart() {
        Document d = Parsed.doc("2024-03-17",
                "A car bomb killed|kill five soldiers|soldier in Nairobi",
                "DT NN NN VBD CD NNS IN NNP",
                "3:det 3:compound 4:nsubj 0:root 6:nummod 4:obj 8:case 4:obl");
        List<Event> events = code(d);
        assertThat(events).singleElement().satisfies(e -> {
            assertThat(e.code()).isEqualTo("1832");
            assertThat(e.source().code().code()).isEqualTo("---");
            assertThat(e.source().span().text()).isEqualTo("A car bomb");
        });
    }

    @Test
    void theMethodInAnInPhraseTellsTheViolenceApart() {
        Document d = Parsed.doc("2024-03-17",
                "Ugandan troops|troops were|be killed|kill in an airstrike",
                "JJ NNS VBD VBN IN DT NN",
                "2:amod 4:nsubj:pass 4:aux:pass 0:root 7:case 7:det 4:obl");
        assertCodes(d, code(d), "--- 195 UGAMIL asserted");
    }

    @Test
    void withoutAMethodTheGenericCodeStays() {
        Document d = Parsed.doc("2024-03-17",
                "Kenya attacked|attack Uganda",
                "NNP VBD NNP",
                "2:nsubj 0:root 2:obj");
        assertCodes(d, code(d), "KEN 190 UGA asserted");
    }

    @Test
    void whatIsAllegedIsNoEventOfItsOwn() {
        Document d = Parsed.doc("2024-03-17",
                "Kenya accused|accuse Uganda of backing|back al-Shabaab",
                "NNP VBD NNP IN VBG NNP",
                "2:nsubj 0:root 2:obj 5:case 2:obl 5:obj");
        assertCodes(d, code(d), "KEN 112 UGA asserted");
    }

    @Test
    void gerundAfterForIsDoneByTheGoverningVerbsObject() {
        Document d = Parsed.doc("2024-03-17",
                "Kenya paid|pay Uganda for backing|back al-Shabaab",
                "NNP VBD NNP IN VBG NNP",
                "2:nsubj 0:root 2:obj 5:case 2:obl 5:obj");
        assertCodes(d, code(d), "UGA 051 SOMREBSHB asserted");
    }

    @Test
    void participleLeftAsDepIsDoneByTheMainSubject() {
        Document d = Parsed.doc("2024-03-17",
                "Militants|militant attacked|attack Kenya on Friday , killing|kill three soldiers|soldier",
                "NNS VBD NNP IN NNP , VBG CD NNS",
                "2:nsubj 0:root 2:obj 5:case 2:obl 2:punct 2:dep 9:nummod 7:obj");
        List<Event> events = code(d);
        assertThat(events).hasSize(2);
        assertThat(events.get(0).code()).isEqualTo("190");
        assertThat(events.get(1).code()).isEqualTo("180");
        assertThat(events.get(1).source().span().text()).isEqualTo("Militants");
    }

    @Test
    void descriptiveParticipleIsNoEvent() {
        Document d = Parsed.doc("2024-03-17",
                "Kenya freed|free the detained|detain journalists|journalist",
                "NNP VBD DT VBN NNS",
                "2:nsubj 0:root 5:det 5:amod 2:obj");
        assertThat(code(d)).extracting(Event::code).containsExactly("0841");
    }
}
