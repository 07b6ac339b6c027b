package org.attache.coding;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.attache.model.Status;
import org.attache.util.DataProblem;
import org.attache.util.TsvReader;
import org.attache.util.TsvReader.Row;

/** Modal auxiliaries and complement-taking heads that make an action intended or hypothetical. */
public final class Modality {
    static final String RESOURCE = "org/attache/coding/modality.tsv";
    private final Map<String, Status> aux;
    private final Map<String, Status> heads;
    private final List<DataProblem> problems;

    private Modality(Map<String, Status> aux, Map<String, Status> heads, List<DataProblem> problems) {
        this.aux = Map.copyOf(aux);
        this.heads = Map.copyOf(heads);
        this.problems = List.copyOf(problems);
    }

    public static Modality builtIn() {
        return load(TsvReader.readResource(RESOURCE));
    }

    public static Modality load(List<Row> rows) {
        Map<String, Status> aux = new HashMap<>();
        Map<String, Status> heads = new HashMap<>();
        List<DataProblem> problems = new java.util.ArrayList<>();
        for (Row row : rows) {
            Status st;
            try {
                st = Status.parse(row.get(1));
            } catch (IllegalArgumentException e) {
                problems.add(row.problem("unknown status '" + row.get(1) + "'"));
                continue;
            }
            switch (row.get(2)) {
                case "aux" -> aux.put(row.get(0), st);
                case "head" -> heads.put(row.get(0), st);
                default -> problems.add(row.problem("role must be aux or head: '" + row.get(2) + "'"));
            }
        }
        return new Modality(aux, heads, problems);
    }

    public Optional<Status> ofAux(String lemma) { return Optional.ofNullable(aux.get(lemma)); }

    public Optional<Status> ofHead(String lemma) { return Optional.ofNullable(heads.get(lemma)); }

    public List<DataProblem> problems() { return problems; }
}
