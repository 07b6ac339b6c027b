package org.attache.coding;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.attache.util.DataProblem;
import org.attache.util.TsvReader.Row;

/**
 * A table of single lemmas, each with the one CAMEO code it gives (statement verbs, weapons):
 * {@code lemma<TAB>code}. A line with more than one word, a code the table's rule refuses, or a
 * lemma listed twice is a problem naming the file and line; the rest of the table loads.
 */
final class LemmaCodes {
    private final Map<String, String> codes;
    private final List<DataProblem> problems;

    private LemmaCodes(Map<String, String> codes, List<DataProblem> problems) {
        this.codes = Map.copyOf(codes);
        this.problems = List.copyOf(problems);
    }

    /**
     * @param accepts  which codes the table takes
     * @param codeRule what the rule says, for the problem ("a statement code must be in root 01 (010-019)")
     * @param entry    what a lemma of the table is, for the duplicate problem ("statement verb")
     */
    static LemmaCodes load(List<Row> rows, Predicate<String> accepts, String codeRule, String entry) {
        Map<String, String> codes = new HashMap<>();
        List<DataProblem> problems = new ArrayList<>();
        for (Row row : rows) {
            String lemma = row.get(0);
            String code = row.get(1);
            if (lemma.isEmpty() || lemma.contains(" ")) {
                problems.add(row.problem("expected one lemma, got '" + lemma + "'"));
            } else if (!accepts.test(code)) {
                problems.add(row.problem(codeRule + ", got '" + code + "'"));
            } else if (codes.putIfAbsent(lemma, code) != null) {
                problems.add(row.problem("duplicate " + entry + " '" + lemma + "'"));
            }
        }
        return new LemmaCodes(codes, problems);
    }

    Optional<String> codeOf(String lemma) { return Optional.ofNullable(codes.get(lemma)); }

    List<DataProblem> problems() { return problems; }
}
