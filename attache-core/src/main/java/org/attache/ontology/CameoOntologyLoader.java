package org.attache.ontology;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.attache.model.EventType;
import org.attache.util.DataProblem;
import org.attache.util.TsvReader;
import org.attache.util.TsvReader.Row;

/** Loads {@code ontology/cameo-events.tsv} and {@code ontology/plover-map.tsv}. */
public final class CameoOntologyLoader {
    static final String EVENTS = "org/attache/ontology/cameo-events.tsv";
    static final String PLOVER = "org/attache/ontology/plover-map.tsv";

    private CameoOntologyLoader() {
    }

    static CameoOntology loadBuiltIn() {
        return load(TsvReader.readResource(EVENTS), TsvReader.readResource(PLOVER));
    }

    public static CameoOntology load(List<Row> eventRows, List<Row> ploverRows) {
        List<DataProblem> problems = new ArrayList<>();
        Map<String, EventType> types = new LinkedHashMap<>();
        for (Row row : eventRows) {
            if (row.size() < 4) {
                problems.add(row.problem("expected 4 tab-separated columns (code, name, goldstein, quad_class), found " + row.size()));
                continue;
            }
            String code = row.get(0);
            if (!code.matches("\\d{2,4}")) {
                problems.add(row.problem("CAMEO code must be 2-4 digits: '" + code + "'"));
                continue;
            }
            double goldstein;
            int quad;
            try {
                goldstein = Double.parseDouble(row.get(2));
                quad = Integer.parseInt(row.get(3));
            } catch (NumberFormatException e) {
                problems.add(row.problem("goldstein and quad_class must be numbers: " + e.getMessage()));
                continue;
            }
            if (goldstein < -10 || goldstein > 10) {
                problems.add(row.problem("goldstein " + goldstein + " outside -10..10"));
                continue;
            }
            if (quad != quadClassOfRoot(code.substring(0, 2))) {
                problems.add(row.problem("quad_class " + quad + " does not match root " + code.substring(0, 2)));
                continue;
            }
            if (types.containsKey(code)) {
                problems.add(row.problem("duplicate code " + code));
                continue;
            }
            types.put(code, new EventType(code, row.get(1), goldstein, quad));
        }
        for (EventType t : types.values()) {
            if (t.code().length() > 2 && !types.containsKey(t.code().substring(0, t.code().length() - 1))) {
                problems.add(new DataProblem(EVENTS, 0, "code " + t.code() + " has no parent"));
            }
        }
        Map<String, PloverMapping> plover = new LinkedHashMap<>();
        for (Row row : ploverRows) {
            String code = row.get(0);
            if (!types.containsKey(code)) {
                problems.add(row.problem("PLOVER mapping for unknown CAMEO code '" + code + "'"));
                continue;
            }
            plover.put(code, new PloverMapping(row.get(1), row.get(2)));
        }
        return new CameoOntology(types, plover, problems);
    }

    /** QuadClass by root: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict. */
    public static int quadClassOfRoot(String root) {
        int r = Integer.parseInt(root);
        if (r <= 5) {
            return 1;
        } else if (r <= 9) {
            return 2;
        } else if (r <= 14) {
            return 3;
        }
        return 4;
    }
}
