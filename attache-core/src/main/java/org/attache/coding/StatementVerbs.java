package org.attache.coding;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.attache.util.DataProblem;
import org.attache.util.TsvReader;
import org.attache.util.TsvReader.Row;

/**
 * Reporting and statement verbs with the code they give when their clause holds no other
 * event ("said" 010, "denied" 016). Loaded from {@code statement-verbs.tsv}.
 */
public final class StatementVerbs {
    static final String RESOURCE = "org/attache/coding/statement-verbs.tsv";
    private final Map<String, String> codes;
    private final List<DataProblem> problems;

    private StatementVerbs(Map<String, String> codes, List<DataProblem> problems) {
        this.codes = Map.copyOf(codes);
        this.problems = List.copyOf(problems);
    }

    public static StatementVerbs builtIn() {
        return load(TsvReader.readResource(RESOURCE));
    }

    public static StatementVerbs load(List<Row> rows) {
        Map<String, String> codes = new HashMap<>();
        List<DataProblem> problems = new ArrayList<>();
        for (Row row : rows) {
            String lemma = row.get(0);
            String code = row.get(1);
            if (lemma.isEmpty() || lemma.contains(" ")) {
                problems.add(row.problem("expected one lemma, got '" + lemma + "'"));
            } else if (!code.matches("01\\d?")) {
                problems.add(row.problem("a statement code must be in root 01 (010-019), got '" + code + "'"));
            } else if (codes.putIfAbsent(lemma, code) != null) {
                problems.add(row.problem("duplicate statement verb '" + lemma + "'"));
            }
        }
        return new StatementVerbs(codes, problems);
    }

    /** The statement code of a verb lemma, if it is a statement verb. */
    public Optional<String> codeOf(String lemma) { return Optional.ofNullable(codes.get(lemma)); }

    public List<DataProblem> problems() { return problems; }
}
