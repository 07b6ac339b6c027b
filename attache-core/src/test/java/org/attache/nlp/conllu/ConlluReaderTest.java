package org.attache.nlp.conllu;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.attache.model.Document;
import org.attache.model.Sentence;
import org.attache.model.Token;
import org.junit.jupiter.api.Test;

class ConlluReaderTest {
    private static final String T = "\t";

    private static String row(String... f) {
        return String.join(T, f);
    }

    private static final String TWO_DOCS = String.join("\n",
            "# newdoc id = fr-1",
            "# date = 1933-05-02",
            "# sent_id = 1",
            "# text = Freedonia can't pay, Firefly said.",
            row("1", "Freedonia", "Freedonia", "PROPN", "NNP", "Number=Sing", "4", "nsubj", "_", "_"),
            row("2-3", "can't", "_", "_", "_", "_", "_", "_", "_", "_"),
            row("2", "ca", "can", "AUX", "MD", "_", "4", "aux", "_", "_"),
            row("3", "n't", "not", "PART", "RB", "_", "4", "advmod", "_", "_"),
            row("4", "pay", "pay", "VERB", "VB", "VerbForm=Inf", "7", "ccomp", "_", "SpaceAfter=No"),
            row("5", ",", ",", "PUNCT", ",", "_", "7", "punct", "_", "_"),
            row("6", "Firefly", "Firefly", "PROPN", "_", "_", "7", "nsubj", "_", "NER=PERSON"),
            row("6.1", "ghost", "ghost", "NOUN", "_", "_", "_", "_", "6:dep", "_"),
            row("7", "said", "say", "VERB", "_", "Mood=Ind|Tense=Past|VerbForm=Fin", "0", "root", "_", "SpaceAfter=No"),
            row("8", ".", ".", "PUNCT", ".", "_", "7", "punct", "_", "_"),
            "",
            "# sent_id = 2",
            row("1", "Sylvania", "_", "PROPN", "_", "_", "2", "nsubj", "_", "_"),
            row("2", "laughed", "laugh", "VERB", "_", "Tense=Past", "0", "root", "_", "SpaceAfter=No"),
            row("3", ".", ".", "PUNCT", "_", "_", "2", "punct", "_", "_"),
            "",
            "# newdoc id = sy-2",
            "# text = Sylvania  waited",
            row("1", "Sylvania", "Sylvania", "PROPN", "NNP", "_", "2", "nsubj", "_", "_"),
            row("2", "waited", "wait", "VERB", "VBD", "_", "0", "root", "_", "_"),
            "");

    @Test
    void readsDocumentsSentencesMultiwordTokensAndOffsets() {
        ConlluReader.Result r = new ConlluReader(LocalDate.of(2024, 1, 1)).read("t.conllu", TWO_DOCS, "t", 0);
        assertThat(r.problems()).isEmpty();
        assertThat(r.documents()).hasSize(2);
        Document d = r.documents().get(0);
        assertThat(d.article().id()).isEqualTo("fr-1");
        assertThat(d.article().date()).isEqualTo(LocalDate.of(1933, 5, 2));
        assertThat(d.sentences()).hasSize(2);
        Sentence s = d.sentences().get(0);
        assertThat(s.text()).isEqualTo("Freedonia can't pay, Firefly said.");
        assertThat(s.tokens()).extracting(Token::word).containsExactly("Freedonia", "ca", "n't", "pay", ",", "Firefly", "said", ".");
        String text = d.article().text();
        for (Sentence sent : d.sentences()) {
            assertThat(text.substring(sent.begin(), sent.end())).isEqualTo(sent.text());
            for (Token t : sent.tokens()) {
                assertThat(text.substring(t.begin(), t.end())).isEqualToIgnoringCase(t.word());
            }
        }
        Token said = s.token(6);
        assertThat(said.pos()).isEqualTo("VBD");          // from UPOS and features
        assertThat(said.head()).isEqualTo(-1);
        assertThat(said.rel()).isEqualTo("root");
        assertThat(s.token(5).ner()).isEqualTo("PERSON");
        assertThat(s.token(5).pos()).isEqualTo("NNP");
        assertThat(s.token(1).pos()).isEqualTo("MD");
        assertThat(s.token(0).head()).isEqualTo(3);
        // no "# text": rebuilt from the forms and SpaceAfter=No
        Sentence s2 = d.sentences().get(1);
        assertThat(s2.text()).isEqualTo("Sylvania laughed.");
        assertThat(s2.token(0).lemma()).isEqualTo("sylvania");
        assertThat(text).isEqualTo("Freedonia can't pay, Firefly said. Sylvania laughed.");
        // second document: the text's own spacing is kept
        Document d2 = r.documents().get(1);
        assertThat(d2.article().date()).isEqualTo(LocalDate.of(2024, 1, 1));
        assertThat(d2.sentences().get(0).token(1).begin()).isEqualTo(10);
    }

    @Test
    void malformedLinesSkipTheirSentenceAndNameTheLine() {
        String bad = String.join("\n",
                "# text = One two",
                row("1", "One", "one", "NUM", "CD", "_", "2", "nummod", "_", "_"),
                "2 two broken line",
                "",
                "# text = Three four",
                row("1", "Three", "three", "NUM", "CD", "_", "9", "nummod", "_", "_"),
                row("2", "four", "four", "NUM", "CD", "_", "0", "root", "_", "_"),
                "",
                "# text = Something else entirely",
                row("1", "Five", "five", "NUM", "CD", "_", "0", "root", "_", "_"),
                "",
                row("1", "Six", "six", "NUM", "CD", "_", "0", "root", "_", "_"),
                row("3", "seven", "seven", "NUM", "CD", "_", "1", "dep", "_", "_"),
                "",
                row("1", "Eight", "eight", "NUM", "CD", "_", "0", "root", "_", "_"));
        ConlluReader.Result r = new ConlluReader(LocalDate.of(2024, 1, 1)).read("b.conllu", bad, "b", 100);
        assertThat(r.problems()).extracting(Object::toString).satisfiesExactly(
                p -> assertThat(p).startsWith("b.conllu:103: expected 10 tab-separated columns"),
                p -> assertThat(p).startsWith("b.conllu:106: head 9 is outside the sentence"),
                p -> assertThat(p).startsWith("b.conllu:109: tokens do not match '# text'"),
                p -> assertThat(p).startsWith("b.conllu:113: token id 3 out of sequence"));
        // the mismatched sentence is kept with text rebuilt from its tokens, the last one read without a final blank line
        assertThat(r.documents()).hasSize(1);
        assertThat(r.documents().get(0).sentences()).extracting(Sentence::text).containsExactly("Five", "Eight");
    }

    @Test
    void ptbTagsFromUposAndFeatures() {
        assertThat(ConlluReader.ptbTag("VERB", "Tense=Pres|Person=3|Number=Sing", "pay", "pays")).isEqualTo("VBZ");
        assertThat(ConlluReader.ptbTag("VERB", "VerbForm=Part|Tense=Past", "pay", "paid")).isEqualTo("VBN");
        assertThat(ConlluReader.ptbTag("NOUN", "Number=Plur", "troop", "troops")).isEqualTo("NNS");
        assertThat(ConlluReader.ptbTag("PRON", "Poss=Yes", "its", "its")).isEqualTo("PRP$");
    }

    @Test
    void udV1LabelsAreReadAsTheirUdV2Equivalents() {
        String t = "\t";
        String v1 = String.join("\n",
                "# text = Arnor Lords were attacked by Gondor in May and did not reply to letters",
                String.join(t, "1", "Arnor", "Arnor", "PROPN", "NNP", "_", "2", "name", "_", "_"),
                String.join(t, "2", "Lords", "Lords", "PROPN", "NNPS", "_", "4", "nsubjpass", "_", "_"),
                String.join(t, "3", "were", "be", "AUX", "VBD", "_", "4", "auxpass", "_", "_"),
                String.join(t, "4", "attacked", "attack", "VERB", "VBN", "_", "0", "root", "_", "_"),
                String.join(t, "5", "by", "by", "ADP", "IN", "_", "6", "case", "_", "_"),
                String.join(t, "6", "Gondor", "Gondor", "PROPN", "NNP", "_", "4", "nmod", "_", "_"),
                String.join(t, "7", "in", "in", "ADP", "IN", "_", "8", "case", "_", "_"),
                String.join(t, "8", "May", "May", "PROPN", "NNP", "_", "4", "nmod", "_", "_"),
                String.join(t, "9", "and", "and", "CCONJ", "CC", "_", "12", "cc", "_", "_"),
                String.join(t, "10", "did", "do", "AUX", "VBD", "_", "12", "aux", "_", "_"),
                String.join(t, "11", "not", "not", "PART", "RB", "_", "12", "neg", "_", "_"),
                String.join(t, "12", "reply", "reply", "VERB", "VB", "_", "4", "conj", "_", "_"),
                String.join(t, "13", "to", "to", "ADP", "IN", "_", "14", "case", "_", "_"),
                String.join(t, "14", "letters", "letter", "NOUN", "NNS", "_", "12", "nmod", "_", "_"), "");
        ConlluReader.Result r = new ConlluReader(LocalDate.of(2024, 1, 1)).read("v1.conllu", v1, "v1", 0);
        assertThat(r.problems()).isEmpty();
        assertThat(r.documents().get(0).sentences().get(0).tokens()).extracting(org.attache.model.Token::rel)
                .containsExactly("flat", "nsubj:pass", "aux:pass", "root", "case", "obl:agent", "case", "obl", "cc", "aux",
                        "advmod", "conj", "case", "obl");
        // a UD v2 parse is left as it is: a noun's nmod stays nmod
        String v2 = String.join("\n", "# text = talks with Gondor",
                String.join(t, "1", "talks", "talk", "NOUN", "NNS", "_", "0", "root", "_", "_"),
                String.join(t, "2", "with", "with", "ADP", "IN", "_", "3", "case", "_", "_"),
                String.join(t, "3", "Gondor", "Gondor", "PROPN", "NNP", "_", "1", "nmod", "_", "_"), "");
        assertThat(new ConlluReader(LocalDate.of(2024, 1, 1)).read("v2.conllu", v2, "v2", 0).documents().get(0)
                .sentences().get(0).tokens()).extracting(org.attache.model.Token::rel).containsExactly("root", "case", "nmod");
    }
}
