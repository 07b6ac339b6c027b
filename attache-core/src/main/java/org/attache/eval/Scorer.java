package org.attache.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.attache.model.Event;

/**
 * Scores coded events against gold events, article by article: an event is correct when an
 * unmatched gold event of the same article has the same source, target and code. Precision and
 * recall per CAMEO root; status and date accuracy over the correct events.
 */
public final class Scorer {

    /** Counts for one root (or the total); {@link RecordScorer.Counts} adds record counts. */
    public static class Counts {
        public int correct;
        public int coded;
        public int expected;

        public double precision() { return coded == 0 ? 0 : (double) correct / coded; }

        public double recall() { return expected == 0 ? 0 : (double) correct / expected; }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    /** The result: per-root counts, total, status/date agreement, and the unmatched events both ways. */
    public record Report(Map<String, Counts> byRoot, Counts total, int statusAgree, int dateAgree,
                         int dateChecked, List<Event> extra, List<GoldEvent> missed) {
        public double statusAccuracy() { return total.correct == 0 ? 0 : (double) statusAgree / total.correct; }

        public double dateAccuracy() { return dateChecked == 0 ? 0 : (double) dateAgree / dateChecked; }

        public String table() {
            StringBuilder sb = new StringBuilder();
            sb.append(String.format("%-5s %8s %6s %8s %9s %7s%n", "root", "expected", "coded", "correct", "precision", "recall"));
            byRoot.forEach((root, c) -> sb.append(String.format("%-5s %8d %6d %8d %9.2f %7.2f%n",
                    root, c.expected, c.coded, c.correct, c.precision(), c.recall())));
            sb.append(String.format("%-5s %8d %6d %8d %9.2f %7.2f%n", "all", total.expected, total.coded,
                    total.correct, total.precision(), total.recall()));
            sb.append(String.format("status agreement %.2f (%d/%d), date agreement %.2f (%d/%d)%n",
                    statusAccuracy(), statusAgree, total.correct, dateAccuracy(), dateAgree, dateChecked));
            return sb.toString();
        }
    }

    public Report score(List<Event> coded, List<GoldEvent> gold, Set<String> articleIds) {
        Map<String, Counts> byRoot = new TreeMap<>();
        Counts total = new Counts();
        Map<String, List<GoldEvent>> goldByArticle = new HashMap<>();
        for (GoldEvent g : gold) {
            if (articleIds.contains(g.articleId())) {
                goldByArticle.computeIfAbsent(g.articleId(), k -> new ArrayList<>()).add(g);
                byRoot.computeIfAbsent(g.root(), k -> new Counts()).expected++;
                total.expected++;
            }
        }
        int statusAgree = 0;
        int dateAgree = 0;
        int dateChecked = 0;
        List<Event> extra = new ArrayList<>();
        for (Event e : coded) {
            byRoot.computeIfAbsent(e.root(), k -> new Counts()).coded++;
            total.coded++;
            List<GoldEvent> pool = goldByArticle.getOrDefault(e.articleId(), new ArrayList<>());
            String tgt = targetCode(e);
            GoldEvent hit = null;
            for (GoldEvent g : pool) {
                if (g.code().equals(e.code()) && g.source().equals(e.source().code().code()) && Objects.equals(g.target(), tgt)) {
                    hit = g;
                    break;
                }
            }
            if (hit == null) {
                extra.add(e);
                continue;
            }
            pool.remove(hit);
            byRoot.get(e.root()).correct++;
            total.correct++;
            if (hit.status() == e.status()) {
                statusAgree++;
            }
            if (hit.date() != null) {
                dateChecked++;
                if (hit.date().equals(e.date())) {
                    dateAgree++;
                }
            }
        }
        List<GoldEvent> missed = new ArrayList<>();
        goldByArticle.values().forEach(missed::addAll);
        return new Report(byRoot, total, statusAgree, dateAgree, dateChecked, extra, missed);
    }

    /**
     * The event's target as the gold format writes it: null ("-") for none, and also for an
     * unknown target ("---", "---MIL"), which names no actor either.
     */
    static String targetCode(Event e) {
        if (e.target() == null || e.target().code().code().startsWith("---")) {
            return null;
        }
        return e.target().code().code();
    }
}
