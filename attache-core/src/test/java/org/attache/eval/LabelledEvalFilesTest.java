package org.attache.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class LabelledEvalFilesTest {

    private static ByteArrayInputStream in(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void pentaClassOfEveryRoot() {
        assertThat(PentaClass.of("01")).isEqualTo(0);
        assertThat(PentaClass.of("020")).isEqualTo(0);
        assertThat(PentaClass.of("0331")).isEqualTo(1);
        assertThat(PentaClass.of("05")).isEqualTo(1);
        assertThat(PentaClass.of("07")).isEqualTo(2);
        assertThat(PentaClass.of("09")).isEqualTo(3);
        assertThat(PentaClass.of("1246")).isEqualTo(3);
        assertThat(PentaClass.of("16")).isEqualTo(3);
        assertThat(PentaClass.of("14")).isEqualTo(4);
        assertThat(PentaClass.of("15")).isEqualTo(4);
        assertThat(PentaClass.of("17")).isEqualTo(4);
        assertThat(PentaClass.of("190")).isEqualTo(4);
        assertThat(PentaClass.of("21")).isEqualTo(-1);
        assertThat(PentaClass.of(null)).isEqualTo(-1);
        assertThat(PentaClass.of("x")).isEqualTo(-1);
    }

    @Test
    void labelledSentencesReportBadLinesWithTheirNumbers() throws IOException {
        LabelledSentences ls = LabelledSentences.read("f.tsv", in(
                "\uFEFFKenya attacked Somalia.\t4\nno tab here\nUganda met Kenya.\t7\n\nEgypt said so.\t0\n"));
        assertThat(ls.items()).extracting(LabelledSentences.Item::text)
                .containsExactly("Kenya attacked Somalia.", "Egypt said so.");
        assertThat(ls.items()).extracting(LabelledSentences.Item::line).containsExactly(1, 5);
        assertThat(ls.problems()).hasSize(2);
        assertThat(ls.problems().get(0).toString()).startsWith("f.tsv:2:");
        assertThat(ls.problems().get(1).toString()).startsWith("f.tsv:3:").contains("0-4");
    }

    @Test
    void pentaClassScorerCountsCoverageAccuracyAndConfusion() {
        var a = new LabelledSentences.Item(1, "a", 4);
        var b = new LabelledSentences.Item(2, "b", 0);
        var c = new LabelledSentences.Item(3, "c", 3);
        PentaClassScorer.Report r = new PentaClassScorer().score(List.of(
                new PentaClassScorer.Outcome(a, "19", ""),
                new PentaClassScorer.Outcome(b, "12", ""),
                new PentaClassScorer.Outcome(c, null, "")));
        assertThat(r.covered()).isEqualTo(2);
        assertThat(r.correct()).isEqualTo(1);
        assertThat(r.accuracy()).isEqualTo(0.5);
        assertThat(r.coverage()).isCloseTo(2.0 / 3, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(r.confusion()[0][3]).isEqualTo(1);
        assertThat(r.confusion()[3][5]).isEqualTo(1);
        assertThat(r.wrong()).hasSize(2);
        assertThat(r.table()).contains("coverage 0.667").contains("accuracy 0.500");
    }

    @Test
    void spanGoldRebuildsTextAndSpans() throws IOException {
        SpanGold g = SpanGold.read("n.txt", in("A B-S\nSwiss I-S\ncourt I-S\nrejected O\nthe B-T\nCroatian I-T\nrequest I-T\n. O\n\n"
                + "bad\n\nKenya B-S\nmet O\nUganda B-T\nand O\nEgypt B-T\nand O\nChad B-R\n"));
        assertThat(g.sentences()).hasSize(2);
        SpanGold.Sentence s = g.sentences().get(0);
        assertThat(s.text()).isEqualTo("A Swiss court rejected the Croatian request .");
        assertThat(s.spans()).containsExactly(new SpanGold.GoldSpan('S', 0, 2), new SpanGold.GoldSpan('T', 4, 6));
        assertThat(s.tokensOf(2, 13)).containsExactly(1, 2);
        assertThat(g.sentences().get(1).spans()).hasSize(4);
        assertThat(g.sentences().get(1).spans().get(3).role()).isEqualTo('R');
        assertThat(g.sentences().get(1).line()).isEqualTo(12);
        assertThat(g.problems()).singleElement().satisfies(p -> assertThat(p.toString()).startsWith("n.txt:10:"));
    }

    @Test
    void spanScorerExactIgnoresDeterminersOverlapNeedsOneSharedWord() throws IOException {
        SpanGold.Sentence s = SpanGold.read("n", in("A B-S\nSwiss I-S\ncourt I-S\nrejected O\nthe B-T\nCroatian I-T\n"
                + "government I-T\n's I-T\nrequest O\n")).sentences().get(0);
        String t = s.text();
        SpanScorer sc = new SpanScorer();
        // "Swiss court" is the gold source without its article
        SpanScorer.Counts src = sc.score(s, 'S', List.of(new SpanScorer.Predicted('S', t.indexOf("Swiss"), t.indexOf(" rejected"))));
        assertThat(src.exact).isEqualTo(1);
        assertThat(src.overlap).isEqualTo(1);
        // "Croatian" alone overlaps the target but is not exact; a predicted source is not a target
        SpanScorer.Counts tgt = sc.score(s, 'T', List.of(
                new SpanScorer.Predicted('T', t.indexOf("Croatian"), t.indexOf(" government")),
                new SpanScorer.Predicted('S', 0, 1)));
        assertThat(tgt.predicted).isEqualTo(1);
        assertThat(tgt.exact).isZero();
        assertThat(tgt.overlap).isEqualTo(1);
        SpanScorer.Counts none = sc.score(s, 'T', List.of(new SpanScorer.Predicted('T', t.indexOf("request"), t.length())));
        assertThat(none.overlap).isZero();
        assertThat(none.exactF1()).isZero();
    }
}
