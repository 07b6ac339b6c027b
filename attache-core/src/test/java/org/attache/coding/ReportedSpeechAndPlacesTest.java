package org.attache.coding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attache.testing.EventAssert.assertCodes;

import java.time.LocalDate;
import java.util.List;
import org.attache.model.Article;
import org.attache.model.Document;
import org.attache.model.Event;
import org.attache.model.Sentence;
import org.attache.testing.Parsed;
import org.attache.testing.TestCoders;
import org.attache.util.DataProblem;
import org.junit.jupiter.api.Test;

/**
 * The rules added for real wire copy after the first issue-9 measurement: reporting clauses the
 * parser gets wrong, demands a speaker makes of someone, statements nobody known made, weapons
 * that say how force was used, evidence spans, unknown people and the places they are in.
 */
class ReportedSpeechAndPlacesTest {
    private final EventCoder coder = TestCoders.coder(
            new String[] {"060\twork", "087\tend attack", "087\tstop attack", "190\tstrike", "190\tattack", "183\texplode",
                "180\tkill", "040\ttalk with+", "018\texpress condolence", "020\tcall", "0841\trelease prisoner",
                "0841\texchange prisoner", "0871\tcall ceasefire", "020\tcall on+", "0871\taccept ceasefire",
                "087\thold off joint drill", "062\thold joint drill", "190\tstage strike on+", "143\tstage strike",
                "042\tvisit", "057\tsign agreement", "---\tstrike tone", "0841\tfree hostage", "191\tclose border", "036\tagree", "111\tcriticize", "183\tbomb", "154\tsend troop", "120\treject", "0874\twithdraw", "010\ttell", "1712\tdestroy", "190\trepel"},
            new String[] {"1832\tcar bomb", "040\ttalk", "100\tdemand", "0834\tgovernment transitional"});

    private List<Event> code(Document d) {
        return coder.code(d);
    }

    // ---- ReportingClauseRepair

    @Test
    void reportingVerbParsedAsClausalSubjectBecomesTheHead() {
        Document d = Parsed.doc("2024-03-17",
                "The minister said|say Beijing was|be willing to work with India",
                "DT NN VBD NNP VBD JJ TO VB IN NNP",
                "2:det 3:nsubj 6:csubj 3:obj 6:cop 0:root 8:mark 6:xcomp 10:case 8:obl");
        Sentence r = ReportingClauseRepair.repair(d.sentences().get(0));
        assertThat(r.token(2).rel()).isEqualTo("root");
        assertThat(r.token(5).head()).isEqualTo(2);
        assertThat(r.token(5).rel()).isEqualTo("ccomp");
        assertThat(r.token(3).head()).isEqualTo(5);
        assertThat(r.token(3).rel()).isEqualTo("nsubj");
        List<Event> events = code(d);
        assertThat(events).isNotEmpty();
        assertThat(events.get(0).source().code().code()).isEqualTo("CHNGOV");
        assertThat(events.get(0).target().code().code()).isEqualTo("IND");
    }

    @Test
    void reportedClauseLeftAsDepGetsTheObjectAsItsSubjectAndTheSpeakerDemandsIt() {
        Document d = Parsed.doc("2024-03-17",
                "Russia says|say Israel must end attacks|attack",
                "NNP VBZ NNP MD VB NNS",
                "2:nsubj 0:root 2:obj 5:aux 2:dep 5:obj");
        Sentence r = ReportingClauseRepair.repair(d.sentences().get(0));
        assertThat(r.token(2).head()).isEqualTo(4);
        assertThat(r.token(2).rel()).isEqualTo("nsubj");
        assertThat(r.token(4).rel()).isEqualTo("ccomp");
        assertCodes(d, code(d), "RUS 1056 ISR demanded");
    }

    @Test
    void aDayIsNeverASubject() {
        Document d = Parsed.doc("2024-03-17",
                "he will travel on Wednesday to discuss trade",
                "PRP MD VB IN NNP TO VB NN",
                "3:nsubj 3:aux 0:root 7:mark 7:nsubj 7:mark 3:advcl 7:obj");
        Sentence r = ReportingClauseRepair.repair(d.sentences().get(0));
        assertThat(r.token(4).rel()).isEqualTo("obl:tmod");
    }

    @Test
    void aToClauseOfAnAdjectiveIsControlled() {
        Document d = Parsed.doc("2024-03-17",
                "Mali 's minister is|be due to visit Moscow",
                "NNP POS NN VBZ JJ TO VB NNP",
                "3:nmod:poss 1:case 5:nsubj 5:cop 0:root 7:mark 5:ccomp 7:obj");
        Sentence r = ReportingClauseRepair.repair(d.sentences().get(0));
        assertThat(r.token(6).rel()).isEqualTo("xcomp");
        assertCodes(d, code(d), "MLIGOV 036 RUSGOV intended");
    }

    @Test
    void aWellParsedSentenceIsLeftAsItIs() {
        Document d = Parsed.doc("2024-03-17",
                "Kenya said|say Uganda attacked|attack Ethiopia",
                "NNP VBD NNP VBD NNP",
                "2:nsubj 0:root 4:nsubj 2:ccomp 4:obj");
        Sentence s = d.sentences().get(0);
        assertThat(ReportingClauseRepair.repair(s)).isSameAs(s);
    }

    // ---- demands reported by a speaker

    @Test
    void postposedReportingClauseMakesTheSpeakerTheDemander() {
        Document d = Parsed.doc("2024-03-17",
                "Kyiv must stop attacks|attack , Moscow said|say",
                "NNP MD VB NNS , NNP VBD",
                "3:nsubj 3:aux 0:root 3:obj 7:punct 7:nsubj 3:parataxis");
        assertCodes(d, code(d), "RUSGOV 1056 UKRGOV demanded");
    }

    @Test
    void intentionReportedBySomeoneElseStaysTheSubjects() {
        Document d = Parsed.doc("2024-03-17",
                "Russia said|say Israel will end attacks|attack",
                "NNP VBD NNP MD VB NNS",
                "2:nsubj 0:root 5:nsubj 5:aux 2:ccomp 5:obj");
        List<Event> events = code(d);
        assertThat(events).isNotEmpty();
        assertThat(events.get(0).source().code().code()).isEqualTo("ISR");
        assertThat(events.get(0).status().label()).isEqualTo("intended");
    }

    // ---- statements

    @Test
    void nobodyKnownSayingSomethingIsNoEvent() {
        Document d = Parsed.doc("2024-03-17", "she said|say", "PRP VBD", "2:nsubj 0:root");
        assertThat(code(d)).isEmpty();
        Document sources = Parsed.doc("2024-03-17", "sources|source said|say", "NNS VBD", "2:nsubj 0:root");
        assertThat(code(sources)).isEmpty();
    }

    @Test
    void aNamedButUnknownSpeakerMakesAStatement() {
        Document d = Parsed.doc("2024-03-17", "Mutua|Mutua|PERSON said|say", "NNP VBD", "2:nsubj 0:root");
        assertCodes(d, code(d), "--- 010 - asserted");
    }

    @Test
    void deniedReportsHoldNoEvent() {
        Document d = Parsed.doc("2024-03-17",
                "Mali denied|deny reports|report that troops|troop killed|kill civilians|civilian",
                "NNP VBD NNS IN NNS VBD NNS",
                "2:nsubj 0:root 2:obj 6:mark 6:nsubj 3:acl 6:obj");
        List<Event> events = code(d);
        assertThat(events).extracting(Event::code).doesNotContain("180");
        assertThat(events).extracting(Event::code).contains("016");
    }

    // ---- how force was used

    @Test
    void warplanesAsSubjectMakeAnAirStrike() {
        Document d = Parsed.doc("2024-03-17",
                "Israeli warplanes|warplane struck|strike Sudan",
                "JJ NNS VBD NNP",
                "2:amod 3:nsubj 0:root 3:obj");
        List<Event> events = code(d);
        assertThat(events).extracting(Event::code).containsExactly("195");
    }

    @Test
    void dronesAsInstrumentMakeADroneAttack() {
        Document d = Parsed.doc("2024-03-17",
                "Russia attacked|attack Kyiv with drones|drone",
                "NNP VBD NNP IN NNS",
                "2:nsubj 0:root 2:obj 5:case 2:obl");
        assertCodes(d, code(d), "RUS 1952 UKRGOV asserted");
    }

    @Test
    void aCarBombThatExplodesIsACarBombing() {
        Document d = Parsed.doc("2024-03-17",
                "A car bomb exploded|explode",
                "DT NN NN VBD",
                "3:det 3:compound 4:nsubj 0:root");
        assertCodes(d, code(d), "--- 1832 - asserted");
    }

    @Test
    void weaponTableRejectsMalformedLinesWithFileAndLine() {
        WeaponPlatforms w = WeaponPlatforms.load(Parsed.rows("weapons.tsv",
                "drone\t1952", "tank\t042", "two words\t190", "drone\t195"), TestCoders.ONTOLOGY);
        assertThat(w.codeOf("drone")).contains("1952");
        assertThat(w.codeOf("tank")).isEmpty();
        assertThat(w.problems()).extracting(DataProblem::line).containsExactly(2, 3, 4);
        assertThat(w.problems().get(0).toString()).contains("weapons.tsv");
        assertThat(WeaponPlatforms.builtIn(TestCoders.ONTOLOGY).problems()).isEmpty();
    }

    // ---- evidence spans, unknown and placed targets

    @Test
    void targetEvidenceLeavesOutThePreposition() {
        Document d = Parsed.doc("2024-03-17",
                "Kenya talked|talk with Uganda",
                "NNP VBD IN NNP",
                "2:nsubj 0:root 4:case 2:obl");
        List<Event> events = code(d);
        assertCodes(d, events, "KEN 040 UGA asserted");
        assertThat(events.get(0).target().span().text()).isEqualTo("Uganda");
    }

    @Test
    void peopleInATargetPhraseAreAnUnknownTarget() {
        Document d = Parsed.doc("2024-03-17",
                "Kenya expressed|express condolences|condolence to the families|family",
                "NNP VBD NNS IN DT NNS",
                "2:nsubj 0:root 2:obj 6:case 6:det 2:obl");
        List<Event> events = code(d);
        assertCodes(d, events, "KEN 018 --- asserted");
        assertThat(events.get(0).target().span().text()).isEqualTo("the families");
    }

    @Test
    void unknownPeopleTakeTheCountryOfTheClausesPlace() {
        Document d = Parsed.doc("2024-03-17",
                "Militants|militant killed|kill eight civilians|civilian in Kenya",
                "NNS VBD CD NNS IN NNP",
                "2:nsubj 0:root 4:nummod 2:obj 6:case 2:obl");
        List<Event> events = code(d);
        assertCodes(d, events, "KENREB 180 KEN asserted");
        assertThat(events.get(0).target().basis()).isEqualTo("place");
    }

    @Test
    void theSubjectOfAForClauseIsAddressed() {
        Document d = Parsed.doc("2024-03-17",
                "Kenya called|call for Uganda to withdraw",
                "NNP VBD IN NNP TO VB",
                "2:nsubj 0:root 6:mark 6:nsubj 6:mark 2:advcl");
        // the clause is what is appealed for: an appeal to withdraw (0256), addressed to Uganda
        assertCodes(d, code(d), "KEN 0256 UGA demanded");
    }

    @Test
    void peopleAPatternNamesAreReleasedTargets() {
        Document d = Parsed.doc("2024-03-17",
                "Kenya released|release prisoners|prisoner",
                "NNP VBD NNS",
                "2:nsubj 0:root 2:obj");
        assertCodes(d, code(d), "KEN 0841 --- asserted");
    }

    @Test
    void partiesThatExchangePeopleActOnEachOther() {
        Document d = Parsed.doc("2024-03-17",
                "Russia and Ukraine exchanged|exchange prisoners|prisoner",
                "NNP CC NNP VBD NNS",
                "4:nsubj 3:cc 1:conj 0:root 4:obj");
        assertCodes(d, code(d), "RUS 0841 UKR asserted", "UKR 0841 RUS asserted");
    }

    @Test
    void twoPartiesSigningSomewhereDoNotTargetThePlace() {
        Document d = Parsed.doc("2024-03-17",
                "Kenya and Uganda signed|sign an agreement in Washington",
                "NNP CC NNP VBD DT NN IN NNP",
                "4:nsubj 3:cc 1:conj 0:root 6:det 4:obj 8:case 6:nmod");
        assertCodes(d, code(d), "KEN 057 UGA asserted", "UGA 057 KEN asserted");
    }

    @Test
    void aPatternCodedNoEventKeepsItsWordsFromBeingForce() {
        Document d = Parsed.doc("2024-03-17",
                "China struck|strike a conciliatory tone",
                "NNP VBD DT JJ NN",
                "2:nsubj 0:root 5:det 5:amod 2:obj");
        assertThat(code(d)).isEmpty();
        Document force = Parsed.doc("2024-03-17", "China struck|strike Japan", "NNP VBD NNP", "2:nsubj 0:root 2:obj");
        assertCodes(force, code(force), "CHN 190 JPN asserted");
    }

    @Test
    void anAdjectiveModifierIsNoPredicate() {
        Document d = Parsed.doc("2024-03-17",
                "Kenyan troops|troop camped|camp close to the border",
                "JJ NNS VBD JJ IN DT NN",
                "2:amod 3:nsubj 0:root 3:advmod 7:case 7:det 4:obl");
        assertThat(code(d)).extracting(Event::code).doesNotContain("191");
    }

    @Test
    void aPlaceIsNoPartyForTheTwoSides() {
        Document d = Parsed.docOf("2024-03-17",
                new String[] {"Kenya met|meet Uganda in Cairo", "NNP VBD NNP IN NNP", "2:nsubj 0:root 2:obj 5:case 2:obl"},
                new String[] {"The two sides|side agreed|agree", "DT CD NNS VBD", "3:det 3:nummod 4:nsubj 0:root"});
        List<Event> events = code(d);
        assertThat(events).extracting(e -> e.source().code().code()).doesNotContain("EGY", "EGYGOV");
        assertThat(events).extracting(e -> e.source().code().code()).contains("KEN", "UGA");
    }

    @Test
    void theClausesPlaceBeatsTheDatelineForAnAgent() {
        Document d = Parsed.doc("2024-03-17",
                "NAIROBI : In Cairo , police|police criticized|criticize Uganda",
                "NNP : IN NNP , NN VBD NNP",
                "7:dep 1:punct 4:case 7:obl 7:punct 7:nsubj 0:root 7:obj");
        List<Event> events = code(d);
        assertCodes(d, events, "EGYCOP 111 UGA asserted");
        assertThat(events.get(0).source().basis()).isEqualTo("place");
    }

    @Test
    void aDatelineNamingItsCountryGivesAgentsTheirCountry() {
        Article known = new Article("a", LocalDate.parse("2024-05-07"), "", "", "", "NAIROBI: Gunmen attacked Uganda.");
        Article named = new Article("b", LocalDate.parse("2024-05-07"), "", "", "",
                "GARISSA, Kenya, May 7 (Wire) - Gunmen attacked Uganda.");
        Article unknown = new Article("c", LocalDate.parse("2024-05-07"), "", "", "", "GARISSA, May 7 (Wire) - Gunmen attacked.");
        assertThat(coder.datelineCountry(known)).isEqualTo("KEN");
        assertThat(coder.datelineCountry(named)).isEqualTo("KEN");
        assertThat(coder.datelineCountry(unknown)).isNull();
    }

    @Test
    void aDemandTheReportingVerbOrdersIsTheSpeakers() {
        Document d = Parsed.doc("2024-03-17",
                "Israel must stop attacks|attack , the UN ordered|order",
                "NNP MD VB NNS , DT NNP VBD",
                "3:nsubj 3:aux 8:ccomp 3:obj 8:punct 7:det 8:nsubj 0:root");
        assertCodes(d, code(d), "IGOUNO 1056 ISR demanded");
    }

    @Test
    void whatIsDeniedIsNoEvent() {
        Document d = Parsed.doc("2024-03-17",
                "Sudan denied|deny that its aircraft had|have bombed|bomb Chad",
                "NNP VBD IN PRP$ NN VBD VBN NNP",
                "2:nsubj 0:root 7:mark 5:nmod:poss 7:nsubj 7:aux 2:ccomp 7:obj");
        assertThat(code(d)).extracting(Event::code).doesNotContain("183").contains("016");
    }

    @Test
    void troopsSentToAnotherCountryKeepThePeaceThere() {
        Document abroad = Parsed.doc("2024-03-17", "Uganda sent|send troops|troop to Sudan",
                "NNP VBD NNS IN NNP", "2:nsubj 0:root 2:obj 5:case 2:obl");
        assertCodes(abroad, code(abroad), "UGA 074 SDN asserted");
        Document willing = Parsed.doc("2024-03-17", "Kenya would send troops|troop to Sudan",
                "NNP MD VB NNS IN NNP", "3:nsubj 3:aux 0:root 3:obj 6:case 3:obl");
        assertCodes(willing, code(willing), "KEN 0334 SDN intended");
        Document home = Parsed.doc("2024-03-17", "Kenya sent|send troops|troop to Nairobi",
                "NNP VBD NNS IN NNP", "2:nsubj 0:root 2:obj 5:case 2:obl");
        assertCodes(home, code(home), "KEN 154 - asserted");
    }

    @Test
    void aNounThatNamesAnActorIsNoEvent() {
        Document d = Parsed.doc("2024-03-17",
                "Mali 's transitional government rejected|reject the plan",
                "NNP POS JJ NN VBD DT NN",
                "4:nmod:poss 1:case 4:amod 5:nsubj 0:root 7:det 5:obj");
        assertThat(code(d)).extracting(Event::code).containsExactly("120");
    }

    @Test
    void aModalGovernsBothConjoinedVerbs() {
        Document d = Parsed.doc("2024-03-17",
                "Kenya must stop attacks|attack and withdraw",
                "NNP MD VB NNS CC VB",
                "3:nsubj 3:aux 0:root 3:obj 6:cc 3:conj");
        assertThat(code(d)).extracting(e -> e.status().label()).containsOnly("demanded").hasSize(2);
    }

    @Test
    void aWordOfAPersonsNameIsNoOrganization() {
        Document d = Parsed.doc("2024-03-17",
                "Jane|Jane|PERSON Al-Shabaab|al-shabaab|PERSON attacked|attack Kenya",
                "NNP NNP VBD NNP",
                "2:compound 3:nsubj 0:root 3:obj");
        assertThat(code(d)).extracting(e -> e.source().code().code()).doesNotContain("SOMREBSHB");
        Document group = Parsed.doc("2024-03-17", "Al-Shabaab|al-shabaab|ORGANIZATION attacked|attack Kenya",
                "NNP VBD NNP", "2:nsubj 0:root 2:obj");
        assertThat(code(group)).extracting(e -> e.source().code().code()).contains("SOMREBSHB");
    }

    @Test
    void theStrikesAndTheAssaultReferToWhoeverUsedForceLast() {
        Document d = Parsed.docOf("2024-03-17",
                new String[] {"Militants|militant in Kenya attacked|attack Uganda", "NNS IN NNP VBD NNP",
                    "4:nsubj 3:case 1:nmod 0:root 4:obj"},
                new String[] {"The strikes|strike destroyed|destroy two vehicles|vehicle", "DT NNS VBD CD NNS",
                    "2:det 3:nsubj 0:root 5:nummod 3:obj"},
                new String[] {"Ugandan troops|troop repelled|repel the assault", "JJ NNS VBD DT NN",
                    "2:amod 3:nsubj 0:root 5:det 3:obj"});
        List<Event> events = code(d);
        assertThat(events).extracting(e -> e.source().code().code() + " " + e.code() + " "
                + (e.target() == null ? "-" : e.target().code().code()))
                .containsExactly("KENREB 190 UGA", "KENREB 1712 -", "UGAMIL 190 KENREB");
        Document alone = Parsed.doc("2024-03-17", "The strikes|strike destroyed|destroy two vehicles|vehicle",
                "DT NNS VBD CD NNS", "2:det 3:nsubj 0:root 5:nummod 3:obj");
        assertThat(code(alone)).extracting(e -> e.source().code().code()).containsExactly("---");
    }

    // ---- patterns: appeals, particles, time phrases

    @Test
    void calledOnXToAcceptACeasefireIsAnAppeal() {
        Document d = Parsed.doc("2024-03-17",
                "Ukraine called|call on Russia to accept a ceasefire",
                "NNP VBD IN NNP TO VB DT NN",
                "2:nsubj 0:root 4:case 2:obl 6:mark 2:xcomp 8:det 6:obj");
        assertCodes(d, code(d), "UKR 0256 RUS demanded");
    }

    @Test
    void aPrepositionOffIsNoParticle() {
        Document d = Parsed.doc("2024-03-17",
                "Kenyan troops|troop held|hold joint drills|drill off Mombasa",
                "JJ NNS VBD JJ NNS IN NNP",
                "2:amod 3:nsubj 0:root 5:amod 3:obj 7:case 3:obl");
        assertThat(code(d)).extracting(Event::code).containsExactly("062");
    }

    @Test
    void aDayIsNoTargetPreposition() {
        Document d = Parsed.doc("2024-03-17",
                "Kenyan police|police staged|stage a strike on Tuesday",
                "JJ NN VBD DT NN IN NNP",
                "2:amod 3:nsubj 0:root 5:det 3:obj 7:case 3:obl");
        assertThat(code(d)).extracting(Event::code).containsExactly("143");
    }

    @Test
    void aTitledMentionIsAPersonForHe() {
        Document d = Parsed.docOf("2024-03-17",
                new String[] {"The Kenyan minister arrived|arrive", "DT JJ NN VBD", "3:det 3:amod 4:nsubj 0:root"},
                new String[] {"He will visit Uganda", "PRP MD VB NNP", "3:nsubj 3:aux 0:root 3:obj"});
        List<Event> events = code(d);
        assertThat(events).isNotEmpty();
        Event visit = events.get(events.size() - 1);
        assertThat(visit.source().code().code()).isEqualTo("KENGOV");
        assertThat(visit.source().basis()).isEqualTo("coreference");
    }
}
