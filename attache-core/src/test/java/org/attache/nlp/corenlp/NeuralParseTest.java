package org.attache.nlp.corenlp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NeuralParseTest {

    @Test
    void subjectsOfAPassiveVerbArePassiveSubjects() {
        // "The envoy was told that the talks had failed": envoy <-nsubj- told -aux:pass-> was;
        // "talks" is the subject of "failed", which has no passive auxiliary
        String[] words = {"The", "envoy", "was", "told", "that", "the", "talks", "had", "failed"};
        int[] heads = {1, 3, 3, -1, 8, 6, 8, 8, 3};
        String[] rels = {"det", "nsubj", "aux:pass", "root", "mark", "det", "nsubj", "aux", "ccomp"};
        assertThat(words).hasSameSizeAs(heads);
        NeuralParse.markPassiveSubjects(heads, rels);
        assertThat(rels).containsExactly("det", "nsubj:pass", "aux:pass", "root", "mark", "det", "nsubj", "aux", "ccomp");
    }

    @Test
    void clausalSubjectsOfAPassiveVerbArePassiveAndOtherRelationsStay() {
        // "That he lied was denied by officials": lied -csubj-> denied, was -aux:pass-> denied
        int[] heads = {2, 2, 4, 4, -1, 6, 4};
        String[] rels = {"mark", "nsubj", "csubj", "aux:pass", "root", "case", "obl"};
        NeuralParse.markPassiveSubjects(heads, rels);
        assertThat(rels).containsExactly("mark", "nsubj", "csubj:pass", "aux:pass", "root", "case", "obl");
    }

    @Test
    void aRootPassiveAuxiliaryChangesNothing() {
        int[] heads = {1, -1};
        String[] rels = {"nsubj", "aux:pass"};
        NeuralParse.markPassiveSubjects(heads, rels);
        assertThat(rels).containsExactly("nsubj", "aux:pass");
    }
}
