package org.attache.coding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.attache.model.Status;
import org.attache.ontology.CameoOntology;
import org.attache.testing.Parsed;
import org.attache.testing.TestCoders;
import org.junit.jupiter.api.Test;

class LexiconTest {
    private final CameoOntology cameo = TestCoders.ONTOLOGY;

    @Test
    void builtInLexiconsLoadCleanlyAndCoverAllRoots() {
        Lexicon verbs = LexiconLoader.builtInVerbs(cameo);
        Lexicon nouns = LexiconLoader.builtInNouns(cameo);
        assertThat(verbs.problems()).isEmpty();
        assertThat(nouns.problems()).isEmpty();
        assertThat(verbs.expandedSize()).isGreaterThan(2000);
        Set<String> roots = new HashSet<>();
        for (String lemma : List.of("urge", "vow", "meet", "praise", "cooperate", "send", "release", "investigate",
                "demand", "criticize", "reject", "threaten", "protest", "deploy", "expel", "arrest", "kidnap",
                "attack", "shell", "massacre", "call", "rule", "hold", "voice", "agree")) {
            assertThat(verbs.forHead(lemma)).as("verb %s", lemma).isNotEmpty();
            verbs.forHead(lemma).forEach(p -> roots.add(p.code().substring(0, 2)));
        }
        assertThat(roots).hasSizeGreaterThanOrEqualTo(18);
        for (String reporting : List.of("say", "tell", "state", "add", "note", "report")) {
            assertThat(verbs.forHead(reporting)).as("bare reporting verb '%s' is not an event", reporting)
                    .allMatch(p -> !p.slots().isEmpty() || p.targetPrep() != null);
        }
    }

    @Test
    void patternSyntaxAndErrors() {
        Lexicon lex = new LexiconLoader(cameo).add(Parsed.rows("v.tsv",
                "&TALKS\ttalk|negotiation|peace talk",
                "046\thold &TALKS with+",
                "020\turge ~appeal",
                "999\tinvent",
                "046\thold &UNDEFINED",
                "046\t&TALKS first",
                "020\tbeg ~plead",
                "justonecolumn")).build();
        Pattern hold = lex.forHead("hold").get(0);
        assertThat(hold.targetPrep()).isEqualTo("with");
        assertThat(hold.slots().get(0)).contains(List.of("peace", "talk"));
        assertThat(lex.forHead("urge").get(0).complement()).isEqualTo(ComplementKind.APPEAL);
        assertThat(lex.expandedSize()).isEqualTo(4);
        assertThat(lex.problems()).extracting(Object::toString).containsExactly(
                "v.tsv:4: unknown CAMEO code '999'",
                "v.tsv:5: synonym set &undefined is not defined before use",
                "v.tsv:6: a pattern must start with a head lemma: '&TALKS first'",
                "v.tsv:7: unknown complement marker '~plead'",
                "v.tsv:8: expected two tab-separated columns: code and pattern");
    }

    @Test
    void complementTableCombinesByLongestPrefix() {
        ComplementTable t = ComplementTable.builtIn(cameo);
        assertThat(t.problems()).isEmpty();
        assertThat(t.combine("046", ComplementKind.APPEAL)).contains("026");
        assertThat(t.combine("046", ComplementKind.INTENT)).contains("036");
        assertThat(t.combine("0874", ComplementKind.REJECT)).contains("1246");
        assertThat(t.combine("030", ComplementKind.REJECT)).contains("120");
        assertThat(t.combine("190", ComplementKind.REJECT)).isEmpty();
        assertThat(t.combine("190", ComplementKind.THREATEN).get()).startsWith("138");
        assertThat(ComplementKind.INTENT.status()).isEqualTo(Status.INTENDED);
    }
}
