package org.attache.petrarch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.attache.model.Document;
import org.attache.model.Event;
import org.attache.testing.Parsed;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * With PETRARCH dictionaries, verbs that govern verbs combine by PETRARCH's arithmetic and the
 * dictionary's transformations, negation maps as PETRARCH maps it, and co-subjects pair only for
 * cooperation; the project's complement and modality tables recode nothing.
 */
class PetrarchCombinationTest {
    private static final String VERBS = """
            --- INTEND [030] ---
            INTEND
            --- HELP [070] ---
            HELP
            --- COOPERATE [060] ---
            COOPERATE
            --- PLAN [---] ---
            PLAN
            --- ATTEMPT [---] ---
            ATTEMPT
            --- ASSASSINATE [186] ---
            ASSASSINATE
            --- EXPLAIN_VERBAL [010] ---
            SAY {SAYS SAID SAYING}
            --- ATTACK [190] ---
            ATTACK
            --- AGREE [050] ---
            AGREE
            --- VISIT [042] ---
            VISIT
            ######## TRANSFORMATIONS ##########
            ~ a (b . ATTACK) SAY = a b 112
            ~ a (_ b ASSASSINATE) ATTEMPT = a b 185
            """;
    private static final String ACTORS = "KENYA [KEN]\nUGANDA [UGA]\nSUDAN [SDN]\n";
    private static PetrarchDictionaries.Loaded dyad;
    private static PetrarchDictionaries.Loaded monad;

    @BeforeAll
    static void load(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("test.verbs.txt"), VERBS);
        Files.writeString(dir.resolve("test.actors.txt"), ACTORS);
        Files.writeString(dir.resolve("test.agents.txt"), "LAWMAKER [~LEG]\n");
        PetrarchDictionaries.Files f = PetrarchDictionaries.inDirectory(dir);
        dyad = PetrarchDictionaries.load(f, false, false);
        monad = PetrarchDictionaries.load(f, false, false, new PetrarchDictionaries.Options(Dialect.PETRARCH2, false));
        assertThat(dyad.problems()).isEmpty();
        assertThat(dyad.summary()).anyMatch(s -> s.contains("2 transformation lines"));
    }

    private static List<String> code(PetrarchDictionaries.Loaded l, String words, String tags, String deps) {
        Document d = Parsed.doc("2024-03-17", words, tags, deps);
        return l.pipeline().code(d).stream().map(e -> e.source().code().code() + " " + e.code() + " "
                + (e.target() == null ? "-" : e.target().code().code())).toList();
    }

    private static List<String> code(String words, String tags, String deps) {
        return code(dyad, words, tags, deps);
    }

    @Test
    void theUpperVerbsOwnCodeCombinesWithTheLowerOne() {
        assertThat(code("Kenya intends|intend to help Uganda", "NNP VBZ TO VB NNP",
                "2:nsubj 0:root 4:mark 2:xcomp 4:obj")).containsExactly("KEN 033 UGA");
    }

    @Test
    void anUpperVerbWithoutACodeLeavesTheLowerCode() {
        // the project's modality table would read "plans to" as an intention (033); PETRARCH keeps HELP's code
        assertThat(code("Kenya plans|plan to help Uganda", "NNP VBZ TO VB NNP",
                "2:nsubj 0:root 4:mark 2:xcomp 4:obj")).containsExactly("KEN 070 UGA");
        assertThat(code("Kenya will help Uganda", "NNP MD VB NNP", "3:nsubj 3:aux 0:root 3:obj"))
                .containsExactly("KEN 070 UGA");
    }

    @Test
    void aSumWithoutACameoCodeIsNoEvent() {
        // agree (050) + provide aid (070) has no CAMEO code in PETRARCH's arithmetic
        assertThat(code("Kenya agreed|agree to help Uganda", "NNP VBD TO VB NNP",
                "2:nsubj 0:root 4:mark 2:xcomp 4:obj")).isEmpty();
    }

    @Test
    void negationMapsToTheRejectionOrToNoEvent() {
        assertThat(code("Kenya did|do not cooperate with Uganda", "NNP VBD RB VB IN NNP",
                "4:nsubj 4:aux 4:advmod 0:root 6:case 4:obl")).containsExactly("KEN 121 UGA");
        assertThat(code("Kenya did|do not help Uganda", "NNP VBD RB VB NNP",
                "4:nsubj 4:aux 4:advmod 0:root 4:obj")).isEmpty();
        // PETRARCH reads only "not": "never" leaves the code as it is
        assertThat(code("Kenya never helped|help Uganda", "NNP RB VBD NNP",
                "3:nsubj 3:advmod 0:root 3:obj")).containsExactly("KEN 070 UGA");
    }

    @Test
    void aReportingVerbCombinesWithItsClauseThroughATransformation() {
        assertThat(code("Kenya said|say Uganda attacked|attack Sudan", "NNP VBD NNP VBD NNP",
                "2:nsubj 0:root 4:nsubj 2:ccomp 4:obj")).containsExactly("KEN 112 UGA");
        // no transformation: say + visit is no CAMEO code, and the clause is no event of its own
        assertThat(code("Kenya said|say Uganda visited|visit Sudan", "NNP VBD NNP VBD NNP",
                "2:nsubj 0:root 4:nsubj 2:ccomp 4:obj")).isEmpty();
    }

    @Test
    void aTransformationRecodesAGovernedVerbWithoutASubject() {
        // ATTEMPT has no code ([---]): the line matches the verb itself
        assertThat(code("Kenya attempted|attempt to assassinate Uganda", "NNP VBD TO VB NNP",
                "2:nsubj 0:root 4:mark 2:xcomp 4:obj")).containsExactly("KEN 185 UGA");
        assertThat(code("Kenya assassinated|assassinate Uganda", "NNP VBD NNP", "2:nsubj 0:root 2:obj"))
                .containsExactly("KEN 186 UGA");
    }

    @Test
    void coSubjectsPairOnlyWithoutATargetAndForCooperation() {
        assertThat(code(monad, "Kenya and Uganda cooperated|cooperate", "NNP CC NNP VBD",
                "4:nsubj 3:cc 1:conj 0:root")).containsExactlyInAnyOrder("KEN 060 -", "UGA 060 -", "KEN 060 UGA", "UGA 060 KEN");
        assertThat(code(monad, "Kenya and Uganda attacked|attack", "NNP CC NNP VBD",
                "4:nsubj 3:cc 1:conj 0:root")).containsExactlyInAnyOrder("KEN 190 -", "UGA 190 -");
        // with a target, each source with each target only
        assertThat(code("Kenya and Uganda helped|help Sudan", "NNP CC NNP VBD NNP",
                "4:nsubj 3:cc 1:conj 0:root 4:obj")).containsExactlyInAnyOrder("KEN 070 SDN", "UGA 070 SDN");
    }

    @Test
    void compoundActorsInsideAnAgentPhraseAreEachAnActor() {
        assertThat(code("Lawmakers|lawmaker in Kenya and Uganda attacked|attack Sudan", "NNS IN NNP CC NNP VBD NNP",
                "6:nsubj 3:case 1:nmod 5:cc 3:conj 0:root 6:obj")).containsExactlyInAnyOrder("KENLEG 190 SDN", "UGALEG 190 SDN");
        assertThat(code("Kenya attacked|attack lawmakers|lawmaker in Uganda and Sudan", "NNP VBD NNS IN NNP CC NNP",
                "2:nsubj 0:root 2:obj 5:case 3:nmod 7:cc 5:conj")).containsExactlyInAnyOrder("KEN 190 UGALEG", "KEN 190 SDNLEG");
    }

    @Test
    void anAuxiliaryTheDictionaryCodesCombinesUnlessNegated(@TempDir Path dir) throws Exception {
        // dictionaries.rst's example: "A will [help B]" with will = 0x3000 and help = 0x0040 is 033
        Files.writeString(dir.resolve("will.verbs.txt"), "--- WILL [030] ---\nWILL\n--- HELP [070] ---\nHELP\n"
                + "--- COOPERATE [060] ---\nCOOPERATE\n");
        Files.writeString(dir.resolve("will.actors.txt"), ACTORS);
        PetrarchDictionaries.Loaded will = PetrarchDictionaries.load(PetrarchDictionaries.inDirectory(dir), false, false);
        assertThat(code(will, "Kenya will help Uganda", "NNP MD VB NNP", "3:nsubj 3:aux 0:root 3:obj"))
                .containsExactly("KEN 033 UGA");
        // "will not": the negation is of the action below "will", whose own code then counts for nothing
        assertThat(code(will, "Kenya will not cooperate with Uganda", "NNP MD RB VB IN NNP",
                "4:nsubj 4:aux 4:advmod 0:root 6:case 4:obl")).containsExactly("KEN 121 UGA");
    }

    @Test
    void onlyTheDictionarysVerbsCodeNotTheProjectsStatementVerbs() {
        // "note" is a statement verb of the project's own table (010) but not a verb of this dictionary
        assertThat(code(monad, "Kenya noted|note the progress", "NNP VBD DT NN", "2:nsubj 0:root 4:det 2:obj")).isEmpty();
        assertThat(code(monad, "Kenya said|say nothing", "NNP VBD NN", "2:nsubj 0:root 2:obj")).containsExactly("KEN 010 -");
    }
}
