package org.attache.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.attache.model.Event;

/**
 * Scores records (a validation sentence, or an article of the project's gold file): a record is
 * exactly right when its set of coded (source, target, code) triples equals the expected set;
 * events are correct, missed or extra by set difference. Overall and per category; records that
 * are not evaluated are reported but not counted.
 */
public final class RecordScorer {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One event as (source, target, code); {@code target} null for none. */
    public record Triple(String source, String target, String code) {
        public static Triple of(Event e) {
            return new Triple(e.source().code().code(), e.target() == null ? null : e.target().code().code(), e.code());
        }
    }

    /** One scored unit. {@code seq} is its position from 0. */
    public record Record(String id, int seq, String category, boolean evaluated, List<Triple> expected,
                         boolean expectedNoevents, List<Triple> coded) {
        public Record {
            expected = List.copyOf(expected);
            coded = List.copyOf(coded);
        }

        public boolean exact() {
            return new LinkedHashSet<>(expected).equals(new LinkedHashSet<>(coded));
        }

        /** The JSON line of {@code --records}. */
        public String jsonLine() {
            ObjectNode o = JSON.createObjectNode();
            o.put("id", id);
            o.put("seq", seq);
            o.put("category", category);
            o.put("evaluated", evaluated);
            o.set("expected", triples(expected));
            o.put("expected_noevents", expectedNoevents);
            o.set("coded", triples(coded));
            return o.toString();
        }

        private static ArrayNode triples(List<Triple> ts) {
            ArrayNode a = JSON.createArrayNode();
            for (Triple t : ts) {
                ObjectNode e = a.addObject();
                e.put("source", t.source());
                if (t.target() == null) {
                    e.putNull("target");
                } else {
                    e.put("target", t.target());
                }
                e.put("code", t.code());
            }
            return a;
        }
    }

    /** Counts over a set of records. */
    public static final class Counts extends Scorer.Counts {
        public int records;
        public int exact;

        public int missed() { return expected - correct; }

        public int extra() { return coded - correct; }

        void add(Record r) {
            Set<Triple> exp = new LinkedHashSet<>(r.expected());
            Set<Triple> cod = new LinkedHashSet<>(r.coded());
            records++;
            exact += exp.equals(cod) ? 1 : 0;
            expected += exp.size();
            coded += cod.size();
            Set<Triple> both = new LinkedHashSet<>(cod);
            both.retainAll(exp);
            correct += both.size();
        }

        ObjectNode json() {
            ObjectNode o = JSON.createObjectNode();
            o.put("records", records);
            o.put("exact", exact);
            o.put("exact_rate", records == 0 ? 0 : round((double) exact / records));
            o.put("events_expected", expected);
            o.put("events_coded", coded);
            o.put("events_correct", correct);
            o.put("events_missed", missed());
            o.put("events_extra", extra());
            o.put("precision", round(precision()));
            o.put("recall", round(recall()));
            o.put("f1", round(f1()));
            return o;
        }
    }

    /** The result: overall counts, counts per category, and how many records were left out. */
    public record Report(Counts total, Map<String, Counts> byCategory, int notEvaluated) {
        public String table() {
            StringBuilder sb = new StringBuilder();
            sb.append(String.format("%-16s %7s %6s %8s %6s %8s %6s %6s %9s %7s%n", "category", "records", "exact",
                    "expected", "coded", "correct", "missed", "extra", "precision", "recall"));
            byCategory.forEach((c, n) -> row(sb, c.isEmpty() ? "(none)" : c, n));
            row(sb, "all", total);
            if (notEvaluated > 0) {
                sb.append(String.format("(%d record(s) not evaluated)%n", notEvaluated));
            }
            return sb.toString();
        }

        private static void row(StringBuilder sb, String name, Counts n) {
            // precision of nothing coded, recall of nothing expected: undefined, shown as "-"
            sb.append(String.format("%-16s %7d %6d %8d %6d %8d %6d %6d %9s %7s%n", name, n.records, n.exact,
                    n.expected, n.coded, n.correct, n.missed(), n.extra(),
                    n.coded == 0 ? "-" : String.format("%.2f", n.precision()),
                    n.expected == 0 ? "-" : String.format("%.2f", n.recall())));
        }

        public String json() {
            ObjectNode o = JSON.createObjectNode();
            o.set("overall", total.json());
            ObjectNode cats = o.putObject("by_category");
            byCategory.forEach((c, n) -> cats.set(c, n.json()));
            o.put("not_evaluated", notEvaluated);
            return o.toPrettyString();
        }
    }

    public Report score(List<Record> records) {
        Counts total = new Counts();
        Map<String, Counts> byCat = new TreeMap<>();
        int skipped = 0;
        for (Record r : records) {
            if (!r.evaluated()) {
                skipped++;
                continue;
            }
            total.add(r);
            byCat.computeIfAbsent(r.category(), k -> new Counts()).add(r);
        }
        return new Report(total, byCat, skipped);
    }

    /**
     * Records from the project's own gold format: one record per article, category "gold", the
     * gold events (source, target, code) as expected and the article's events as coded.
     */
    public static List<Record> fromGold(List<String> articleIds, Map<String, List<Event>> codedByArticle,
                                        List<GoldEvent> gold) {
        Map<String, List<Triple>> exp = new TreeMap<>();
        for (GoldEvent g : gold) {
            exp.computeIfAbsent(g.articleId(), k -> new ArrayList<>()).add(new Triple(g.source(), g.target(), g.code()));
        }
        List<Record> out = new ArrayList<>();
        for (String id : articleIds) {
            List<Triple> e = exp.getOrDefault(id, List.of());
            List<Triple> c = codedByArticle.getOrDefault(id, List.of()).stream().map(Triple::of).toList();
            out.add(new Record(id, out.size(), "gold", true, e, e.isEmpty(), c));
        }
        return out;
    }

    private static double round(double d) {
        return Math.round(d * 10000) / 10000.0;
    }
}
