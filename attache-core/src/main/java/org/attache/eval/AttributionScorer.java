package org.attache.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.attache.model.Article;
import org.attache.model.Attribution;
import org.attache.model.Event;
import org.attache.model.Span;

/**
 * Scores found attributions against gold ones, per article. A source matches exactly when its
 * text equals the gold text (case aside), and by overlap when its span overlaps an occurrence of
 * the gold text in the article; matching is one-to-one, same-cue pairs first. Kind and cue
 * accuracy are over overlap matches; linking accuracy over gold links whose event was coded.
 */
public final class AttributionScorer {

    /** One article's input: its text, its found attributions and its coded (attributed) events. */
    public record Coded(Article article, List<Attribution> attributions, List<Event> events) {
    }

    /** The figures. */
    public record Report(int gold, int found, int exact, int overlap, int kindCorrect, int cueCorrect,
                         int links, int linksCoded, int linksCorrect, List<String> errors) {
        public double exactPrecision() { return ratio(exact, found); }

        public double exactRecall() { return ratio(exact, gold); }

        public double overlapPrecision() { return ratio(overlap, found); }

        public double overlapRecall() { return ratio(overlap, gold); }

        public double kindAccuracy() { return ratio(kindCorrect, overlap); }

        public double cueAccuracy() { return ratio(cueCorrect, overlap); }

        public double linkAccuracy() { return ratio(linksCorrect, linksCoded); }

        public String summary() {
            return String.format(Locale.ROOT,
                    "attributions: gold %d, found %d%n"
                            + "source spans, exact:   precision %.2f recall %.2f (%d matched)%n"
                            + "source spans, overlap: precision %.2f recall %.2f (%d matched)%n"
                            + "kind accuracy %.2f, cue accuracy %.2f (on overlap matches)%n"
                            + "event links: %d gold, %d of their events coded, %d linked correctly: accuracy %.2f%n",
                    gold, found, exactPrecision(), exactRecall(), exact, overlapPrecision(), overlapRecall(), overlap,
                    kindAccuracy(), cueAccuracy(), links, linksCoded, linksCorrect, linkAccuracy());
        }

        private static double ratio(int a, int b) { return b == 0 ? 0.0 : (double) a / b; }
    }

    public Report score(List<Coded> coded, AttributionGold gold) {
        int goldCount = 0;
        int found = 0;
        int exact = 0;
        int overlap = 0;
        int kind = 0;
        int cue = 0;
        int links = 0;
        int linksCoded = 0;
        int linksCorrect = 0;
        List<String> errors = new ArrayList<>();
        Map<String, Coded> byId = new HashMap<>();
        coded.forEach(c -> byId.put(c.article().id(), c));
        for (Coded c : coded) {
            String id = c.article().id();
            String text = c.article().text();
            List<AttributionGold.Source> g = gold.sources().stream().filter(s -> s.articleId().equals(id)).toList();
            List<Attribution> p = c.attributions();
            goldCount += g.size();
            found += p.size();
            Map<Integer, Integer> pairs = new HashMap<>();
            Set<Integer> used = new HashSet<>();
            // exact text, same cue first, then exact text, then overlap (same cue first)
            for (int pass = 0; pass < 4; pass++) {
                for (int gi = 0; gi < g.size(); gi++) {
                    if (pairs.containsKey(gi)) {
                        continue;
                    }
                    AttributionGold.Source gs = g.get(gi);
                    for (int pi = 0; pi < p.size(); pi++) {
                        if (used.contains(pi)) {
                            continue;
                        }
                        Attribution a = p.get(pi);
                        boolean sameCue = a.cue() != null && a.cue().equalsIgnoreCase(gs.cue());
                        boolean ok = pass < 2 ? a.text().equalsIgnoreCase(gs.text()) : overlaps(text, gs.text(), a.source());
                        if (ok && (pass % 2 == 1 || sameCue)) {
                            pairs.put(gi, pi);
                            used.add(pi);
                            if (pass < 2) {
                                exact++;
                            }
                            break;
                        }
                    }
                }
            }
            overlap += pairs.size();
            for (var e : pairs.entrySet()) {
                AttributionGold.Source gs = g.get(e.getKey());
                Attribution a = p.get(e.getValue());
                if (gs.kind().equals(a.kind())) {
                    kind++;
                } else {
                    errors.add(id + ": kind of '" + gs.text() + "': gold " + gs.kind() + ", found " + a.kind());
                }
                if (gs.cue().equalsIgnoreCase(a.cue())) {
                    cue++;
                } else {
                    errors.add(id + ": cue of '" + gs.text() + "': gold '" + gs.cue() + "', found '" + a.cue() + "'");
                }
                if (!gs.text().equalsIgnoreCase(a.text())) {
                    errors.add(id + ": span: gold '" + gs.text() + "', found '" + a.text() + "'");
                }
            }
            for (int gi = 0; gi < g.size(); gi++) {
                if (!pairs.containsKey(gi)) {
                    errors.add(id + ": missed " + g.get(gi).kind() + " '" + g.get(gi).text() + "' (" + g.get(gi).cue() + ")");
                }
            }
            for (int pi = 0; pi < p.size(); pi++) {
                if (!used.contains(pi)) {
                    errors.add(id + ": extra " + p.get(pi).kind() + " '" + p.get(pi).text() + "' (" + p.get(pi).cue() + ")");
                }
            }
        }
        for (AttributionGold.Link l : gold.links()) {
            Coded c = byId.get(l.articleId());
            if (c == null) {
                continue;
            }
            links++;
            Event e = c.events().stream()
                    .filter(x -> x.trigger().text().equalsIgnoreCase(l.trigger()) && x.sentence().contains(l.fragment()))
                    .findFirst().orElse(null);
            if (e == null) {
                errors.add(l.articleId() + ": event '" + l.trigger() + "' in '" + l.fragment() + "' not coded");
                continue;
            }
            linksCoded++;
            Attribution a = e.attribution();
            boolean ok = l.source() == null ? a == null
                    : a != null && (a.text().equalsIgnoreCase(l.source()) || overlaps(c.article().text(), l.source(), a.source()));
            if (ok) {
                linksCorrect++;
            } else {
                errors.add(l.articleId() + ": event '" + l.trigger() + "' in '" + l.fragment() + "': gold "
                        + (l.source() == null ? "-" : "'" + l.source() + "'") + ", found " + (a == null ? "-" : "'" + a.text() + "'"));
            }
        }
        return new Report(goldCount, found, exact, overlap, kind, cue, links, linksCoded, linksCorrect, List.copyOf(errors));
    }

    /** Whether {@code span} overlaps some occurrence of {@code goldText} in the article. */
    private static boolean overlaps(String text, String goldText, Span span) {
        if (span == null) {
            return false;
        }
        String lower = text.toLowerCase(Locale.ROOT);
        String needle = goldText.toLowerCase(Locale.ROOT);
        for (int at = lower.indexOf(needle); at >= 0; at = lower.indexOf(needle, at + 1)) {
            if (at < span.end() && span.start() < at + needle.length()) {
                return true;
            }
        }
        return false;
    }
}
