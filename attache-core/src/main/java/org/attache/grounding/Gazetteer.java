package org.attache.grounding;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.attache.util.DataProblem;
import org.attache.util.TsvReader;
import org.attache.util.TsvReader.Row;

/**
 * Place names with country and coordinates ({@code grounding/gazetteer.tsv}: name, aliases, kind,
 * country, admin1, lat, lon, population). Immutable once loaded.
 */
public final class Gazetteer {
    static final String RESOURCE = "org/attache/grounding/gazetteer.tsv";
    private static final Set<String> KINDS = Set.of("country", "capital", "admin1", "city");

    private final Map<String, List<GazetteerEntry>> byName;
    private final int maxWords;
    private final int size;
    private final List<DataProblem> problems;
    private final Map<String, GazetteerEntry> countries = new HashMap<>();

    private Gazetteer(Map<String, List<GazetteerEntry>> byName, int size, List<DataProblem> problems) {
        this.byName = byName;
        for (List<GazetteerEntry> es : byName.values()) {
            for (GazetteerEntry e : es) {
                if (e.kind().equals("country")) {
                    countries.putIfAbsent(e.country(), e);
                }
            }
        }
        this.size = size;
        this.problems = List.copyOf(problems);
        this.maxWords = byName.keySet().stream().mapToInt(k -> k.split(" ").length).max().orElse(1);
    }

    public static Gazetteer builtIn() {
        return load(TsvReader.readResource(RESOURCE));
    }

    public static Gazetteer load(List<Row> rows) {
        Map<String, List<GazetteerEntry>> map = new HashMap<>();
        List<DataProblem> problems = new ArrayList<>();
        int n = 0;
        for (Row r : rows) {
            if (r.size() < 7) {
                problems.add(r.problem("expected name, aliases, kind, country, admin1, lat, lon, population"));
                continue;
            }
            String kind = r.get(2);
            if (!KINDS.contains(kind)) {
                problems.add(r.problem("kind must be country, capital, admin1 or city: '" + kind + "'"));
                continue;
            }
            if (!r.get(3).matches("[A-Z]{3}")) {
                problems.add(r.problem("country must be an ISO alpha-3 code: '" + r.get(3) + "'"));
                continue;
            }
            double lat;
            double lon;
            long pop;
            try {
                lat = Double.parseDouble(r.get(5));
                lon = Double.parseDouble(r.get(6));
                pop = r.get(7).isEmpty() || r.get(7).equals("-") ? 0 : Long.parseLong(r.get(7));
            } catch (NumberFormatException e) {
                problems.add(r.problem("bad number: " + e.getMessage()));
                continue;
            }
            if (lat < -90 || lat > 90 || lon < -180 || lon > 180) {
                problems.add(r.problem("coordinates out of range: " + lat + ", " + lon));
                continue;
            }
            String name = TsvReader.normalizePhrase(r.get(0));
            GazetteerEntry e = new GazetteerEntry(name, kind, r.get(3), r.get(4).equals("-") ? "" : r.get(4), lat, lon, pop);
            List<String> names = new ArrayList<>(TsvReader.list(r.get(1)));
            names.add(0, name);
            for (String nm : names) {
                map.computeIfAbsent(nm, k -> new ArrayList<>()).add(e);
            }
            n++;
        }
        Comparator<GazetteerEntry> order = Comparator.comparingInt(GazetteerEntry::rank)
                .thenComparing(Comparator.comparingLong(GazetteerEntry::population).reversed());
        Map<String, List<GazetteerEntry>> frozen = new HashMap<>();
        map.forEach((k, v) -> {
            v.sort(order);
            frozen.put(k, List.copyOf(v));
        });
        return new Gazetteer(frozen, n, problems);
    }

    /** Places with this name (lower-cased, single spaces), best first. */
    public List<GazetteerEntry> lookup(String name) {
        return byName.getOrDefault(TsvReader.normalizePhrase(name), List.of());
    }

    /** The best place of that name, preferring the given countries (the event's actors, the dateline). */
    public GazetteerEntry best(String name, List<String> preferredCountries) {
        List<GazetteerEntry> all = lookup(name);
        for (String c : preferredCountries) {
            for (GazetteerEntry e : all) {
                if (e.country().equals(c)) {
                    return e;
                }
            }
        }
        return all.isEmpty() ? null : all.get(0);
    }

    /** The country-level entry of an ISO alpha-3 code, or null. */
    public GazetteerEntry country(String iso3) {
        return countries.get(iso3);
    }

    public int maxWords() { return maxWords; }

    public int size() { return size; }

    public List<DataProblem> problems() { return problems; }
}
