package org.attache.store;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.attache.util.DataProblem;
import org.attache.util.TsvReader;
import org.attache.util.TsvReader.Row;

/**
 * FIPS 10-4 country codes by ISO 3166 alpha-3 code, from {@code iso-fips.tsv}. GDELT writes its
 * geography country columns in FIPS 10-4, whose codes often differ from ISO alpha-2 (Germany GM,
 * Russia RS, Niger NG, Nigeria NI), so they cannot be derived from the ISO code.
 *
 * <p>Loading is lenient: a bad line is kept as a {@code file:line: message} problem and skipped.
 */
final class FipsCodes {
    static final String RESOURCE = "org/attache/store/iso-fips.tsv";

    /** "-" in the file: the ISO entry has no FIPS 10-4 code of its own. */
    static final String NONE = "-";

    private final Map<String, String> byIso3;
    private final List<DataProblem> problems;

    private FipsCodes(Map<String, String> byIso3, List<DataProblem> problems) {
        this.byIso3 = Collections.unmodifiableMap(new TreeMap<>(byIso3));
        this.problems = List.copyOf(problems);
    }

    static FipsCodes builtIn() {
        return load(TsvReader.readResource(RESOURCE));
    }

    static FipsCodes load(List<Row> rows) {
        Map<String, String> byIso3 = new HashMap<>();
        Map<String, Integer> isoLines = new HashMap<>();
        Map<String, Integer> fipsLines = new HashMap<>();
        List<DataProblem> problems = new ArrayList<>();
        for (Row row : rows) {
            if (row.size() < 2) {
                problems.add(row.problem("expected tab-separated columns iso3, fips, name; found " + row.size()));
                continue;
            }
            String iso = row.get(0);
            String fips = row.get(1);
            if (!iso.matches("[A-Z]{3}")) {
                problems.add(row.problem("ISO alpha-3 code must be 3 capital letters: '" + iso + "'"));
                continue;
            }
            if (!fips.equals(NONE) && !fips.matches("[A-Z]{2}")) {
                problems.add(row.problem("FIPS 10-4 code must be 2 capital letters or '-': '" + fips + "'"));
                continue;
            }
            if (isoLines.containsKey(iso)) {
                problems.add(row.problem("duplicate ISO code " + iso + " (first on line " + isoLines.get(iso) + ")"));
                continue;
            }
            // Two ISO entries sharing a FIPS code would make the geo column ambiguous: a data error.
            if (!fips.equals(NONE) && fipsLines.containsKey(fips)) {
                problems.add(row.problem("duplicate FIPS code " + fips + " (first on line " + fipsLines.get(fips) + ")"));
                continue;
            }
            isoLines.put(iso, row.line());
            if (!fips.equals(NONE)) {
                fipsLines.put(fips, row.line());
            }
            byIso3.put(iso, fips);
        }
        return new FipsCodes(byIso3, problems);
    }

    /** The FIPS 10-4 code for an ISO alpha-3 code; empty when unknown or when FIPS has none. */
    String fips(String iso3) {
        String f = iso3 == null ? null : byIso3.get(iso3);
        return f == null || f.equals(NONE) ? "" : f;
    }

    /** Every ISO code in the file, with its FIPS code or "-". */
    Map<String, String> byIso3() {
        return byIso3;
    }

    List<DataProblem> problems() {
        return problems;
    }
}
