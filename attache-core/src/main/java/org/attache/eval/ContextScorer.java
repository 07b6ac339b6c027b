package org.attache.eval;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.attache.model.Event;
import org.attache.model.Status;
import org.attache.util.DataProblem;
import org.attache.util.TsvReader;
import org.attache.util.TsvReader.Row;

/**
 * Scores what the coder reads from the whole article, per item: for each gold event found by its
 * trigger word in the same article, are the actors, the status, the date and the place right?
 * Gold format ({@code samples/context-gold.tsv}): article_id, source, target (a trailing '*' marks
 * an inferred target), code, status, date, trigger, place, place_country, sentence_fragment.
 */
public final class ContextScorer {
    public static final String SAMPLE_CORPUS = "org/attache/samples/context-corpus.jsonl";
    public static final String SAMPLE_GOLD = "org/attache/samples/context-gold.tsv";

    /** One gold row. */
    public record Gold(String articleId, String source, String target, boolean inferred, String code, Status status,
                       LocalDate date, String trigger, String place, String placeCountry, int line) {
    }

    /** Accuracy per item over the gold events whose trigger was found. */
    public record Report(int gold, int found, int actors, int sources, int targets, int status, int dates,
                         int placeChecked, int placeCountry, int placeName, int exact, int coded) {
        public String table() {
            return String.format(
                    "gold events %d, trigger found %d (%.2f)%n"
                    + "actors (source and target) %.2f, source %.2f, target %.2f%n"
                    + "status %.2f, date %.2f, place country %.2f, place name %.2f (of %d with a place)%n"
                    + "events exactly right (source, target, code) %d: precision %.2f, recall %.2f%n",
                    gold, found, ratio(found, gold), ratio(actors, found), ratio(sources, found), ratio(targets, found),
                    ratio(status, found), ratio(dates, found), ratio(placeCountry, placeChecked),
                    ratio(placeName, placeChecked), placeChecked, exact, ratio(exact, coded), ratio(exact, gold));
        }

        public double actorAccuracy() { return ratio(actors, found); }

        public double statusAccuracy() { return ratio(status, found); }

        public double dateAccuracy() { return ratio(dates, found); }

        public double placeAccuracy() { return ratio(placeCountry, placeChecked); }

        public double recall() { return ratio(exact, gold); }

        public double precision() { return ratio(exact, coded); }

        private static double ratio(int a, int b) {
            return b == 0 ? 0 : (double) a / b;
        }
    }

    public static List<Gold> load(List<Row> rows, List<DataProblem> problems) {
        List<Gold> out = new ArrayList<>();
        for (Row r : rows) {
            if (r.size() < 9) {
                problems.add(r.problem("expected 10 columns: article_id source target code status date trigger place place_country fragment"));
                continue;
            }
            try {
                String target = r.get(2);
                boolean inferred = target.endsWith("*");
                target = target.replace("*", "");
                out.add(new Gold(r.get(0), r.get(1), target.equals("-") || target.isEmpty() ? null : target, inferred,
                        r.get(3), Status.parse(r.get(4)), r.get(5).equals("-") ? null : LocalDate.parse(r.get(5)),
                        r.get(6).toLowerCase(Locale.ROOT), dash(r.get(7)), dash(r.get(8)), r.line()));
            } catch (IllegalArgumentException | DateTimeParseException e) {
                problems.add(r.problem("bad value: " + e.getMessage()));
            }
        }
        return out;
    }

    public static List<Gold> sample() {
        List<DataProblem> problems = new ArrayList<>();
        List<Gold> g = load(TsvReader.readResource(SAMPLE_GOLD), problems);
        if (!problems.isEmpty()) {
            throw new IllegalStateException("context gold has problems: " + problems);
        }
        return g;
    }

    private static String dash(String s) {
        return s.isEmpty() || s.equals("-") ? null : s.toLowerCase(Locale.ROOT);
    }

    public Report score(List<Event> coded, List<Gold> gold, Set<String> articleIds) {
        List<Event> pool = new ArrayList<>(coded);
        Set<Event> usedExact = new HashSet<>();
        int n = 0;
        int found = 0;
        int actors = 0;
        int sources = 0;
        int targets = 0;
        int status = 0;
        int dates = 0;
        int placeChecked = 0;
        int placeCountry = 0;
        int placeName = 0;
        int exact = 0;
        for (Gold g : gold) {
            if (!articleIds.contains(g.articleId())) {
                continue;
            }
            n++;
            Event best = null;
            for (Event e : pool) {
                if (e.articleId().equals(g.articleId()) && triggerMatches(g.trigger(), e.trigger().text())) {
                    if (best == null || e.code().equals(g.code()) && !best.code().equals(g.code())
                            || Objects.equals(code(e), g.source()) && !Objects.equals(code(best), g.source())) {
                        best = e;
                    }
                }
            }
            for (Event e : coded) {
                if (!usedExact.contains(e) && e.articleId().equals(g.articleId()) && e.code().equals(g.code())
                        && Objects.equals(code(e), g.source()) && Objects.equals(targetCode(e), g.target())) {
                    usedExact.add(e);
                    exact++;
                    break;
                }
            }
            if (best == null) {
                continue;
            }
            pool.remove(best);
            found++;
            boolean s = g.source().equals(code(best));
            boolean t = Objects.equals(g.target(), targetCode(best));
            sources += s ? 1 : 0;
            targets += t ? 1 : 0;
            actors += s && t ? 1 : 0;
            status += g.status() == best.status() ? 1 : 0;
            dates += g.date() != null && g.date().equals(best.date()) ? 1 : 0;
            if (g.placeCountry() != null) {
                placeChecked++;
                if (best.place() != null && g.placeCountry().equalsIgnoreCase(best.place().country())) {
                    placeCountry++;
                    if (g.place() != null && g.place().equalsIgnoreCase(best.place().name())) {
                        placeName++;
                    }
                }
            }
        }
        int codedInArticles = (int) coded.stream().filter(e -> articleIds.contains(e.articleId())).count();
        return new Report(n, found, actors, sources, targets, status, dates, placeChecked, placeCountry, placeName,
                exact, codedInArticles);
    }

    /** The gold trigger may be a phrase ("had warned", "agreed to sign"); the coder's is one of its words. */
    static boolean triggerMatches(String goldTrigger, String word) {
        for (String w : goldTrigger.split("\\s+")) {
            if (w.equalsIgnoreCase(word)) {
                return true;
            }
        }
        return false;
    }

    private static String code(Event e) {
        return e.source().code().code();
    }

    private static String targetCode(Event e) {
        return Scorer.targetCode(e);
    }
}
