package org.attache.coding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attache.testing.EventAssert.assertCodes;

import java.time.LocalDate;
import java.util.List;
import org.attache.model.Document;
import org.attache.model.Event;
import org.attache.testing.Parsed;
import org.attache.testing.TestCoders;
import org.junit.jupiter.api.Test;

class EventCoderTest {
    private static final String[] LEXICON = {
        "120\treject",
        "1212\treject military cooperation",
        "190\tattack",
        "030\tagree to",
        "057\tsign agreement",
        "046\thold talk",
        "046\tresume talk",
        "020\turge ~appeal",
        "085\tlift sanction",
        "042\tvisit",
        "111\tcriticize",
        "070\tsend troops",
        "0874\twithdraw",
        "0841\trelease prisoner",
        "020\task ~appeal",
        "051\tback",
        "192\trecapture",
        "040\tmeet",
        "040\tdiscuss",
        "173\tarrest",
        "020\tcall on+",
        "020\tcall for",
        "0871\thalt offensive",
    };
    private final EventCoder coder = TestCoders.coder(LEXICON);

    private List<Event> code(Document d) {
        return coder.code(d);
    }

    @Test
    void activeVoiceWithPrepositionalTargetOnTheObject() {
        Document d = Parsed.doc("2024-03-17",
                "Pakistan rejected|reject military cooperation with India",
                "NNP VBD JJ NN IN NNP",
                "2:nsubj 0:root 4:amod 2:obj 6:case 4:nmod");
        assertCodes(d, code(d), "PAK 1212 IND asserted");
    }

    @Test
    void lessSpecificPatternWhenTheObjectWordsAreMissing() {
        Document d = Parsed.doc("2024-03-17",
                "Pakistan rejected|reject the offer",
                "NNP VBD DT NN",
                "2:nsubj 0:root 4:det 2:obj");
        assertCodes(d, code(d), "PAK 120 - asserted");
    }

    @Test
    void passiveVoiceTakesTheByAgentAsSource() {
        Document d = Parsed.doc("2024-03-17",
                "Kenya was|be attacked|attack by al-Shabaab militants|militant",
                "NNP VBD VBN IN NNP NNS",
                "3:nsubj:pass 3:aux:pass 0:root 6:case 6:compound 3:obl:agent");
        assertCodes(d, code(d), "SOMREBSHB 190 KEN asserted");
    }

    @Test
    void passiveWithoutAgentHasAnUnknownSource() {
        Document d = Parsed.doc("2024-03-17",
                "Moscow has|have been|be attacked|attack",
                "NNP VBZ VBN VBN",
                "4:nsubj:pass 4:aux 4:aux:pass 0:root");
        List<Event> events = code(d);
        assertCodes(d, events, "--- 190 RUSGOV asserted");
        assertThat(events.get(0).source().basis()).isEqualTo("unknown");
        assertThat(events.get(0).source().span().text()).isEmpty();
    }

    @Test
    void xcompChainInheritsTheSubjectAndWantingToAttackIsAThreat() {
        Document d = Parsed.doc("2024-03-17",
                "Russia wants|want to attack Ukraine",
                "NNP VBZ TO VB NNP",
                "2:nsubj 0:root 4:mark 2:xcomp 4:obj");
        assertCodes(d, code(d), "RUS 1384 UKR asserted");
    }

    @Test
    void negatedAgreementIsARejection() {
        Document d = Parsed.doc("2024-03-17",
                "Egypt did|do not agree to the request",
                "NNP VBD RB VB IN DT NN",
                "4:nsubj 4:aux 4:advmod 0:root 7:case 7:det 4:obl");
        List<Event> events = code(d);
        assertCodes(d, events, "EGY 120 - negated");
        assertThat(events.get(0).root()).isEqualTo("12");
    }

    @Test
    void compoundSubjectsGiveOneEventPerPair() {
        Document d = Parsed.doc("2024-03-17",
                "Kenya and Uganda signed|sign a trade agreement",
                "NNP CC NNP VBD DT NN NN",
                "4:nsubj 3:cc 1:conj 0:root 7:det 7:compound 4:obj");
        assertCodes(d, code(d), "KEN 057 UGA asserted", "UGA 057 KEN asserted");
    }

    @Test
    void talksWithTargetAndNoDoubleCodingOfTheNoun() {
        Document d = Parsed.doc("2024-03-17",
                "China held|hold talks|talk with Japan",
                "NNP VBD NNS IN NNP",
                "2:nsubj 0:root 2:obj 5:case 2:obl");
        assertCodes(d, code(d), "CHN 046 JPN asserted");
    }

    @Test
    void appealCombinesWithTheEmbeddedAction() {
        Document d = Parsed.doc("2024-03-17",
                "The UN urged|urge Israel to hold talks|talk with Egypt",
                "DT NNP VBD NNP TO VB NNS IN NNP",
                "2:det 3:nsubj 0:root 3:obj 6:mark 3:xcomp 6:obj 9:case 6:obl");
        assertCodes(d, code(d), "IGOUNO 026 ISR demanded");
    }

    @Test
    void conditionalMakesBothClausesHypothetical() {
        Document d = Parsed.doc("2024-03-17",
                "If Paris lifts|lift the sanctions|sanction , Cairo would resume talks|talk",
                "IN NNP VBZ DT NNS , NNP MD VB NNS",
                "3:mark 3:nsubj 9:advcl 5:det 3:obj 9:punct 9:nsubj 9:aux 0:root 9:obj");
        // the main clause's event comes first, the conditional clause's after it
        assertCodes(d, code(d), "EGYGOV 046 - hypothetical", "FRAGOV 085 - hypothetical");
    }

    @Test
    void reportingVerbWithNoEventInItsClauseIsAStatement() {
        Document d = Parsed.doc("2024-03-17",
                "Kenya said|say the talks|talk had|have stalled|stall",
                "NNP VBD DT NNS VBD VBN",
                "2:nsubj 0:root 4:det 6:nsubj 6:aux 2:ccomp");
        assertCodes(d, code(d), "KEN 010 - asserted");
    }

    @Test
    void reportedEventKeepsItsOwnSourceNotTheReporter() {
        Document d = Parsed.doc("2024-03-17",
                "Uganda said|say Kenya rejected|reject the offer",
                "NNP VBD NNP VBD DT NN",
                "2:nsubj 0:root 4:nsubj 2:ccomp 6:det 4:obj");
        assertCodes(d, code(d), "KEN 120 - asserted");
    }

    @Test
    void nominalTriggerBetweenTwoParties() {
        Document d = Parsed.doc("2024-03-17",
                "Talks|talk between Sudan and Chad resumed|resume",
                "NNS IN NNP CC NNP VBD",
                "6:nsubj 3:case 1:nmod 5:cc 3:conj 0:root");
        assertCodes(d, code(d), "SDN 040 TCD asserted", "TCD 040 SDN asserted");
    }

    @Test
    void titleAndPossessiveComposeTheSourceCode() {
        Document d = Parsed.doc("2024-03-17",
                "Egypt 's army chief criticized|criticize Iran",
                "NNP POS NN NN VBD NNP",
                "4:nmod:poss 1:case 4:compound 5:nsubj 0:root 5:obj");
        assertCodes(d, code(d), "EGYMIL 111 IRN asserted");
    }

    @Test
    void agentWithoutCountryIsNotGuessedButKeepsItsSector() {
        Document d = Parsed.doc("2024-03-17",
                "The minister criticized|criticize Iran",
                "DT NN VBD NNP",
                "2:det 3:nsubj 0:root 3:obj");
        List<Event> events = code(d);
        assertCodes(d, events, "---GOV 111 IRN asserted");
        assertThat(events.get(0).source().basis()).isEqualTo("unknown");
        assertThat(events.get(0).source().span().text()).isEqualTo("The minister");
    }

    @Test
    void futureModalIsIntendedAndDatesForward() {
        Document d = Parsed.doc("2024-03-17",
                "Germany will send troops to Mali on Monday",
                "NNP MD VB NNS TO NNP IN NNP",
                "3:nsubj 3:aux 0:root 3:obj 6:case 3:obl 8:case 3:obl");
        List<Event> events = code(d);
        // CAMEO codes what is said: an expression of intent to give material aid (033), the sending embedded
        assertCodes(d, events, "DEU 033 MLI intended");
        assertThat(events.get(0).embeddedCode()).isEqualTo("070");
        assertThat(events.get(0).date()).isEqualTo(LocalDate.of(2024, 3, 18));
        assertThat(events.get(0).dateBasis()).isEqualTo("resolved");
    }

    @Test
    void pastWeekdayIsTheLatestOnOrBeforePublication() {
        Document d = Parsed.doc("2024-03-17",
                "Kenya rejected|reject the offer on Tuesday",
                "NNP VBD DT NN IN NNP",
                "2:nsubj 0:root 4:det 2:obj 6:case 2:obl");
        List<Event> events = code(d);
        assertThat(events).hasSize(1);
        assertThat(events.get(0).date()).isEqualTo(LocalDate.of(2024, 3, 12));
    }

    @Test
    void capitalMetonymIsTheGovernment() {
        Document d = Parsed.doc("2024-03-17",
                "The Kremlin criticized|criticize Washington",
                "DT NNP VBD NNP",
                "2:det 3:nsubj 0:root 3:obj");
        assertCodes(d, code(d), "RUSGOV 111 USAGOV asserted");
    }

    @Test
    void conjoinedEmbeddedActionsAreEachAppealedFor() {
        Document d = Parsed.doc("2024-03-17",
                "The UN urged|urge Israel to withdraw and release prisoners|prisoner",
                "DT NNP VBD NNP TO VB CC VB NNS",
                "2:det 3:nsubj 0:root 3:obj 6:mark 3:xcomp 8:cc 6:conj 8:obj");
        assertCodes(d, code(d), "IGOUNO 0256 ISR demanded", "IGOUNO 0253 ISR demanded");
    }

    @Test
    void datelineGivesLocalAgentsTheirCountryButNotModifiersOfOtherNouns() {
        Document d = Parsed.docOf("2024-03-17",
                new String[] {"NAIROBI : Police arrested|arrest protesters|protester", "NNP : NNS VBD NNS",
                    "1:root 1:punct 4:nsubj 1:parataxis 4:obj"},
                new String[] {"Pakistan rejected|reject military cooperation", "NNP VBD JJ NN",
                    "2:nsubj 0:root 4:amod 2:obj"});
        EventCoder c = TestCoders.coder("173\tarrest", "120\treject", "1212\treject military cooperation");
        List<Event> events = c.code(d);
        assertCodes(d, events, "KENCOP 173 --- asserted", "PAK 1212 - asserted");
        assertThat(events.get(0).source().basis()).isEqualTo("dateline");
    }

    @Test
    void passiveAppealTakesTheByAgentAsSourceAndTheSubjectAsAddressee() {
        Document d = Parsed.doc("2024-03-17",
                "Kenya has|have been|be asked|ask by Uganda to withdraw",
                "NNP VBZ VBN VBN IN NNP TO VB",
                "4:nsubj:pass 4:aux 4:aux:pass 0:root 6:case 4:obl:agent 8:mark 4:xcomp");
        assertCodes(d, code(d), "UGA 0256 KEN demanded");
    }

    @Test
    void reducedPassiveTakesItsByAgentAsSourceAndTheNounAsTarget() {
        Document d = Parsed.doc("2024-03-17",
                "Kenyan troops|troops , backed|back by US drones|drone , recaptured|recapture the town from al-Shabaab",
                "JJ NNS , VBN IN NNP NNS , VBD DT NN IN NNP",
                "2:amod 9:nsubj 4:punct 2:acl 7:case 7:compound 4:obl:agent 9:punct 0:root 11:det 9:obj 13:case 9:obl");
        assertCodes(d, code(d), "KENMIL 192 SOMREBSHB asserted", "USA 051 KENMIL asserted");
    }

    @Test
    void purposeClauseIsDoneByTheSubjectNotTheObject() {
        Document d = Parsed.doc("2024-03-17",
                "Kenya met|meet Uganda to discuss trade",
                "NNP VBD NNP TO VB NN",
                "2:nsubj 0:root 2:obj 5:mark 2:xcomp 5:obj");
        assertCodes(d, code(d), "KEN 040 UGA asserted", "KEN 040 - asserted");
    }

    @Test
    void policeInACityAreThatCountrysAndCrowdsAreTheirMembers() {
        Document d = Parsed.doc("2024-03-17",
                "Police in Nairobi arrested|arrest thousands of militants|militant",
                "NNS IN NNP VBD NNS IN NNS",
                "4:nsubj 3:case 1:nmod 0:root 4:obj 7:case 5:nmod");
        assertCodes(d, code(d), "KENCOP 173 - asserted");
    }

    @Test
    void misparsedCallOnXToActIsStillAnAppealToX() {
        // CoreNLP often parses "called on Israel to halt" as an advcl marked "on" with its own subject
        Document d = Parsed.doc("2024-03-17",
                "The UN called|call on Israel to halt the offensive",
                "DT NNP VBD IN NNP TO VB DT NN",
                "2:det 3:nsubj 0:root 7:mark 7:nsubj 7:mark 3:advcl 9:det 7:obj");
        assertCodes(d, code(d), "IGOUNO 0256 ISR demanded");
    }

    @Test
    void callForTalksWithXTargetsX() {
        Document d = Parsed.doc("2024-03-17",
                "Kenya called|call for talks|talk with Uganda",
                "NNP VBD IN NNS IN NNP",
                "2:nsubj 0:root 4:case 2:obl 6:case 4:nmod");
        assertCodes(d, code(d), "KEN 020 UGA demanded");
    }

    @Test
    void raisedPassiveSubjectActsAndTheActionIsOnlyIntended() {
        Document d = Parsed.doc("2024-03-17",
                "Kenya is|be expected|expect to visit Uganda",
                "NNP VBZ VBN TO VB NNP",
                "3:nsubj:pass 3:aux:pass 0:root 5:mark 3:xcomp 5:obj");
        assertCodes(d, code(d), "KEN 036 UGA intended");
    }
}
