package org.attache.coding;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.attache.ontology.CameoOntology;
import org.attache.util.DataProblem;
import org.attache.util.TsvReader;
import org.attache.util.TsvReader.Row;

/**
 * What an embedded action becomes under a governing verb, by longest code prefix
 * ({@code ontology/complements.tsv}). The REJECT column also gives the opposite of a negated
 * action ("did not withdraw" -> refuse to yield).
 */
public final class ComplementTable {
    static final String RESOURCE = "org/attache/ontology/complements.tsv";
    private static final ComplementKind[] COLUMNS = {
        ComplementKind.APPEAL, ComplementKind.INTENT, ComplementKind.DEMAND, ComplementKind.REJECT, ComplementKind.THREATEN
    };

    private final Map<String, Map<ComplementKind, String>> byPrefix;
    private final List<DataProblem> problems;

    private ComplementTable(Map<String, Map<ComplementKind, String>> byPrefix, List<DataProblem> problems) {
        this.byPrefix = byPrefix;
        this.problems = List.copyOf(problems);
    }

    public static ComplementTable builtIn(CameoOntology ontology) {
        return load(TsvReader.readResource(RESOURCE), ontology);
    }

    public static ComplementTable load(List<Row> rows, CameoOntology ontology) {
        Map<String, Map<ComplementKind, String>> map = new HashMap<>();
        List<DataProblem> problems = new ArrayList<>();
        for (Row row : rows) {
            String prefix = row.get(0);
            if (!prefix.matches("\\d{2,4}")) {
                problems.add(row.problem("inner_prefix must be 2-4 digits: '" + prefix + "'"));
                continue;
            }
            Map<ComplementKind, String> cols = new EnumMap<>(ComplementKind.class);
            for (int i = 0; i < COLUMNS.length; i++) {
                String v = row.get(i + 1);
                if (v.isEmpty() || v.equals("-")) {
                    continue;
                }
                if (!ontology.contains(v)) {
                    problems.add(row.problem("unknown CAMEO code '" + v + "' in column " + COLUMNS[i]));
                    continue;
                }
                cols.put(COLUMNS[i], v);
            }
            if (map.put(prefix, cols) != null) {
                problems.add(row.problem("duplicate inner_prefix " + prefix));
            }
        }
        return new ComplementTable(map, problems);
    }

    /** The combined code for an embedded action with code {@code inner} under a verb of kind {@code kind}. */
    public Optional<String> combine(String inner, ComplementKind kind) {
        for (int len = inner.length(); len >= 2; len--) {
            Map<ComplementKind, String> cols = byPrefix.get(inner.substring(0, len));
            if (cols != null) {
                return Optional.ofNullable(cols.get(kind));
            }
        }
        return Optional.empty();
    }

    public List<DataProblem> problems() { return problems; }
}
