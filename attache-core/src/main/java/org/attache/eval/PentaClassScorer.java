package org.attache.eval;

import java.util.ArrayList;
import java.util.List;

/**
 * Scores the first coded event of each sentence against its PentaClass label: accuracy over the
 * sentences that got an event, accuracy over all sentences (no event counts as wrong), coverage,
 * and a confusion table (rows gold, columns coded, last column "none").
 */
public final class PentaClassScorer {

    /** One sentence's outcome: gold label and the coded root of its first event (null: none). */
    public record Outcome(LabelledSentences.Item item, String codedRoot, String detail) {
        public int coded() { return PentaClass.of(codedRoot); }
    }

    public record Report(int sentences, int covered, int correct, int[][] confusion, List<Outcome> wrong) {
        public double coverage() { return sentences == 0 ? 0 : (double) covered / sentences; }

        public double accuracy() { return covered == 0 ? 0 : (double) correct / covered; }

        public double accuracyOverAll() { return sentences == 0 ? 0 : (double) correct / sentences; }

        public String table() {
            StringBuilder sb = new StringBuilder();
            sb.append(String.format("sentences %d, with an event %d (coverage %.3f)%n", sentences, covered, coverage()));
            sb.append(String.format("PentaClass accuracy %.3f (%d/%d of sentences with an event), %.3f over all sentences%n",
                    accuracy(), correct, covered, accuracyOverAll()));
            sb.append("confusion (rows gold, columns coded):\n");
            sb.append(String.format("%-22s %5s %5s %5s %5s %5s %5s %9s%n", "", "0", "1", "2", "3", "4", "none", "accuracy"));
            for (int g = 0; g < 5; g++) {
                int row = 0;
                int cov = 0;
                for (int c = 0; c <= 5; c++) {
                    row += confusion[g][c];
                    cov += c < 5 ? confusion[g][c] : 0;
                }
                sb.append(String.format("%-22s %5d %5d %5d %5d %5d %5d %9.2f%n", PentaClass.NAMES.get(g),
                        confusion[g][0], confusion[g][1], confusion[g][2], confusion[g][3], confusion[g][4],
                        confusion[g][5], cov == 0 ? 0.0 : (double) confusion[g][g] / cov));
            }
            return sb.toString();
        }
    }

    public Report score(List<Outcome> outcomes) {
        int[][] confusion = new int[5][6];
        int covered = 0;
        int correct = 0;
        List<Outcome> wrong = new ArrayList<>();
        for (Outcome o : outcomes) {
            int gold = o.item().label();
            int coded = o.coded();
            if (coded < 0) {
                confusion[gold][5]++;
                wrong.add(o);
                continue;
            }
            covered++;
            confusion[gold][coded]++;
            if (coded == gold) {
                correct++;
            } else {
                wrong.add(o);
            }
        }
        return new Report(outcomes.size(), covered, correct, confusion, List.copyOf(wrong));
    }
}
