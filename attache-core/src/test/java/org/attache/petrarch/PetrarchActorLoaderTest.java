package org.attache.petrarch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.attache.actors.ActorDictionary;
import org.attache.actors.ActorEntry;
import org.attache.actors.ActorEntry.Kind;
import org.attache.actors.ActorResolver;
import org.attache.model.Actor;
import org.attache.model.Document;
import org.attache.testing.Parsed;
import org.attache.util.DataFileException;
import org.attache.util.DataProblem;
import org.junit.jupiter.api.Test;

class PetrarchActorLoaderTest {

    private static ActorDictionary world(ProblemLog log) {
        ActorDictionary.Builder b = new ActorDictionary.Builder();
        new PetrarchActorLoader(b, log).load(Fixtures.file("fictional.actors.txt"));
        new PetrarchAgentLoader(b, log).load(Fixtures.file("fictional.agents.txt"));
        return b.build();
    }

    private static String codeOf(ActorDictionary dict, String date, String words, String tags, String deps, int head) {
        Document d = Parsed.doc(date, words, tags, deps);
        ActorResolver r = new ActorResolver(dict);
        Actor a = r.actorAt(r.match(d.sentences().get(0), LocalDate.parse(date)), d.article().text(), head);
        return a == null ? null : a.code().code();
    }

    @Test
    void entriesSynonymsAndKinds() {
        ProblemLog log = new ProblemLog(false);
        ActorDictionary dict = world(log);
        assertThat(log.problems()).isEmpty();
        assertThat(dict.lookup(List.of("freedonian"))).extracting(ActorEntry::kind, ActorEntry::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Kind.COUNTRY, "FRD"));
        assertThat(dict.lookup(List.of("marsovia", "league"))).extracting(ActorEntry::kind, ActorEntry::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Kind.ORGANIZATION, "IGOMRV"));
        // indented restrictions first, the inline code (here the same as an indented one) after them;
        // all rows of a dated actor are PERSON rows
        assertThat(dict.lookup(List.of("rufus", "firefly"))).extracting(ActorEntry::code)
                .containsExactly("FRDELI", "FRDGOV", "FRDOPP", "FRDELI");
        assertThat(dict.lookup(List.of("vera", "marcal"))).extracting(ActorEntry::code).containsExactly("SYLGOV", "SYLOPP");
        assertThat(dict.lookup(List.of("firefly"))).allSatisfy(e -> assertThat(e.kind()).isEqualTo(Kind.PERSON));
        ActorEntry opp = dict.lookup(List.of("firefly")).get(2);
        assertThat(opp.from()).isEqualTo(LocalDate.of(1934, 1, 1));
        assertThat(opp.to()).isNull();
    }

    @Test
    void theFirstRestrictionValidOnTheArticleDateWins() {
        ActorDictionary dict = world(new ProblemLog(false));
        String w = "Rufus Firefly";
        String t = "NNP NNP";
        String d = "2:compound 0:root";
        assertThat(codeOf(dict, "1932-06-01", w, t, d, 1)).isEqualTo("FRDELI");   // <330101
        assertThat(codeOf(dict, "1933-06-01", w, t, d, 1)).isEqualTo("FRDGOV");   // 330101-331231
        // PETRARCH reads the limits as "or equal to": the last day of a range and the day of '>' hold
        assertThat(codeOf(dict, "1933-12-31", w, t, d, 1)).isEqualTo("FRDGOV");
        assertThat(codeOf(dict, "1934-01-01", w, t, d, 1)).isEqualTo("FRDOPP");
        assertThat(codeOf(dict, "1936-02-02", w, t, d, 1)).isEqualTo("FRDOPP");   // >340101
        // an undated inline code does not override the dated line, and is the default outside it
        assertThat(codeOf(dict, "2001-01-01", "Vera Marcal", t, d, 1)).isEqualTo("SYLGOV");
        assertThat(codeOf(dict, "2010-01-01", "Vera Marcal", t, d, 1)).isEqualTo("SYLOPP");
    }

    @Test
    void agentsComposeWithCountriesAndExpandSubstitutionsAndPlurals() {
        ActorDictionary dict = world(new ProblemLog(false));
        assertThat(codeOf(dict, "2024-01-01", "Freedonian soldiers|soldier", "JJ NNS", "2:amod 0:root", 1)).isEqualTo("FRDMIL");
        assertThat(codeOf(dict, "2024-01-01", "Sylvanian police", "JJ NNS", "2:amod 0:root", 1)).isEqualTo("SYLCOP");
        assertThat(dict.lookup(List.of("spokeswoman"))).extracting(ActorEntry::sectors).containsExactly(List.of("GOV"));
        assertThat(dict.lookup(List.of("spokespersons"))).isNotEmpty();
        assertThat(dict.lookup(List.of("parties"))).isNotEmpty();          // y -> ies
        assertThat(dict.lookup(List.of("polices"))).isEmpty();              // trailing '_': no plural
        assertThat(dict.lookup(List.of("attorneys", "general"))).extracting(ActorEntry::sectors)
                .containsExactly(List.of("GOV", "ATG"));
        assertThat(dict.lookup(List.of("attorney", "generals"))).isEmpty(); // explicit plural only
        assertThat(dict.lookup(List.of("peacekeeper"))).extracting(ActorEntry::agentKind).containsExactly("prepend");
    }

    @Test
    void malformedActorAndAgentLinesNameFileAndLine() {
        ProblemLog log = new ProblemLog(false);
        ActorDictionary.Builder b = new ActorDictionary.Builder();
        new PetrarchActorLoader(b, log).load(Fixtures.inline("bad.actors",
                "+ORPHAN_SYNONYM",                 // 1: nothing to attach it to
                "GOOD_ONE [GDO]",                  // 2
                "    [GDOGOV 19991301-20000101]",  // 3: month 13: the code is kept without the dates
                "NO_CODE",                         // 4: shares the codes of the run that follows
                "TWO WORDS [TWO]",                 // 5: spaces in a name, as PETRARCH reads them
                "BAD_CODE [g!]",                   // 6: kept as written, with a warning
                "SECOND_GOOD [SGD >200101]",       // 7
                "LAST_ONE"));                      // 8: never gets a code: a warning
        new PetrarchAgentLoader(b, log).load(Fixtures.inline("bad.agents",
                "SAILOR [~NAV]",                   // 1
                "PIRATE [NAV]",                    // 2: neither ~X nor X~
                "!CREW!_MEMBER [~NAV]",            // 3: undefined substitution
                "DECKHAND",                        // 4: no code (PETRARCH skips it too)
                "CHIEF EXECUTIVE [~BUS]",          // 5: spaces in a name
                "DEPT_OF_ENV [~ENV}"));            // 6: '}' for ']': read as PETRARCH reads it, with a warning
        assertThat(log.problems()).extracting(DataProblem::toString).satisfiesExactly(
                p -> assertThat(p).startsWith("bad.actors:1: synonym before any actor entry"),
                p -> assertThat(p).startsWith("bad.actors:3: bad date restriction '19991301-20000101'"),
                p -> assertThat(p).startsWith("bad.agents:2: agent code must be"),
                p -> assertThat(p).startsWith("bad.agents:3: substitution set !CREW! is not defined"),
                p -> assertThat(p).startsWith("bad.agents:4: agent without a code"));
        assertThat(log.warnings()).extracting(DataProblem::toString).satisfiesExactly(
                p -> assertThat(p).startsWith("bad.actors:6: warning: unusual actor code 'g!'"),
                p -> assertThat(p).startsWith("bad.actors:8: warning: actor LAST ONE has no code"),
                p -> assertThat(p).startsWith("bad.agents:6: warning: '[' closed by '}'"));
        ActorDictionary dict = b.build();
        assertThat(dict.lookup(List.of("good", "one"))).extracting(ActorEntry::code).containsExactly("GDOGOV", "GDO");
        assertThat(dict.lookup(List.of("no", "code"))).extracting(ActorEntry::code).containsExactly("TWO");
        assertThat(dict.lookup(List.of("two", "words"))).extracting(ActorEntry::code).containsExactly("TWO");
        assertThat(dict.lookup(List.of("bad", "code"))).extracting(ActorEntry::code).containsExactly("g!");
        assertThat(dict.lookup(List.of("second", "good"))).extracting(ActorEntry::from)
                .containsExactly(LocalDate.of(2020, 1, 1));
        assertThat(dict.lookup(List.of("last", "one"))).isEmpty();
        assertThat(dict.lookup(List.of("sailors"))).isNotEmpty();
        assertThat(dict.lookup(List.of("chief", "executives"))).extracting(ActorEntry::sectors).containsExactly(List.of("BUS"));
        assertThat(dict.lookup(List.of("dept", "of", "env"))).extracting(ActorEntry::sectors).containsExactly(List.of("ENV"));
    }

    @Test
    void realDictionaryQuirksLoadWithPetrarchsMeaning() {
        ProblemLog log = new ProblemLog(false);
        ActorDictionary.Builder b = new ActorDictionary.Builder();
        new PetrarchActorLoader(b, log).load(Fixtures.inline("quirks.actors",
                "HAMAS WING [PSEHMSBRD]",                          // 1: spaces instead of '_'
                "CARAS GALADHON",                                  // 2: a run of entry lines...
                "LORIEN_CAPITAL,_THE_GOLDEN_WOOD (ELVISH_)",       // 3: ...with commas and parentheses
                "    [ELFGOV < 950601]",                           // 4: spaces inside the restriction
                "    [ELFELI 20121204]",                           // 5: a bare date: on or after
                "    [ELFOPP 9008223-911221]",                     // 6: 7 digits: read as PETRARCH does (YYMMDD)
                "NOBODY_IN_PARTICULAR [---]",                      // 7: the null actor
                "TRIPLE_ALLIANCE [FRD/SYL/MRV]"));                 // 8: a composite code, kept as written
        assertThat(log.problems()).isEmpty();
        assertThat(log.warnings()).extracting(DataProblem::line).containsExactly(6, 8);
        ActorDictionary dict = b.build();
        assertThat(dict.lookup(List.of("hamas", "wing"))).extracting(ActorEntry::code).containsExactly("PSEHMSBRD");
        List<ActorEntry> caras = dict.lookup(List.of("caras", "galadhon"));
        assertThat(caras).extracting(ActorEntry::code).containsExactly("ELFGOV", "ELFELI", "ELFOPP");
        assertThat(dict.lookup(List.of("lorien", "capital", "the", "golden", "wood", "(elvish", ")")))
                .extracting(ActorEntry::code).containsExactly("ELFGOV", "ELFELI", "ELFOPP");
        assertThat(caras.get(0).to()).isEqualTo(LocalDate.of(1995, 6, 2));      // "<" includes the day
        assertThat(caras.get(1).from()).isEqualTo(LocalDate.of(2012, 12, 4));
        assertThat(caras.get(1).to()).isNull();
        assertThat(caras.get(2).from()).isEqualTo(LocalDate.of(1990, 8, 22));
        assertThat(caras.get(2).to()).isEqualTo(LocalDate.of(1991, 12, 22));
        assertThat(dict.lookup(List.of("nobody", "in", "particular"))).extracting(ActorEntry::code).containsExactly("---");
        assertThat(dict.lookup(List.of("triple", "alliance"))).extracting(ActorEntry::code).containsExactly("FRD/SYL/MRV");
    }

    @Test
    void twoDigitYearsUpTo30AreThisCentury() {
        assertThat(PetrarchActorLoader.date("300101")).isEqualTo(LocalDate.of(2030, 1, 1));
        assertThat(PetrarchActorLoader.date("310101")).isEqualTo(LocalDate.of(1931, 1, 1));
        assertThat(PetrarchActorLoader.date("19640101")).isEqualTo(LocalDate.of(1964, 1, 1));
    }

    @Test
    void strictModeFailsOnTheFirstBadActorLine() {
        ActorDictionary.Builder b = new ActorDictionary.Builder();
        assertThatThrownBy(() -> new PetrarchActorLoader(b, new ProblemLog(true))
                .load(Fixtures.inline("s.actors", "OK_ONE [OKO]", "BROKEN [x y z]", "BAD [??]")))
                .isInstanceOf(DataFileException.class).hasMessageContaining("s.actors:2:");
    }

    @Test
    void agentsComposeAsPetrarchComposesThem() {
        ProblemLog log = new ProblemLog(false);
        ActorDictionary.Builder b = new ActorDictionary.Builder();
        new PetrarchActorLoader(b, log).load(Fixtures.inline("arnor.actors", "ARNOR [ARN]", "ELROND_", "\t[ARNGOV 900101-991231]"));
        new PetrarchAgentLoader(b, log).load(Fixtures.inline("arnor.agents", "MSF [NGO~]", "POLICE {} [~COP]", "CHIEF [~GOV]"));
        assertThat(log.problems()).isEmpty();
        ActorDictionary dict = b.build();
        // a prefix agent goes before the code, in phrase order: "MSF Arnor" is NGOARN
        assertThat(codeOf(dict, "1995-01-01", "MSF Arnor", "NNP NNP", "2:compound 0:root", 1)).isEqualTo("NGOARN");
        // several agents stack in phrase order
        assertThat(codeOf(dict, "1995-01-01", "Arnor police chief", "NNP NN NN", "3:compound 3:compound 0:root", 2))
                .isEqualTo("ARNCOPGOV");
        // any code composes, here a person's dated role; a part already there is not repeated
        assertThat(codeOf(dict, "1995-01-01", "Elrond police", "NNP NNS", "2:compound 0:root", 1)).isEqualTo("ARNGOVCOP");
        assertThat(codeOf(dict, "1995-01-01", "Elrond chief", "NNP NN", "2:compound 0:root", 1)).isEqualTo("ARNGOV");
        // an agent with no actor is the null actor plus the agent
        assertThat(codeOf(dict, "1995-01-01", "the police", "DT NNS", "2:det 0:root", 1)).isEqualTo("---COP");
    }

    @Test
    void namesWithCommasAndBracketsMatchTheTokenizedText() {
        ActorDictionary.Builder b = new ActorDictionary.Builder();
        ProblemLog log = new ProblemLog(false);
        new PetrarchActorLoader(b, log).load(Fixtures.inline("brackets.actors.txt",
                "CULTURAL_SURVIVAL,_INC.\t[NGOLAMHRI]", "HARBOUR_GUILD_(HG)\t[NGOMRVLAB]", "ICDDR,B_\t[NGOBGDHLH]"));
        assertThat(log.problems()).isEmpty();
        ActorDictionary dict = b.build();
        assertThat(codeOf(dict, "2024-03-17", "Cultural Survival , Inc. protested|protest", "NNP NNP , NNP VBD",
                "2:compound 5:nsubj 4:punct 2:appos 0:root", 1)).isEqualTo("NGOLAMHRI");
        assertThat(codeOf(dict, "2024-03-17", "Harbour Guild ( HG ) protested|protest", "NNP NNP -LRB- NNP -RRB- VBD",
                "2:compound 6:nsubj 4:punct 2:appos 4:punct 0:root", 1)).isEqualTo("NGOMRVLAB");
        // a Penn Treebank tokenizer's -LRB- and -RRB- are brackets too
        assertThat(codeOf(dict, "2024-03-17", "Harbour Guild -LRB- HG -RRB- protested|protest", "NNP NNP -LRB- NNP -RRB- VBD",
                "2:compound 6:nsubj 4:punct 2:appos 4:punct 0:root", 1)).isEqualTo("NGOMRVLAB");
        // a comma inside a word stays in it
        assertThat(codeOf(dict, "2024-03-17", "ICDDR,B protested|protest", "NNP VBD", "2:nsubj 0:root", 0))
                .isEqualTo("NGOBGDHLH");
    }
}
