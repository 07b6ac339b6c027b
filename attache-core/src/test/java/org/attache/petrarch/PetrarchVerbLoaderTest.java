package org.attache.petrarch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.attache.coding.Lexicon;
import org.attache.coding.LexiconLoader;
import org.attache.coding.Pattern;
import org.attache.ontology.CameoOntology;
import org.attache.util.DataFileException;
import org.attache.util.DataProblem;
import org.junit.jupiter.api.Test;

class PetrarchVerbLoaderTest {
    private static final CameoOntology ONTOLOGY = CameoOntology.builtIn();

    private static Lexicon load(ProblemLog log, DictionaryLines.Result... files) {
        LexiconLoader l = new LexiconLoader(ONTOLOGY);
        PetrarchVerbLoader v = new PetrarchVerbLoader(l, log);
        for (DictionaryLines.Result f : files) {
            v.load(f);
        }
        Lexicon lex = l.build();
        lex.problems().forEach(log::add);
        return lex;
    }

    private static Pattern withCode(Lexicon lex, String head, String code) {
        return lex.forHead(head).stream().filter(p -> p.code().equals(code)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + code + " pattern for " + head + ": " + lex.forHead(head)));
    }

    @Test
    void petrarch2PatternsBecomeLexiconPatterns() {
        ProblemLog log = new ProblemLog(false);
        Lexicon lex = load(log, Fixtures.file("fictional.verbs.txt"));
        assertThat(log.problems()).isEmpty();

        // bare verb with the block code, "(WITH +)" names the target preposition
        assertThat(withCode(lex, "meet", "040").slots()).isEmpty();
        Pattern withTroops = withCode(lex, "meet", "0311");
        assertThat(withTroops.targetPrep()).isEqualTo("with");
        assertThat(withTroops.slots()).containsExactly(List.of(List.of("troops"), List.of("soldiers"), List.of("tanks")));
        assertThat(lex.forHead("meet").get(0)).isEqualTo(withTroops); // most specific first

        // a [042:043] pair: patterns with the first code, the pair kept for the pipeline
        assertThat(lex.forHead("visit")).extracting(Pattern::code).containsOnly("042");

        // [---] blocks give no bare pattern; noun phrase words are required, the PP's '+' is the target
        assertThat(lex.forHead("pelt")).extracting(Pattern::code).containsExactlyInAnyOrder("1451", "0211");
        Pattern tomatoes = withCode(lex, "pelt", "1451");
        assertThat(tomatoes.targetPrep()).isNull(); // the '+' is outside the PP: the object is the target
        assertThat(tomatoes.slots()).containsExactly(List.of(List.of("rotten")), List.of(List.of("tomatoes")),
                List.of(List.of("with")));
        assertThat(withCode(lex, "pelt", "0211").slots().get(0))
                .containsExactly(List.of("gold", "bars"), List.of("banknote"), List.of("seashells"));

        // multi-word verb: '+' marks the verb word, the rest is required; the verb line carries its code
        assertThat(withCode(lex, "cordon", "1711").slots()).containsExactly(List.of(List.of("off")));

        // inflected verb forms inside patterns are mapped to their base lemma ("LENT" -> lend)
        Pattern spurn = withCode(lex, "spurn", "1211");
        assertThat(spurn.slots().get(0)).containsExactly(List.of("lend"));
        assertThat(spurn.line()).isEqualTo(45);
        assertThat(spurn.file()).endsWith("fictional.verbs.txt");

        // nothing from inside the multi-line comment
        assertThat(lex.forHead("nothing")).isEmpty();
        assertThat(lex.forHead("nothing_here")).isEmpty();
    }

    @Test
    void codePairsAreKeptUnlessTheFirstCodeAlsoStandsAlone() {
        LexiconLoader l = new LexiconLoader(ONTOLOGY);
        PetrarchVerbLoader v = new PetrarchVerbLoader(l, new ProblemLog(false));
        v.load(Fixtures.file("fictional.verbs.txt"));
        v.load(Fixtures.inline("more.verbs", "--- TOUR [042:043] ---", "TOUR", "- * + [042]"));
        assertThat(v.pairedCodes()).containsEntry("visit|042", "043").doesNotContainKey("tour|042");
    }

    @Test
    void tabariBlocksUseTheirNameAsTheVerb() {
        ProblemLog log = new ProblemLog(false);
        Lexicon lex = load(log, Fixtures.file("fictional.tabari-verbs.txt"));
        assertThat(log.problems()).isEmpty();
        assertThat(withCode(lex, "scold", "111").slots()).isEmpty();
        assertThat(withCode(lex, "scold", "112").slots()).containsExactly(List.of(List.of("for")), List.of(List.of("rudeness")));
        assertThat(lex.forHead("scold")).filteredOn(p -> "about".equals(p.targetPrep())).extracting(Pattern::code)
                .containsExactly("111");
        assertThat(withCode(lex, "hug", "051").slots()).isEmpty();
    }

    @Test
    void malformedLinesAreReportedWithFileAndLineAndTheRestLoads() {
        ProblemLog log = new ProblemLog(false);
        Lexicon lex = load(log, Fixtures.inline("bad.verbs",
                "- * ORPHAN [010]",                     // 1: outside a block
                "--- ARGUE [110] ---",                   // 2
                "ARGUE {ARGUED ARGUES",                  // 3: unclosed brace
                "- * (WITH + [111]",                     // 4: unclosed paren: closed at the end (warning)
                "- * &UNDEFINED [112]",                  // 5: undefined synonym set: can never match (warning)
                "- * WITH + [9999]",                     // 6: not a CAMEO code: kept as written (warning)
                "- + (ABOUT +) [113]",                   // 7: no '*': words before the verb (warning)
                "- * + [12x]",                           // 8: not a CAMEO code (warning)
                "- * OVER + [111]"));                    // 9: fine
        assertThat(log.problems()).extracting(DataProblem::line).containsExactly(1, 3);
        assertThat(log.problems()).allSatisfy(p -> assertThat(p.file()).isEqualTo("bad.verbs"));
        assertThat(log.problems().get(0).toString()).startsWith("bad.verbs:1: line outside a");
        assertThat(log.warnings()).extracting(DataProblem::line).containsExactly(4, 5, 6, 7, 8);
        assertThat(log.warnings().get(2).message()).contains("'9999' is not in CAMEO: kept as written");
        // "ARGUE" itself (the block name), the good pattern, and the ones kept as PETRARCH reads them
        assertThat(lex.forHead("argue")).extracting(Pattern::code)
                .containsExactlyInAnyOrder("110", "111", "111", "9999", "113", "12x");
    }

    @Test
    void tabariAndPetrarchQuirksOfTheRealDictionaries() {
        ProblemLog log = new ProblemLog(false);
        Lexicon lex = load(log, Fixtures.inline("quirks.verbs",
                "&WEAPON_",                              // 1: '_' after the label: no plurals, same set as &WEAPON
                "+ROCKET",
                "+CRUISE_MISSILE",                       // 3: a member of several words stays whole
                "&ARMS",
                "+&WEAPON",                              // 5: a member that is a set
                "+SWORD",
                "--- LAUNCH [190] ---",
                "LAUNCH",
                "- * &WEAPON (AT +) [195]",
                "- * &ARMS_* [194]",                     // 10: TABARI glue: '&ARMS_*' is '&ARMS *'
                "- IN_* PROTEST [141]",                  // 11: 'IN_*'
                "- *SCEPTICAL [012]",                    // 12: '*' against a word
                "- * (BY/WITH DRONE) [183]",             // 13: alternatives
                "- * FIREWORKS [---]",                   // 14: no event: blocks the verb's code
                "- * BALLOON [:173]",                    // 15: coded only when passive
                "- * PROBE [042:043]",
                "--- SNUB [111] ---",
                "SNUB [111] {SNUBS SNUBBING SNUBBED}",   // 18: the code before the forms
                "SCOF AT",                               // 19: a verb written with a space
                "--- LEAVE [---] ---",
                "LEAVE {LEFT LEAVES LEAVING}",
                "- * + [0874]",
                "- * (AFTER LEFT) [020]",                // 23: an inflected form in a pattern means its verb
                "- * +-SPONSORED TALKS [040]",           // 24: TABARI: a word glued to the target marker
                "- * OF_A_\"PAINFUL\"_END [041]"));       // 25: quotes in a pattern
        assertThat(log.problems()).isEmpty();
        assertThat(log.warnings()).extracting(DataProblem::line).containsExactly(19);
        assertThat(withCode(lex, "launch", "195").slots().get(0))
                .containsExactly(List.of("rocket"), List.of("cruise", "missile"));
        assertThat(withCode(lex, "launch", "195").targetPrep()).isEqualTo("at");
        assertThat(withCode(lex, "launch", "194").slots().get(0))
                .containsExactly(List.of("rocket"), List.of("cruise", "missile"), List.of("sword"));
        assertThat(withCode(lex, "launch", "141").slots()).containsExactly(List.of(List.of("in")), List.of(List.of("protest")));
        assertThat(withCode(lex, "launch", "012").slots()).containsExactly(List.of(List.of("sceptical")));
        assertThat(withCode(lex, "launch", "183").slots())
                .containsExactlyInAnyOrder(List.of(List.of("by"), List.of("with")), List.of(List.of("drone")));
        assertThat(withCode(lex, "launch", PetrarchVerbLoader.NO_EVENT).slots()).containsExactly(List.of(List.of("fireworks")));
        assertThat(withCode(lex, "launch", "173").slots()).containsExactly(List.of(List.of("balloon")));
        assertThat(withCode(lex, "snub", "111").slots()).isEmpty();
        assertThat(withCode(lex, "scof", "111").slots()).containsExactly(List.of(List.of("at")));
        assertThat(withCode(lex, "leave", "020").slots()).containsExactlyInAnyOrder(List.of(List.of("after")), List.of(List.of("leave")));
        assertThat(lex.forHead("leave")).extracting(Pattern::code).containsExactlyInAnyOrder("0874", "020", "040", "041");
        assertThat(withCode(lex, "leave", "040").slots()).containsExactly(List.of(List.of("-sponsored")), List.of(List.of("talks")));
        assertThat(withCode(lex, "leave", "041").slots())
                .containsExactly(List.of(List.of("of")), List.of(List.of("painful")), List.of(List.of("end")));
    }

    @Test
    void passiveOnlyCodesPairsAndNonCameoCodesAreKept() {
        LexiconLoader l = new LexiconLoader(ONTOLOGY);
        PetrarchVerbLoader v = new PetrarchVerbLoader(l, new ProblemLog(false));
        v.load(Fixtures.inline("codes.verbs", "--- RAID [190] ---", "RAID", "- * BALLOON [:173]", "- * PROBE [042:043]",
                "- * CASTLE [212]"));
        assertThat(v.passiveOnly()).containsExactly("raid|173");
        assertThat(v.pairedCodes()).containsEntry("raid|042", "043");
        assertThat(v.extraCodes()).containsExactly("212");
        assertThat(l.build().forHead("raid")).extracting(Pattern::code).containsExactlyInAnyOrder("190", "173", "042", "212");
    }

    @Test
    void strictModeStopsAtTheFirstBadLine() {
        assertThatThrownBy(() -> load(new ProblemLog(true), Fixtures.inline("bad.verbs",
                "--- ARGUE [110] ---", "ARGUE {ARGUED", "- * &NONE [112]")))
                .isInstanceOf(DataFileException.class)
                .hasMessageContaining("bad.verbs:2:");
    }

    @Test
    void transformationLinesAreReadWithTheirVerbsCodes() {
        ProblemLog log = new ProblemLog(false);
        PetrarchVerbLoader v = new PetrarchVerbLoader(new LexiconLoader(ONTOLOGY), log);
        v.load(Fixtures.inline("t.verbs.txt",
                "--- EXPLAIN_VERBAL [010] ---", "SAY {SAYS SAID SAYING}", "--- ATTEMPT [---] ---", "ATTEMPT",
                "--- PHYSICAL_CONFLICT [190] ---", "ATTACK",
                "~ a (b . ATTACK) SAID = a b 112",
                "~ a (_ b ATTACK) ATTEMPT = a b Q  # the lower verb's code",
                "#~ a (a b WILL_ATTACK) SAY = a b 138",
                "~ a (a b WILL_ATTACK) SAY = a b 138",
                "~ a (a b Q) Q = a b 010",
                "~ a (a b ATTACK) SAY = a b 9x9",
                "~ a (a b ATTACK SAY = a b 015"));
        assertThat(v.transformations()).isEqualTo(2);
        List<Transformation> t = v.transformationList();
        // an inflected form is read as its verb
        assertThat(t.get(0).upper()).isEqualTo(new Transformation.Verb("say", "010", false));
        assertThat(t.get(0).lower()).isEqualTo(new Transformation.Verb("attack", "190", false));
        assertThat(t.get(0)).extracting(Transformation::upperSource, Transformation::lowerSource, Transformation::lowerTarget,
                Transformation::resultSource, Transformation::resultTarget, Transformation::resultCode)
                .containsExactly("a", "b", ".", "a", "b", "112");
        // a verb without a code of its own is matched by its word
        assertThat(t.get(1).upper()).isEqualTo(new Transformation.Verb("attempt", null, false));
        assertThat(t.get(1).resultCode()).isEqualTo("Q");
        assertThat(log.warnings()).extracting(DataProblem::line).containsExactly(10);
        assertThat(log.problems()).extracting(DataProblem::line).containsExactly(11, 12, 13);
    }
}
