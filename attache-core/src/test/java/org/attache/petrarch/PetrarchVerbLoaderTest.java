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
                "- * (WITH + [111]",                     // 4: unclosed paren
                "- * &UNDEFINED [112]",                  // 5: undefined synonym set
                "- * WITH + [9999]",                     // 6: unknown CAMEO code
                "- + (ABOUT +) [113]",                   // 7: no '*'
                "- * + [12x]",                           // 8: bad code
                "- * OVER + [111]"));                    // 9: fine
        assertThat(log.problems()).extracting(DataProblem::line).containsExactly(1, 3, 4, 5, 7, 8, 6);
        assertThat(log.problems()).allSatisfy(p -> assertThat(p.file()).isEqualTo("bad.verbs"));
        assertThat(log.problems().get(0).toString()).startsWith("bad.verbs:1: line outside a");
        assertThat(log.problems().get(6).message()).contains("unknown CAMEO code '9999'");
        // "ARGUE" itself (the block name) and the good pattern are there
        assertThat(lex.forHead("argue")).extracting(Pattern::code).containsExactlyInAnyOrder("110", "111");
    }

    @Test
    void strictModeStopsAtTheFirstBadLine() {
        assertThatThrownBy(() -> load(new ProblemLog(true), Fixtures.inline("bad.verbs",
                "--- ARGUE [110] ---", "- * (WITH + [111]", "- * &NONE [112]")))
                .isInstanceOf(DataFileException.class)
                .hasMessageContaining("bad.verbs:2:");
    }
}
