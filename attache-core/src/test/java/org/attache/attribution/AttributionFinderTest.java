package org.attache.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.attache.actors.ActorResolver;
import org.attache.coding.ComplementTable;
import org.attache.coding.EventCoder;
import org.attache.coding.Lexicon;
import org.attache.coding.LexiconLoader;
import org.attache.coding.Modality;
import org.attache.coding.Pattern;
import org.attache.grounding.DateResolver;
import org.attache.model.Attribution;
import org.attache.model.Document;
import org.attache.model.Event;
import org.attache.model.Span;
import org.attache.testing.Parsed;
import org.attache.testing.TestCoders;
import org.junit.jupiter.api.Test;

/** One hand-parsed sentence (or a few) per attribution pattern; no NLP models. */
class AttributionFinderTest {
    private static final AttributionFinder FINDER =
            new AttributionFinder(AttributionLexicon.builtIn(), new ActorResolver(TestCoders.smallActors()));
    private static final EventCoder CODER = TestCoders.coder(
            new String[] {"120\treject", "190\tattack", "154\tdeploy", "016\tdeny", "1246\twithdraw"},
            new String[] {"040\ttalk"});

    private static List<Attribution> find(Document d) {
        List<Attribution> found = FINDER.find(d);
        String text = d.article().text();
        for (Attribution a : found) {
            // offsets are into the article text, and every attribution claims something
            for (Span s : a.content()) {
                assertThat(text.substring(s.start(), s.end())).isEqualTo(s.text());
            }
            assertThat(text.substring(a.source().start(), a.source().end())).isEqualTo(a.text());
            assertThat(text.substring(a.cueSpan().start(), a.cueSpan().end())).isEqualToIgnoringCase(a.cue());
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

    private static List<Event> coded(Document d) {
        return AttributionFinder.attach(FINDER.find(d), CODER.code(d));
    }

    private static String linkOf(List<Event> events, String trigger) {
        Event e = events.stream().filter(x -> x.trigger().text().equals(trigger)).findFirst().orElseThrow();
        return e.attribution() == null ? null : e.attribution().text();
    }

    @Test
    void indirectSpeechWithReportingVerb() {
        Attribution a = only(Parsed.doc("2024-03-04",
                "Officials|official said|say the negotiations|negotiation had|have stalled|stall .",
                "NNS VBD DT NNS VBD VBN .",
                "2:nsubj 0:root 4:det 6:nsubj 6:aux 2:ccomp 2:punct"));
        assertThat(a.text()).isEqualTo("Officials");
        assertThat(a.kind()).isEqualTo("official-unnamed");
        assertThat(a.cue()).isEqualTo("said");
        assertThat(content(a)).isEqualTo("the negotiations had stalled");
        assertThat(a.channel()).isNull();
    }

    @Test
    void postposedReportingClauseAttributesTheClauseItInterrupts() {
        Document d = Parsed.doc("2024-03-04",
                "Kenya rejected|reject the demand , officials|official said|say .",
                "NNP VBD DT NN , NNS VBD .",
                "2:nsubj 0:root 4:det 2:obj 2:punct 7:nsubj 2:parataxis 2:punct");
        Attribution a = only(d);
        assertThat(a.text()).isEqualTo("officials");
        assertThat(content(a)).isEqualTo("Kenya rejected the demand");
        List<Event> events = coded(d);
        assertThat(events).hasSize(1);
        assertThat(linkOf(events, "rejected")).isEqualTo("officials");
    }

    @Test
    void toldReutersIsTheChannelAndAKremlinSpokesmanIsTheRussianGovernment() {
        Attribution a = only(Parsed.doc("2024-03-04",
                "A Kremlin spokesman told|tell Reuters that Russia rejected|reject the offer .",
                "DT NNP NN VBD NNP IN NNP VBD DT NN .",
                "3:det 3:compound 4:nsubj 0:root 4:obj 8:mark 8:nsubj 4:ccomp 10:det 8:obj 4:punct"));
        assertThat(a.text()).isEqualTo("A Kremlin spokesman");
        assertThat(a.kind()).isEqualTo("official-unnamed");
        assertThat(a.actor()).isEqualTo("RUSGOV");
        assertThat(a.cue()).isEqualTo("told");
        assertThat(a.channel()).isEqualTo("told Reuters");
        assertThat(content(a)).isEqualTo("that Russia rejected the offer");
    }

    @Test
    void inAStatementIsTheChannel() {
        Attribution a = only(Parsed.doc("2024-03-04",
                "The ministry said|say in a statement that Pakistan rejected|reject the offer .",
                "DT NN VBD IN DT NN IN NNP VBD DT NN .",
                "2:det 3:nsubj 0:root 6:case 6:det 3:obl 9:mark 9:nsubj 3:ccomp 11:det 9:obj 3:punct"));
        assertThat(a.kind()).isEqualTo("organization");
        assertThat(a.channel()).isEqualTo("in a statement");
    }

    @Test
    void onStateTelevisionIsTheChannel() {
        Attribution a = only(Parsed.doc("2024-03-04",
                "A spokesman said|say on state television that Kenya rejected|reject the offer .",
                "DT NN VBD IN NN NN IN NNP VBD DT NN .",
                "2:det 3:nsubj 0:root 6:case 6:compound 3:obl 9:mark 9:nsubj 3:ccomp 11:det 9:obj 3:punct"));
        assertThat(a.channel()).isEqualTo("on state television");
        assertThat(a.kind()).isEqualTo("official-unnamed");
    }

    @Test
    void accordingToADocument() {
        Document d = Parsed.doc("2024-03-04",
                "According|accord to a statement , Pakistan rejected|reject the offer .",
                "VBG TO DT NN , NNP VBD DT NN .",
                "4:case 1:fixed 4:det 7:obl 7:punct 7:nsubj 0:root 9:det 7:obj 7:punct");
        Attribution a = only(d);
        assertThat(a.text()).isEqualTo("a statement");
        assertThat(a.kind()).isEqualTo("document");
        assertThat(a.cue()).isEqualTo("according to");
        assertThat(a.mode()).isEqualTo("according-to");
        assertThat(content(a)).isEqualTo("Pakistan rejected the offer");
        assertThat(linkOf(coded(d), "rejected")).isEqualTo("a statement");
    }

    @Test
    void quotedAsSaying() {
        Attribution a = only(Parsed.doc("2024-03-04",
                "Lavrov|lavrov|PERSON was|be quoted|quote as saying|say that Moscow rejected|reject the offer .",
                "NNP VBD VBN IN VBG IN NNP VBD DT NN .",
                "3:nsubj:pass 3:aux:pass 0:root 5:case 3:obl 8:mark 8:nsubj 5:ccomp 10:det 8:obj 3:punct"));
        assertThat(a.text()).isEqualTo("Lavrov");
        assertThat(a.kind()).isEqualTo("named-person");
        assertThat(a.name()).isEqualTo("Lavrov");
        assertThat(a.cue()).isEqualTo("was quoted as saying");
        assertThat(content(a)).isEqualTo("that Moscow rejected the offer");
    }

    @Test
    void sourcesAreAnonymous() {
        Document d = Parsed.doc("2024-03-04",
                "Sources|source said|say Uganda deployed|deploy troops|troop .",
                "NNS VBD NNP VBD NNS .",
                "2:nsubj 0:root 4:nsubj 2:ccomp 4:obj 2:punct");
        Attribution a = only(d);
        assertThat(a.kind()).isEqualTo("anonymous");
        assertThat(linkOf(coded(d), "deployed")).isEqualTo("Sources");
    }

    @Test
    void aPersonFamiliarWithTheNegotiationsIsAnonymous() {
        Attribution a = only(Parsed.doc("2024-03-04",
                "A person familiar with the negotiations|negotiation said|say Kenya rejected|reject talks|talk .",
                "DT NN JJ IN DT NNS VBD NNP VBD NNS .",
                "2:det 7:nsubj 2:amod 6:case 6:det 3:obl 0:root 9:nsubj 7:ccomp 9:obj 7:punct"));
        assertThat(a.text()).isEqualTo("A person familiar with the negotiations");
        assertThat(a.kind()).isEqualTo("anonymous");
    }

    @Test
    void anonymityGrantedOnTheVerbOrInALaterSentence() {
        Attribution onVerb = only(Parsed.doc("2024-03-04",
                "An official said|say on condition of anonymity that Kenya rejected|reject the offer .",
                "DT NN VBD IN NN IN NN IN NNP VBD DT NN .",
                "2:det 3:nsubj 0:root 5:case 3:obl 7:case 5:nmod 10:mark 10:nsubj 3:ccomp 12:det 10:obj 3:punct"));
        assertThat(onVerb.kind()).isEqualTo("anonymous");
        List<Attribution> later = find(Parsed.docOf("2024-03-04",
                new String[] {"An official said|say Kenya rejected|reject the offer .", "DT NN VBD NNP VBD DT NN .",
                        "2:det 3:nsubj 0:root 5:nsubj 3:ccomp 7:det 5:obj 3:punct"},
                new String[] {"The official spoke|speak on condition of anonymity .", "DT NN VBD IN NN IN NN .",
                        "2:det 3:nsubj 0:root 5:case 3:obl 7:case 5:nmod 3:punct"}));
        assertThat(later).singleElement().extracting(Attribution::kind).isEqualTo("anonymous");
    }

    @Test
    void aGroupTheTaggerTookForAPersonIsAnOrganization() {
        Attribution a = only(Parsed.doc("2024-03-04",
                "Al-Shabaab|al-shabaab|PERSON claimed|claim the attack .",
                "NNP VBD DT NN .",
                "2:nsubj 0:root 4:det 2:obj 2:punct"));
        assertThat(a.kind()).isEqualTo("organization");
        assertThat(a.actor()).isEqualTo("SOMREBSHB");
    }

    @Test
    void aSubjectlessVerbConjoinedAfterTheComplementContinuesTheClaim() {
        Document d = Parsed.doc("2024-03-04",
                "Ruto|ruto|PERSON said|say Kenya wanted|want peace but would|would attack|attack Uganda .",
                "NNP VBD NNP VBD NN CC MD VB NNP .",
                "2:nsubj 0:root 4:nsubj 2:ccomp 4:obj 8:cc 8:aux 2:conj 8:obj 2:punct");
        assertThat(content(only(d))).contains("would attack Uganda");
    }

    @Test
    void citingNestsTheCitedSourceInsideTheReport() {
        Document d = Parsed.doc("2024-03-04",
                "The newspaper reported|report , citing|cite officials|official , that Kenya rejected|reject the offer .",
                "DT NN VBD , VBG NNS , IN NNP VBD DT NN .",
                "2:det 3:nsubj 0:root 3:punct 3:advcl 5:obj 3:punct 10:mark 10:nsubj 3:ccomp 12:det 10:obj 3:punct");
        assertThat(find(d)).extracting(Attribution::text, Attribution::kind)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("The newspaper", "outlet"),
                        org.assertj.core.groups.Tuple.tuple("officials", "official-unnamed"));
        assertThat(linkOf(coded(d), "rejected")).isEqualTo("officials");
    }

    @Test
    void aDenialInARelativeClauseDeniesTheNounItModifies() {
        Document d = Parsed.doc("2024-03-04",
                "Kenya attacked|attack Uganda , a charge Kampala denies|deny .",
                "NNP VBD NNP , DT NN NNP VBZ .",
                "2:nsubj 0:root 2:obj 2:punct 6:det 2:obl:npmod 8:nsubj 6:dep 2:punct");
        assertThat(content(only(d))).isEqualTo("a charge");
        assertThat(linkOf(coded(d), "attacked")).isNull();
    }

    @Test
    void postposedReportingClauseHungOnANoun() {
        Document d = Parsed.doc("2024-03-04",
                "Kenya attacked|attack Uganda , the ministry said|say on Friday .",
                "NNP VBD NNP , DT NN VBD IN NNP .",
                "2:nsubj 0:root 2:obj 7:punct 6:det 7:nsubj 3:acl 9:case 7:obl 2:punct");
        assertThat(linkOf(coded(d), "attacked")).isEqualTo("the ministry");
    }

    @Test
    void emptyDocumentsAndUnbalancedQuotesGiveNothingRatherThanFail() {
        Document empty = new Document(new org.attache.model.Article("e", java.time.LocalDate.of(2024, 3, 4), "", "", "", ""),
                List.of());
        assertThat(FINDER.find(empty)).isEmpty();
        assertThat(find(Parsed.doc("2024-03-04",
                "\" \" said|say \u201D \u201C",
                "`` '' VBD '' ``",
                "3:punct 3:punct 0:root 3:punct 3:punct"))).isEmpty();
    }

    @Test
    void aLaterSurnameIsTheSamePersonWithRoleAndActor() {
        List<Attribution> found = find(Parsed.docOf("2024-03-04",
                new String[] {"Kenyan Foreign Minister Musalia|musalia|PERSON Mudavadi|mudavadi|PERSON said|say Kenya rejected|reject the offer .",
                        "JJ NNP NNP NNP NNP VBD NNP VBD DT NN .",
                        "3:amod 3:compound 5:compound 5:compound 6:nsubj 0:root 8:nsubj 6:ccomp 10:det 8:obj 6:punct"},
                new String[] {"Mudavadi|mudavadi|PERSON said|say Uganda attacked|attack the border .", "NNP VBD NNP VBD DT NN .",
                        "2:nsubj 0:root 4:nsubj 2:ccomp 6:det 4:obj 2:punct"}));
        assertThat(found).hasSize(2);
        assertThat(found.get(1).name()).isEqualTo("Musalia Mudavadi");
        assertThat(found.get(1).role()).isEqualTo("Kenyan Foreign Minister");
        assertThat(found.get(1).actor()).isEqualTo(found.get(0).actor()).isNotNull();
    }

    @Test
    void aPlaceInTheSourcesPhraseDoesNotMakeItAnInstitution() {
        Attribution a = only(Parsed.doc("2024-03-04",
                "A trader in Nairobi said|say Kenya rejected|reject the offer .",
                "DT NN IN NNP VBD NNP VBD DT NN .",
                "2:det 5:nsubj 4:case 2:nmod 0:root 7:nsubj 5:ccomp 9:det 7:obj 5:punct"));
        assertThat(a.kind()).isEqualTo("other");
    }

    @Test
    void oneOfThemIsOneOfTheSourcesJustNamed() {
        List<Attribution> found = find(Parsed.docOf("2024-03-04",
                new String[] {"Two sources|source said|say Kenya rejected|reject the offer .", "CD NNS VBD NNP VBD DT NN .",
                        "2:nummod 3:nsubj 0:root 5:nsubj 3:ccomp 7:det 5:obj 3:punct"},
                new String[] {"One of them said|say Uganda attacked|attack the border .", "CD IN PRP VBD NNP VBD DT NN .",
                        "4:nsubj 3:case 1:nmod 0:root 6:nsubj 4:ccomp 8:det 6:obj 4:punct"}));
        assertThat(found).extracting(Attribution::text, Attribution::kind).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Two sources", "anonymous"),
                org.assertj.core.groups.Tuple.tuple("One of them", "anonymous"));
    }

    @Test
    void coordinatedSourceAfterTheCommaIsReadWhole() {
        Attribution a = only(Parsed.doc("2024-03-04",
                "Kenya attacked|attack Uganda , diplomats|diplomat and aid workers|worker say .",
                "NNP VBD NNP , NNS CC NN NNS VBP .",
                "2:nsubj 0:root 2:obj 3:punct 3:conj 7:cc 3:conj 9:nsubj 2:parataxis 2:punct"));
        assertThat(a.text()).isEqualTo("diplomats and aid workers");
        assertThat(a.kind()).isEqualTo("official-unnamed");
    }

    @Test
    void aParticipleModifyingANounIsNotACue() {
        Attribution a = only(Parsed.doc("2024-03-04",
                "Officials|official briefed|brief on the talks|talk said|say Kenya rejected|reject the offer .",
                "NNS VBN IN DT NNS VBD NNP VBD DT NN .",
                "6:nsubj 1:acl 5:case 5:det 2:obl 0:root 8:nsubj 6:ccomp 10:det 8:obj 6:punct"));
        assertThat(a.cue()).isEqualTo("said");
        assertThat(a.text()).isEqualTo("Officials briefed on the talks");
        assertThat(a.kind()).isEqualTo("anonymous");
    }

    @Test
    void namedPersonWithRole() {
        Attribution a = only(Parsed.doc("2024-03-04",
                "Foreign Minister Sergei|sergei|PERSON Lavrov|lavrov|PERSON said|say Russia rejected|reject the offer .",
                "NNP NNP NNP NNP VBD NNP VBD DT NN .",
                "2:compound 4:compound 4:compound 5:nsubj 0:root 7:nsubj 5:ccomp 9:det 7:obj 5:punct"));
        assertThat(a.kind()).isEqualTo("named-person");
        assertThat(a.name()).isEqualTo("Sergei Lavrov");
        assertThat(a.role()).isEqualTo("Foreign Minister");
    }

    @Test
    void outletReporting() {
        Attribution a = only(Parsed.doc("2024-03-04",
                "State television|television reported|report Kenya rejected|reject the offer .",
                "NN NN VBD NNP VBD DT NN .",
                "2:compound 3:nsubj 0:root 5:nsubj 3:ccomp 7:det 5:obj 3:punct"));
        assertThat(a.kind()).isEqualTo("outlet");
    }

    @Test
    void quoteWithSpeakerAfter() {
        Document d = Parsed.doc("2024-03-04",
                "\" Kenya rejected|reject the offer , \" Ruto|ruto|PERSON said|say .",
                "`` NNP VBD DT NN , '' NNP VBD .",
                "3:punct 3:nsubj 9:ccomp 5:det 3:obj 9:punct 9:punct 9:nsubj 0:root 9:punct");
        Attribution a = only(d);
        assertThat(a.text()).isEqualTo("Ruto");
        assertThat(a.mode()).isEqualTo("quote");
        assertThat(content(a)).contains("Kenya rejected the offer ,");
        assertThat(linkOf(coded(d), "rejected")).isEqualTo("Ruto");
    }

    @Test
    void quoteWithSpeakerBeforeAndColon() {
        Document d = Parsed.doc("2024-03-04",
                "Ruto|ruto|PERSON said|say : \" Kenya rejected|reject the offer . \"",
                "NNP VBD : `` NNP VBD DT NN . ''",
                "2:nsubj 0:root 2:punct 6:punct 6:nsubj 2:parataxis 8:det 6:obj 6:punct 6:punct");
        Attribution a = only(d);
        assertThat(a.mode()).isEqualTo("quote");
        assertThat(linkOf(coded(d), "rejected")).isEqualTo("Ruto");
    }

    @Test
    void speakerInsideTheQuoteOwnsBothParts() {
        Document d = Parsed.doc("2024-03-04",
                "\" We rejected|reject it , \" Ruto|ruto|PERSON said|say , \" and Kenya will|will attack|attack Uganda . \"",
                "`` PRP VBD PRP , '' NNP VBD , `` CC NNP MD VB NNP . ''",
                "3:punct 3:nsubj 8:ccomp 3:obj 8:punct 8:punct 8:nsubj 0:root 8:punct 14:punct 14:cc 14:nsubj 14:aux "
                        + "8:parataxis 14:obj 14:punct 14:punct");
        Attribution a = only(d);
        assertThat(a.content().stream().map(Span::text)).anyMatch(t -> t.contains("We rejected it"))
                .anyMatch(t -> t.contains("Kenya will attack Uganda"));
        assertThat(linkOf(coded(d), "attack")).isEqualTo("Ruto");
    }

    @Test
    void curlyQuoteContinuedInTheNextParagraphKeepsItsSpeaker() {
        Document d = Parsed.docOf("2024-03-04",
                new String[] {"Ruto|ruto|PERSON said|say : \u201C Kenya will|will not withdraw .",
                        "NNP VBD : `` NNP MD RB VB .",
                        "2:nsubj 0:root 2:punct 8:punct 8:nsubj 8:aux 8:advmod 2:parataxis 8:punct"},
                new String[] {"\u201C Uganda attacked|attack our border . \u201D",
                        "`` NNP VBD PRP$ NN . ''",
                        "3:punct 3:nsubj 0:root 5:nmod:poss 3:obj 3:punct 3:punct", Parsed.PARAGRAPH});
        Attribution a = only(d);
        assertThat(a.content()).hasSizeGreaterThanOrEqualTo(2);
        assertThat(linkOf(coded(d), "attacked")).isEqualTo("Ruto");
    }

    @Test
    void aQuoteStandingAloneTakesTheSpeakerOfTheSentenceJustBefore() {
        String[] quote = {"\" Uganda attacked|attack our border . \"", "`` NNP VBD PRP$ NN . ''",
                "3:punct 3:nsubj 0:root 5:nmod:poss 3:obj 3:punct 3:punct"};
        Document said = Parsed.docOf("2024-03-04",
                new String[] {"Ruto|ruto|PERSON said|say Kenya would|would respond .", "NNP VBD NNP MD VB .",
                        "2:nsubj 0:root 5:nsubj 5:aux 2:ccomp 2:punct"}, quote);
        assertThat(linkOf(coded(said), "attacked")).isEqualTo("Ruto");
        Document arrived = Parsed.docOf("2024-03-04",
                new String[] {"Ruto|ruto|PERSON arrived|arrive on Monday .", "NNP VBD IN NNP .",
                        "2:nsubj 0:root 4:case 2:obl 2:punct"}, quote);
        assertThat(linkOf(coded(arrived), "attacked")).isNull();
        Document report = Parsed.docOf("2024-03-04",
                new String[] {"A report said|say Kenya would|would respond .", "DT NN VBD NNP MD VB .",
                        "2:det 3:nsubj 0:root 6:nsubj 6:aux 3:ccomp 3:punct"}, quote);
        assertThat(linkOf(coded(report), "attacked")).as("a document is not a quote's speaker").isNull();
    }

    @Test
    void scareQuotesAreNotQuotations() {
        assertThat(find(Parsed.doc("2024-03-04",
                "Kenya called|call the offer \" a trick \" .",
                "NNP VBD DT NN `` DT NN '' .",
                "2:nsubj 0:root 4:det 2:obj 7:punct 7:det 2:xcomp 7:punct 2:punct"))).isEmpty();
    }

    @Test
    void countedSentencesAfterAColonInheritButTheNextParagraphDoesNot() {
        Document d = Parsed.docOf("2024-03-04",
                new String[] {"Officials|official said|say the plan had|have two parts|part :", "NNS VBD DT NN VBD CD NNS :",
                        "2:nsubj 0:root 4:det 5:nsubj 2:ccomp 7:nummod 5:obj 2:punct"},
                new String[] {"First , Kenya would|would withdraw .", "RB , NNP MD VB .",
                        "5:advmod 5:punct 5:nsubj 5:aux 0:root 5:punct", Parsed.PARAGRAPH},
                new String[] {"Second , Uganda would|would attack|attack Kenya .", "RB , NNP MD VB NNP .",
                        "5:advmod 5:punct 5:nsubj 5:aux 0:root 5:obj 5:punct"},
                new String[] {"Kenya rejected|reject the offer .", "NNP VBD DT NN .",
                        "2:nsubj 0:root 4:det 2:obj 2:punct", Parsed.PARAGRAPH});
        List<Event> events = coded(d);
        assertThat(linkOf(events, "attack")).isEqualTo("Officials");
        assertThat(linkOf(events, "rejected")).isNull();
    }

    @Test
    void withoutColonOrCountingTheNextSentenceIsTheOutletsOwn() {
        Document d = Parsed.docOf("2024-03-04",
                new String[] {"Officials|official said|say the talks|talk stalled|stall .", "NNS VBD DT NNS VBD .",
                        "2:nsubj 0:root 4:det 5:nsubj 2:ccomp 2:punct"},
                new String[] {"Kenya attacked|attack Uganda .", "NNP VBD NNP .", "2:nsubj 0:root 2:obj 2:punct"});
        assertThat(linkOf(coded(d), "attacked")).isNull();
    }

    @Test
    void pronounTakesItsAntecedentsKindAndName() {
        Document d = Parsed.docOf("2024-03-04",
                new String[] {"Ruto|ruto|PERSON said|say Kenya would|would respond .", "NNP VBD NNP MD VB .",
                        "2:nsubj 0:root 5:nsubj 5:aux 2:ccomp 2:punct"},
                new String[] {"He|he said|say Uganda attacked|attack the border .", "PRP VBD NNP VBD DT NN .",
                        "2:nsubj 0:root 4:nsubj 2:ccomp 6:det 4:obj 2:punct"});
        List<Attribution> found = find(d);
        assertThat(found).hasSize(2);
        Attribution he = found.get(1);
        assertThat(he.text()).isEqualTo("He");
        assertThat(he.kind()).isEqualTo("named-person");
        assertThat(he.name()).isEqualTo("Ruto");
    }

    @Test
    void nestedAttributionGivesTheInnermostSource() {
        Document d = Parsed.doc("2024-03-04",
                "Officials|official said|say Ruto|ruto|PERSON told|tell them Kenya rejected|reject the offer .",
                "NNS VBD NNP VBD PRP NNP VBD DT NN .",
                "2:nsubj 0:root 4:nsubj 2:ccomp 4:obj 7:nsubj 4:ccomp 9:det 7:obj 2:punct");
        assertThat(find(d)).extracting(Attribution::text).containsExactly("Officials", "Ruto");
        assertThat(linkOf(coded(d), "rejected")).isEqualTo("Ruto");
    }

    @Test
    void aDenialIsItsOwnSourcesStatement() {
        Document d = Parsed.doc("2024-03-04",
                "Uganda denied|deny the accusation .",
                "NNP VBD DT NN .",
                "2:nsubj 0:root 4:det 2:obj 2:punct");
        Attribution a = only(d);
        assertThat(a.kind()).isEqualTo("organization");
        assertThat(a.cue()).isEqualTo("denied");
        assertThat(linkOf(coded(d), "denied")).isEqualTo("Uganda");
    }

    @Test
    void theCodersLexiconHasNoBarePatternForAReportingVerb() {
        Lexicon verbs = LexiconLoader.builtInVerbs(TestCoders.ONTOLOGY);
        for (String lemma : new String[] {"say", "tell", "add", "state", "report", "claim", "note", "quote"}) {
            for (Pattern p : verbs.forHead(lemma)) {
                assertThat(p.slots()).as("a bare pattern makes '" + lemma + "' an event by itself").isNotEmpty();
            }
        }
    }

    @Test
    void reportingIsNotAnEventByItself() {
        Document d = Parsed.doc("2024-03-04",
                "Officials|official said|say Kenya rejected|reject the demand .",
                "NNS VBD NNP VBD DT NN .",
                "2:nsubj 0:root 4:nsubj 2:ccomp 6:det 4:obj 2:punct");
        EventCoder builtIn = new EventCoder(TestCoders.ONTOLOGY, LexiconLoader.builtInVerbs(TestCoders.ONTOLOGY),
                LexiconLoader.builtInNouns(TestCoders.ONTOLOGY), ComplementTable.builtIn(TestCoders.ONTOLOGY),
                Modality.builtIn(), new ActorResolver(TestCoders.smallActors()), new DateResolver());
        List<Event> events = AttributionFinder.attach(FINDER.find(d), builtIn.code(d));
        assertThat(events).extracting(e -> e.trigger().text()).containsExactly("rejected");
        assertThat(events.get(0).attribution().text()).isEqualTo("Officials");
    }
}
