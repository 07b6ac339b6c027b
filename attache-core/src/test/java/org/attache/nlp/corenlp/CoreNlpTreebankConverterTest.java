package org.attache.nlp.corenlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.attache.model.Article;
import org.attache.model.Document;
import org.attache.model.Event;
import org.attache.model.Sentence;
import org.attache.model.Token;
import org.attache.testing.TestCoders;
import org.junit.jupiter.api.Test;

/** CoreNLP's treebank-to-UD converter is rule-based: no models are loaded, so this is a unit test. */
class CoreNlpTreebankConverterTest {
    private static final String TEXT = "Pakistan rejected talks with India (again). Kenya waited.";
    private static final String TREES = "( (S (NP (NNP Pakistan)) (VP (VBD rejected) (NP (NP (NNS talks)) "
            + "(PP (IN with) (NP (NNP India)))) (-LRB- -LRB-) (ADVP (RB again)) (-RRB- -RRB-)) (. .)) )\n"
            + "(ROOT (S (NP (NNP Kenya)) (VP (VBD waited) (NP (-NONE- *T*))) (. .)))";

    @Test
    void convertsTreesToDependenciesAlignedWithTheText() {
        Article a = new Article("p", LocalDate.of(2024, 3, 17), "", "", "", TEXT);
        Document d = new CoreNlpTreebankConverter().convert(a, TREES);
        assertThat(d.sentences()).hasSize(2);
        Sentence s = d.sentences().get(0);
        assertThat(s.tokens()).extracting(Token::word)
                .containsExactly("Pakistan", "rejected", "talks", "with", "India", "(", "again", ")", ".");
        assertThat(s.token(0).rel()).isEqualTo("nsubj");
        assertThat(s.token(1).rel()).isEqualTo("root");
        assertThat(s.token(2).rel()).isEqualTo("obj");
        assertThat(s.token(2).lemma()).isEqualTo("talk");
        assertThat(s.token(8).rel()).isEqualTo("punct");
        for (Sentence x : d.sentences()) {
            for (Token t : x.tokens()) {
                assertThat(TEXT.substring(t.begin(), t.end())).isEqualTo(t.word());
            }
        }
        assertThat(d.sentences().get(1).tokens()).extracting(Token::word).containsExactly("Kenya", "waited", ".");
        assertThat(d.article().text()).isEqualTo(TEXT);
        List<Event> events = TestCoders.coder("12\treject", "1212\treject talk").code(d);
        assertThat(events).extracting(e -> e.source().code().code() + " " + e.code()).containsExactly("PAK 1212");
    }

    @Test
    void leavesThatDoNotFitTheTextRebuildIt() {
        Article a = new Article("p", LocalDate.of(2024, 3, 17), "", "", "", "something else");
        Document d = new CoreNlpTreebankConverter().convert(a, "(S (NP (NNP Kenya)) (VP (VBD waited)))");
        assertThat(d.article().text()).isEqualTo("Kenya waited");
    }

    @Test
    void brokenTreesAreAnError() {
        Article a = new Article("p", LocalDate.of(2024, 3, 17), "", "", "", "x");
        assertThatThrownBy(() -> new CoreNlpTreebankConverter().convert(a, "not a tree"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
