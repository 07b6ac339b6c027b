package org.attache.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Scores predicted source and target spans against BIO-marked gold spans of the same role.
 * Two matchings: {@code exact} (the same tokens, ignoring leading determiners and a trailing
 * possessive on either side) and {@code overlap} (at least one shared word). Each gold span
 * matches at most one predicted span.
 */
public final class SpanScorer {
    private static final Set<String> IGNORED = Set.of("a", "an", "the", "'s", "’s", "'", "’", ",", ".", "\"");

    /** A predicted span: role S or T and character offsets into the sentence text. */
    public record Predicted(char role, int start, int end) {
    }

    public static final class Counts {
        public int gold;
        public int predicted;
        public int exact;
        public int overlap;

        static double f1(int correct, int predicted, int gold) {
            double p = predicted == 0 ? 0 : (double) correct / predicted;
            double r = gold == 0 ? 0 : (double) correct / gold;
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        public double exactP() { return predicted == 0 ? 0 : (double) exact / predicted; }

        public double exactR() { return gold == 0 ? 0 : (double) exact / gold; }

        public double exactF1() { return f1(exact, predicted, gold); }

        public double overlapP() { return predicted == 0 ? 0 : (double) overlap / predicted; }

        public double overlapR() { return gold == 0 ? 0 : (double) overlap / gold; }

        public double overlapF1() { return f1(overlap, predicted, gold); }

        void add(Counts o) {
            gold += o.gold;
            predicted += o.predicted;
            exact += o.exact;
            overlap += o.overlap;
        }
    }

    public record Report(Counts source, Counts target, Counts all, int sentences, int withEvent) {
        public String table() {
            StringBuilder sb = new StringBuilder();
            sb.append(String.format("sentences %d, with an event %d (coverage %.3f)%n", sentences, withEvent,
                    sentences == 0 ? 0.0 : (double) withEvent / sentences));
            sb.append(String.format("%-7s %5s %9s %8s %6s %6s %6s %8s %8s %8s%n", "role", "gold", "predicted",
                    "exact", "P", "R", "F1", "overlap", "P", "R") + "");
            row(sb, "source", source);
            row(sb, "target", target);
            row(sb, "both", all);
            sb.append(String.format("span F1 (overlap) %.3f, (exact) %.3f%n", all.overlapF1(), all.exactF1()));
            return sb.toString();
        }

        private static void row(StringBuilder sb, String name, Counts c) {
            sb.append(String.format("%-7s %5d %9d %8d %6.3f %6.3f %6.3f %8d %8.3f %8.3f  F1 %.3f%n", name, c.gold,
                    c.predicted, c.exact, c.exactP(), c.exactR(), c.exactF1(), c.overlap, c.overlapP(), c.overlapR(),
                    c.overlapF1()));
        }
    }

    /** Counts for one sentence and one role. */
    public Counts score(SpanGold.Sentence s, char role, List<Predicted> predicted) {
        Counts c = new Counts();
        List<int[]> gold = new ArrayList<>();
        for (SpanGold.GoldSpan g : s.spans()) {
            if (g.role() == role) {
                gold.add(trim(s, g.first(), g.last()));
            }
        }
        c.gold = gold.size();
        boolean[] usedExact = new boolean[gold.size()];
        boolean[] usedOverlap = new boolean[gold.size()];
        for (Predicted p : predicted) {
            if (p.role() != role) {
                continue;
            }
            c.predicted++;
            int[] toks = s.tokensOf(p.start(), p.end());
            if (toks == null) {
                continue;
            }
            int[] t = trim(s, toks[0], toks[1]);
            for (int i = 0; i < gold.size(); i++) {
                if (!usedExact[i] && gold.get(i)[0] == t[0] && gold.get(i)[1] == t[1]) {
                    usedExact[i] = true;
                    c.exact++;
                    break;
                }
            }
            for (int i = 0; i < gold.size(); i++) {
                if (!usedOverlap[i] && gold.get(i)[0] <= t[1] && t[0] <= gold.get(i)[1]) {
                    usedOverlap[i] = true;
                    c.overlap++;
                    break;
                }
            }
        }
        return c;
    }

    /** Scores every sentence: {@code predicted.get(i)} holds sentence i's predicted spans (empty: no event). */
    public Report score(List<SpanGold.Sentence> sentences, List<List<Predicted>> predicted) {
        Counts src = new Counts();
        Counts tgt = new Counts();
        int withEvent = 0;
        for (int i = 0; i < sentences.size(); i++) {
            List<Predicted> p = predicted.get(i);
            if (!p.isEmpty()) {
                withEvent++;
            }
            src.add(score(sentences.get(i), 'S', p));
            tgt.add(score(sentences.get(i), 'T', p));
        }
        Counts all = new Counts();
        all.add(src);
        all.add(tgt);
        return new Report(src, tgt, all, sentences.size(), withEvent);
    }

    /** Drops leading determiners and trailing possessive or punctuation tokens (keeps at least one). */
    private static int[] trim(SpanGold.Sentence s, int first, int last) {
        while (first < last && IGNORED.contains(s.tokens().get(first).toLowerCase(java.util.Locale.ROOT))) {
            first++;
        }
        while (last > first && IGNORED.contains(s.tokens().get(last).toLowerCase(java.util.Locale.ROOT))) {
            last--;
        }
        return new int[] {first, last};
    }
}
