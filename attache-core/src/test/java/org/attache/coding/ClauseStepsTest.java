package org.attache.coding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attache.testing.EventAssert.assertCodes;

import java.util.List;
import org.attache.model.Document;
import org.attache.model.Event;
import org.attache.testing.Parsed;
import org.attache.testing.TestCoders;
import org.junit.jupiter.api.Test;

/** Unknown and contextual sources, light verbs, statement verbs and the main event's place in the order. */
class ClauseStepsTest {
    private final EventCoder coder = TestCoders.coder(
            new String[] {"120\treject", "190\tattack", "111\tcriticize", "112\taccuse", "042\tvisit"},
            new String[] {"190\toffensive", "130\twarning", "018\tcondolence", "145\tprotest", "040\ttalk"});

    private List<Event> code(Document d) {
        return coder.code(d);
    }

    @Test
    void agentTakesTheCountryOfTheClausePlace() {
        Document d = Parsed.doc("2024-03-17",
                "Militants|militant attacked|attack a convoy in Nairobi",
                "NNS VBD DT NN IN NNP",
                "2:nsubj 0:root 4:det 2:obj 6:case 2:obl");
        List<Event> events = code(d);
        assertCodes(d, events, "KENREB 190 - asserted");
        assertThat(events.get(0).source().basis()).isEqualTo("place");
        assertThat(events.get(0).source().span().text()).isEqualTo("Militants");
    }

    @Test
    void agentTakesTheArticlesMainCountryFromEarlierSentences() {
        Document d = Parsed.docOf("2024-03-17",
                new String[] {"Kenya rejected|reject the offer .", "NNP VBD DT NN .", "2:nsubj 0:root 4:det 2:obj 2:punct"},
                new String[] {"Militants|militant attacked|attack a convoy", "NNS VBD DT NN", "2:nsubj 0:root 4:det 2:obj"});
        List<Event> events = code(d);
        assertCodes(d, events, "KEN 120 - asserted", "KENREB 190 - asserted");
        assertThat(events.get(1).source().basis()).isEqualTo("article");
    }

    @Test
    void theSentencesOwnTargetIsNotTheAgentsCountry() {
        Document d = Parsed.doc("2024-03-17",
                "Militants|militant attacked|attack Uganda",
                "NNS VBD NNP",
                "2:nsubj 0:root 2:obj");
        assertCodes(d, code(d), "---REB 190 UGA asserted");
    }

    @Test
    void titledNameMissingFromTheDictionaryIsStillAnActorWithTheTitlesSector() {
        Document d = Parsed.doc("2024-03-17",
                "Interior Minister|minister Karimov criticized|criticize Uganda",
                "NNP NNP NNP VBD NNP",
                "3:compound 3:compound 4:nsubj 0:root 4:obj");
        List<Event> events = code(d);
        assertCodes(d, events, "---GOV 111 UGA asserted");
        assertThat(events.get(0).source().span().text()).isEqualTo("Interior Minister Karimov");
    }

    @Test
    void lightVerbCarriesItsEventNounWithTheVerbsSubjectAndTargets() {
        Document d = Parsed.doc("2024-03-17",
                "Kenya launched|launch an offensive against al-Shabaab",
                "NNP VBD DT NN IN NNP",
                "2:nsubj 0:root 4:det 2:obj 6:case 4:nmod");
        assertCodes(d, code(d), "KEN 190 SOMREBSHB asserted");
    }

    @Test
    void lightVerbTargetFromItsOwnPrepositionOrIndirectObject() {
        Document warning = Parsed.doc("2024-03-17",
                "Uganda issued|issue a warning to Kenya",
                "NNP VBD DT NN IN NNP",
                "2:nsubj 0:root 4:det 2:obj 6:case 2:obl");
        assertCodes(warning, code(warning), "UGA 130 KEN asserted");
        Document condolences = Parsed.doc("2024-03-17",
                "Egypt offered|offer Kenya condolences|condolence",
                "NNP VBD NNP NNS",
                "2:nsubj 0:root 2:iobj 2:obj");
        assertCodes(condolences, code(condolences), "EGY 018 KEN asserted");
    }

    @Test
    void aVerbThatIsNotLightDoesNotMakeItsSubjectTheNounsSource() {
        Document d = Parsed.doc("2024-03-17",
                "Kenya witnessed|witness the offensive",
                "NNP VBD DT NN",
                "2:nsubj 0:root 4:det 2:obj");
        assertThat(code(d)).isEmpty();
    }

    @Test
    void lightVerbWithAnInPhrase() {
        Document d = Parsed.doc("2024-03-17",
                "Uganda took|take part in talks|talk with Kenya",
                "NNP VBD NN IN NNS IN NNP",
                "2:nsubj 0:root 2:obj 5:case 2:obl 7:case 5:nmod");
        assertCodes(d, code(d), "UGA 040 KEN asserted");
    }

    @Test
    void denialWithNoOtherEventIsItsOwnStatementCode() {
        Document d = Parsed.doc("2024-03-17",
                "Uganda denied|deny the accusation",
                "NNP VBD DT NN",
                "2:nsubj 0:root 4:det 2:obj");
        assertCodes(d, code(d), "UGA 016 - asserted");
    }

    @Test
    void toldNamesItsAddresseeAsTarget() {
        Document d = Parsed.doc("2024-03-17",
                "Egypt told|tell Kenya that the dam was|be a threat",
                "NNP VBD NNP IN DT NN VBD DT NN",
                "2:nsubj 0:root 2:obj 9:mark 6:det 9:nsubj 9:cop 9:det 2:ccomp");
        assertCodes(d, code(d), "EGY 010 KEN asserted");
    }

    @Test
    void reportedEventIsTheMainEventAndTheReportingVerbNoEvent() {
        Document d = Parsed.doc("2024-03-17",
                "Officials|official said|say Kenya attacked|attack Uganda",
                "NNS VBD NNP VBD NNP",
                "2:nsubj 0:root 4:nsubj 2:ccomp 4:obj");
        assertCodes(d, code(d), "KEN 190 UGA asserted");
    }

    @Test
    void postposedReportingClauseIsNoEvent() {
        Document d = Parsed.doc("2024-03-17",
                "Kenya attacked|attack Uganda , officials|official said|say",
                "NNP VBD NNP , NNS VBD",
                "2:nsubj 0:root 2:obj 2:punct 6:nsubj 2:parataxis");
        assertCodes(d, code(d), "KEN 190 UGA asserted");
    }

    @Test
    void subordinateClauseEventFollowsTheMainClauseEvent() {
        Document d = Parsed.doc("2024-03-17",
                "After Uganda rejected|reject the offer , Kenya attacked|attack Uganda",
                "IN NNP VBD DT NN , NNP VBD NNP",
                "3:mark 3:nsubj 8:advcl 5:det 3:obj 8:punct 8:nsubj 0:root 8:obj");
        assertCodes(d, code(d), "KEN 190 UGA asserted", "UGA 120 - asserted");
    }

    @Test
    void participleClauseIsDoneByTheMainSubject() {
        Document d = Parsed.doc("2024-03-17",
                "Kenya rejected|reject the offer , accusing|accuse Uganda",
                "NNP VBD DT NN , VBG NNP",
                "2:nsubj 0:root 4:det 2:obj 2:punct 2:advcl 6:obj");
        assertCodes(d, code(d), "KEN 120 - asserted", "KEN 112 UGA asserted");
    }

    @Test
    void passiveWithoutAgentKeepsItsVictimsAsTarget() {
        Document d = Parsed.doc("2024-03-17",
                "Ugandan troops|troops were|be attacked|attack in Kenya",
                "JJ NNS VBD VBN IN NNP",
                "2:amod 4:nsubj:pass 4:aux:pass 0:root 6:case 4:obl");
        List<Event> events = code(d);
        assertCodes(d, events, "--- 190 UGAMIL asserted");
        assertThat(events.get(0).source().basis()).isEqualTo("unknown");
    }
}
