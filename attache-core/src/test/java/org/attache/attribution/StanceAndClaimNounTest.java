package org.attache.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.attache.actors.ActorResolver;
import org.attache.coding.EventCoder;
import org.attache.model.Attribution;
import org.attache.model.Document;
import org.attache.model.Event;
import org.attache.model.Span;
import org.attache.testing.Parsed;
import org.attache.testing.TestCoders;
import org.junit.jupiter.api.Test;

/** Verbs of stance ({@link StanceVerbCue}) and claim nouns ({@link ClaimNounCue}), one hand-parsed sentence each; no NLP models. */
class StanceAndClaimNounTest {
    private static final AttributionFinder FINDER =
            new AttributionFinder(AttributionLexicon.builtIn(), new ActorResolver(TestCoders.smallActors()));
    private static final EventCoder CODER = TestCoders.coder(
            new String[] {"190\tattack", "154\tdeploy", "112\taccuse", "120\treject"},
            new String[] {"138\tthreat"});

    private static List<Attribution> find(Document d) {
        List<Attribution> found = FINDER.find(d);
        String text = d.article().text();
        for (Attribution a : found) {
            for (Span s : a.content()) {
                assertThat(text.substring(s.start(), s.end())).isEqualTo(s.text());
            }
            assertThat(text.substring(a.source().start(), a.source().end())).isEqualTo(a.text());
            assertThat(text.substring(a.cueSpan().start(), a.cueSpan().end())).isEqualTo(a.cue());
            assertThat(a.content()).isNotEmpty();
        }
        return found;
    }

    private static Attribution only(Document d) {
        List<Attribution> found = find(d);
        assertThat(found).hasSize(1);
        return found.get(0);
    }

    private static String content(Attribution a) {
        return String.join(" / ", a.content().stream().map(Span::text).toList());
    }

    private static Event event(Document d, String trigger) {
        return AttributionFinder.attach(FINDER.find(d), CODER.code(d)).stream()
                .filter(e -> e.trigger().text().equals(trigger)).findFirst().orElseThrow();
    }

    // ---- verbs of stance ----

    @Test
    void vowedToIsAStanceWithTheInfinitiveAsContent() {
        Attribution a = only(Parsed.doc("2024-03-04",
                "Pakistan vowed|vow to retaliate|retaliate .",
                "NNP VBD TO VB .",
                "2:nsubj 0:root 4:mark 2:xcomp 2:punct"));
        assertThat(a.text()).isEqualTo("Pakistan");
        assertThat(a.kind()).isEqualTo("organization");
        assertThat(a.actor()).isEqualTo("PAK");
        assertThat(a.cue()).isEqualTo("vowed");
        assertThat(a.mode()).isEqualTo("stance");
        assertThat(content(a)).isEqualTo("to retaliate");
    }

    @Test
    void accusedClaimsTheObjectAndTheOfClauseAndTheAccusationItselfIsTheOutletsAccount() {
        Document d = Parsed.doc("2024-03-04",
                "Kenya accused|accuse Uganda of attacking|attack the border post .",
                "NNP VBD NNP IN VBG DT NN NN .",
                "2:nsubj 0:root 2:obj 5:mark 2:advcl 8:det 8:compound 5:obj 2:punct");
        Attribution a = only(d);
        assertThat(a.text()).isEqualTo("Kenya");
        assertThat(a.cue()).isEqualTo("accused");
        assertThat(content(a)).isEqualTo("Uganda of attacking the border post");
        assertThat(event(d, "accused").attribution()).as("the accusation is reported as a fact").isNull();
    }

    @Test
    void anEventInsideTheStanceRestsOnItsSource() {
        Document d = Parsed.doc("2024-03-04",
                "Uganda vowed|vow to attack|attack Kenya .",
                "NNP VBD TO VB NNP .",
                "2:nsubj 0:root 4:mark 2:xcomp 4:obj 2:punct");
        assertThat(only(d).mode()).isEqualTo("stance");
        assertThat(event(d, "attack").attribution().text()).isEqualTo("Uganda");
    }

    @Test
    void warnedOfAndWarnedAgainstWhereverTheParserHangsThePhrase() {
        Attribution of = only(Parsed.doc("2024-03-04",
                "The agency warned|warn of a crisis .",
                "DT NN VBD IN DT NN .",
                "2:det 3:nsubj 0:root 6:case 6:det 3:obl 3:punct"));
        assertThat(of.text()).isEqualTo("The agency");
        assertThat(of.kind()).isEqualTo("organization");
        assertThat(content(of)).isEqualTo("of a crisis");
        Attribution onVerb = only(Parsed.doc("2024-03-04",
                "Kenya warned|warn Uganda against deploying|deploy troops|troop .",
                "NNP VBD NNP IN VBG NNS .",
                "2:nsubj 0:root 2:obj 5:mark 2:advcl 5:obj 2:punct"));
        assertThat(content(onVerb)).as("the addressee is not the claim").isEqualTo("against deploying troops");
        Attribution onObject = only(Parsed.doc("2024-03-04",
                "Kenya warned|warn Uganda against deploying|deploy troops|troop .",
                "NNP VBD NNP IN VBG NNS .",
                "2:nsubj 0:root 2:obj 5:mark 3:acl 5:obj 2:punct"));
        assertThat(content(onObject)).isEqualTo("against deploying troops");
    }

    @Test
    void warnedThatStaysAReportingVerb() {
        Attribution a = only(Parsed.doc("2024-03-04",
                "Kenya warned|warn that Uganda would|will deploy|deploy troops|troop .",
                "NNP VBD IN NNP MD VB NNS .",
                "2:nsubj 0:root 6:mark 6:nsubj 6:aux 2:ccomp 6:obj 2:punct"));
        assertThat(a.mode()).isEqualTo("reported");
        assertThat(content(a)).isEqualTo("that Uganda would deploy troops");
    }

    @Test
    void aStanceVerbInAConjunctTakesTheFirstVerbsSubject() {
        List<Attribution> found = find(Parsed.doc("2024-03-04",
                "Kenya rejected|reject the offer and blamed|blame Uganda for the attack .",
                "NNP VBD DT NN CC VBD NNP IN DT NN .",
                "2:nsubj 0:root 4:det 2:obj 6:cc 2:conj 6:obj 10:case 10:det 6:obl 2:punct"));
        assertThat(found).singleElement().satisfies(a -> {
            assertThat(a.text()).isEqualTo("Kenya");
            assertThat(a.cue()).isEqualTo("blamed");
            assertThat(content(a)).isEqualTo("Uganda for the attack");
        });
    }

    @Test
    void aBareObjectAThingAndAPassiveWithoutAgentAreNoStance() {
        assertThat(find(Parsed.doc("2024-03-04",
                "The strike threatened|threaten tea exports|export .",
                "DT NN VBD NN NNS .",
                "2:det 3:nsubj 0:root 5:compound 3:obj 3:punct"))).isEmpty();
        assertThat(find(Parsed.doc("2024-03-04",
                "The fighting|fighting threatened|threaten to derail|derail the talks|talk .",
                "DT NN VBD TO VB DT NNS .",
                "2:det 3:nsubj 0:root 5:mark 3:xcomp 7:det 5:obj 3:punct"))).isEmpty();
        assertThat(find(Parsed.doc("2024-03-04",
                "The diplomats|diplomat were|be accused|accuse of spying|spy .",
                "DT NNS VBD VBN IN VBG .",
                "2:det 4:nsubj:pass 4:aux:pass 0:root 6:mark 4:advcl 4:punct"))).isEmpty();
    }

    @Test
    void theInfinitiveHungAsAnAdverbialClauseIsTheContent() {
        Attribution a = only(Parsed.doc("2024-03-04",
                "Kenya met|meet the families , as its government vowed|vow to repatriate|repatriate them .",
                "NNP VBD DT NNS , IN PRP$ NN VBD TO VB PRP .",
                "2:nsubj 0:root 4:det 2:obj 2:punct 9:mark 8:nmod:poss 9:nsubj 2:advcl 11:mark 9:advcl 11:obj 2:punct"));
        assertThat(a.text()).isEqualTo("its government");
        assertThat(a.kind()).isEqualTo("organization");
        assertThat(content(a)).isEqualTo("to repatriate them");
    }

    @Test
    void aRelativeClauseOrAParticipleTakesTheNounItModifiesAsSource() {
        Attribution who = only(Parsed.doc("2024-03-04",
                "President Ruto|ruto|PERSON , who vowed|vow to cut|cut taxes|tax , won|win .",
                "NNP NNP , WP VBD TO VB NNS , VBD .",
                "2:compound 10:nsubj 2:punct 5:nsubj 2:acl:relcl 7:mark 5:xcomp 7:obj 2:punct 0:root 10:punct"));
        assertThat(who.text()).isEqualTo("President Ruto");
        assertThat(who.kind()).isEqualTo("named-person");
        assertThat(content(who)).isEqualTo("to cut taxes");
        Attribution report = only(Parsed.doc("2024-03-04",
                "Amnesty published|publish a report accusing|accuse the army of failing|fail .",
                "NNP VBD DT NN VBG DT NN IN VBG .",
                "2:nsubj 0:root 4:det 2:obj 4:acl 7:det 5:obj 9:mark 5:advcl 2:punct"));
        assertThat(report.text()).isEqualTo("a report");
        assertThat(report.kind()).isEqualTo("document");
        assertThat(content(report)).isEqualTo("the army of failing");
        assertThat(find(Parsed.doc("2024-03-04",
                "Chaos in Kabul threatening|threaten to derail|derail the deal grew|grow .",
                "NN IN NNP VBG TO VB DT NN VBD .",
                "9:nsubj 3:case 1:nmod 1:acl 6:mark 4:xcomp 8:det 6:obj 0:root 9:punct")))
                .as("a thing cannot hold a view").isEmpty();
    }

    @Test
    void blamedOnTheAttackersInARelativeClause() {
        Attribution a = only(Parsed.doc("2024-03-04",
                "Gunmen|gunman burned|burn a school in an attack officials|official blamed|blame on militants|militant .",
                "NNS VBD DT NN IN DT NN NNS VBD IN NNS .",
                "2:nsubj 0:root 4:det 2:obj 7:case 7:det 2:obl 9:nsubj 7:acl:relcl 11:case 9:obl 2:punct"));
        assertThat(a.text()).isEqualTo("officials");
        assertThat(a.cue()).isEqualTo("blamed");
        assertThat(content(a)).isEqualTo("on militants");
    }

    @Test
    void theSourceSpanLeavesOutTimesPrepositionsAndAnUnclosedBracket() {
        Attribution time = only(Parsed.doc("2024-03-04",
                "The army on Wednesday|wednesday|DATE threatened|threaten to shell|shell Kenya .",
                "DT NN IN NNP VBD TO VB NNP .",
                "2:det 5:nsubj 4:case 2:nmod 0:root 7:mark 5:xcomp 7:obj 5:punct"));
        assertThat(time.text()).isEqualTo("The army");
        Attribution bracket = only(Parsed.doc("2024-03-04",
                "Amnesty|amnesty|ORGANIZATION International|international|ORGANIZATION ( AI ) accused|accuse Kenya of torture .",
                "NNP NNP -LRB- NNP -RRB- VBD NNP IN NN .",
                "2:compound 6:nsubj 4:punct 2:appos 4:punct 0:root 6:obj 9:case 6:obl 6:punct"));
        assertThat(bracket.text()).isEqualTo("Amnesty International");
        Attribution to = only(Parsed.doc("2024-03-04",
                "Kenya sent|send a message to President Ruto|ruto|PERSON , who vowed|vow to cut|cut taxes|tax .",
                "NNP VBD DT NN TO NNP NNP , WP VBD TO VB NNS .",
                "2:nsubj 0:root 4:det 2:obj 7:case 7:compound 2:obl 7:punct 10:nsubj 7:acl:relcl 12:mark 10:xcomp 12:obj 2:punct"));
        assertThat(to.text()).isEqualTo("President Ruto");
        assertThat(content(to)).isEqualTo("to cut taxes");
    }

    // ---- claim nouns ----

    @Test
    void aPossessorsThreatIsAClaimNoun() {
        Document d = Parsed.doc("2024-03-04",
                "Pakistan 's threat to attack|attack Kenya drew|draw criticism .",
                "NNP POS NN TO VB NNP VBD NN .",
                "3:nmod:poss 1:case 7:nsubj 5:mark 3:acl 5:obj 0:root 7:obj 7:punct");
        Attribution a = only(d);
        assertThat(a.text()).as("the possessor without 's").isEqualTo("Pakistan");
        assertThat(a.actor()).isEqualTo("PAK");
        assertThat(a.cue()).isEqualTo("threat");
        assertThat(a.mode()).isEqualTo("noun");
        assertThat(content(a)).isEqualTo("to attack Kenya");
        assertThat(event(d, "attack").attribution().text()).isEqualTo("Pakistan");
    }

    @Test
    void theMinistrysClaimThatAndAnAllegationByTheOpposition() {
        Attribution claim = only(Parsed.doc("2024-03-04",
                "The ministry 's claim that Kenya deployed|deploy troops|troop was|be rejected|reject .",
                "DT NN POS NN IN NNP VBD NNS VBD VBN .",
                "2:det 4:nmod:poss 2:case 10:nsubj:pass 7:mark 7:nsubj 4:acl 7:obj 10:aux:pass 0:root 10:punct"));
        assertThat(claim.text()).isEqualTo("The ministry");
        assertThat(claim.kind()).isEqualTo("organization");
        assertThat(content(claim)).isEqualTo("that Kenya deployed troops");
        Attribution allegation = only(Parsed.doc("2024-03-04",
                "An allegation by the opposition that the vote was|be rigged|rig was|be dismissed|dismiss .",
                "DT NN IN DT NN IN DT NN VBD VBN VBD VBN .",
                "2:det 12:nsubj:pass 5:case 5:det 2:nmod 10:mark 8:det 10:nsubj:pass 10:aux:pass 2:acl 12:aux:pass 0:root 12:punct"));
        assertThat(allegation.text()).isEqualTo("the opposition");
        assertThat(allegation.cue()).isEqualTo("allegation");
        assertThat(content(allegation)).isEqualTo("that the vote was rigged");
    }

    @Test
    void aDenialOfAndAPossessivePronounTakingItsAntecedent() {
        List<Attribution> found = find(Parsed.docOf("2024-03-04",
                new String[] {"President William|william|PERSON Ruto|ruto|PERSON said|say Kenya rejected|reject the offer .",
                        "NNP NNP NNP VBD NNP VBD DT NN .",
                        "3:compound 3:compound 4:nsubj 0:root 6:nsubj 4:ccomp 8:det 6:obj 4:punct"},
                new String[] {"His denial of any role did|do not convince|convince Uganda .",
                        "PRP$ NN IN DT NN VBD RB VB NNP .",
                        "2:nmod:poss 8:nsubj 5:case 5:det 2:nmod 8:aux 8:advmod 0:root 8:obj 8:punct"}));
        assertThat(found).hasSize(2);
        Attribution denial = found.get(1);
        assertThat(denial.text()).isEqualTo("His");
        assertThat(denial.cue()).isEqualTo("denial");
        assertThat(denial.kind()).isEqualTo("named-person");
        assertThat(denial.name()).isEqualTo("William Ruto");
        assertThat(content(denial)).isEqualTo("of any role");
    }

    @Test
    void theParserMadeTheInfinitiveTheHeadOfTheSentence() {
        // as CoreNLP parses it: "threat" the subject of "sue", "drew" a ccomp of "sue"
        Attribution a = only(Parsed.doc("2024-03-04",
                "President Donald|donald|PERSON Trump|trump|PERSON 's threat to sue|sue the newspaper drew|draw criticism .",
                "NNP NNP NNP POS NN TO VB DT NN VBD NN .",
                "3:compound 3:compound 5:nmod:poss 3:case 7:nsubj 7:mark 0:root 9:det 10:nsubj 7:ccomp 10:obj 7:punct"));
        assertThat(a.text()).isEqualTo("President Donald Trump");
        assertThat(a.kind()).isEqualTo("named-person");
        assertThat(a.cue()).isEqualTo("threat");
        assertThat(content(a)).isEqualTo("to sue the newspaper");
    }

    @Test
    void theParserHungTheClauseOnTheClaimant() {
        Attribution a = only(Parsed.doc("2024-03-04",
                "An allegation by the opposition that the vote was|be rigged|rig was|be dismissed|dismiss .",
                "DT NN IN DT NN IN DT NN VBD VBN VBD VBN .",
                "2:det 12:nsubj:pass 5:case 5:det 2:nmod 10:mark 8:det 10:nsubj:pass 10:aux:pass 5:ccomp 12:aux:pass 0:root 12:punct"));
        assertThat(a.text()).isEqualTo("the opposition");
        assertThat(content(a)).isEqualTo("that the vote was rigged");
    }

    @Test
    void aLightVerbsSubjectClaimsTheNounItCarries() {
        Attribution a = only(Parsed.doc("2024-03-04",
                "Kenya issued|issue a warning that it would|will not tolerate|tolerate a coup .",
                "NNP VBD DT NN IN PRP MD RB VB DT NN .",
                "2:nsubj 0:root 4:det 2:obj 9:mark 9:nsubj 9:aux 9:advmod 4:acl 11:det 9:obj 2:punct"));
        assertThat(a.text()).isEqualTo("Kenya");
        assertThat(a.cue()).isEqualTo("warning");
        assertThat(a.mode()).isEqualTo("noun");
        assertThat(content(a)).isEqualTo("that it would not tolerate a coup");
        assertThat(find(Parsed.doc("2024-03-04",
                "Kenya rejected|reject a warning that it would|will not tolerate|tolerate a coup .",
                "NNP VBD DT NN IN PRP MD RB VB DT NN .",
                "2:nsubj 0:root 4:det 2:obj 9:mark 9:nsubj 9:aux 9:advmod 4:acl 11:det 9:obj 2:punct")))
                .as("who rejects a warning did not give it").isEmpty();
    }

    @Test
    void aVerblessContentClause() {
        Attribution a = only(Parsed.doc("2024-03-04",
                "Kenya rejected|reject accusations|accusation by Uganda that its army is|be guilty .",
                "NNP VBD NNS IN NNP IN PRP$ NN VBZ JJ .",
                "2:nsubj 0:root 2:obj 5:case 3:nmod 10:mark 8:nmod:poss 10:nsubj 10:cop 3:ccomp 2:punct"));
        assertThat(a.text()).isEqualTo("Uganda");
        assertThat(a.cue()).isEqualTo("accusations");
        assertThat(content(a)).isEqualTo("that its army is guilty");
    }

    @Test
    void noClaimantOrARelativeClauseIsNoClaimNoun() {
        assertThat(find(Parsed.doc("2024-03-04",
                "The threat of violence kept|keep shops|shop closed|close .",
                "DT NN IN NN VBD NNS VBN .",
                "2:det 5:nsubj 4:case 2:nmod 0:root 5:obj 5:xcomp 5:punct"))).isEmpty();
        List<Attribution> relative = find(Parsed.doc("2024-03-04",
                "Kenya 's claim that Uganda rejects|reject angered|anger Nairobi .",
                "NNP POS NN WDT NNP VBZ VBD NNP .",
                "3:nmod:poss 1:case 7:nsubj 6:obj 6:nsubj 3:acl:relcl 0:root 7:obj 7:punct"));
        assertThat(relative).noneMatch(a -> a.mode().equals("noun"));
    }
}
