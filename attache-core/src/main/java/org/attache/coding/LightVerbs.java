package org.attache.coding;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.attache.util.DataProblem;
import org.attache.util.TsvReader;
import org.attache.util.TsvReader.Row;

/**
 * Light verbs that carry an event noun ("launched an offensive", "took part in talks"): the noun
 * is coded with the verb's subject as its source. Loaded from {@code light-verbs.tsv}.
 */
public final class LightVerbs {
    static final String RESOURCE = "org/attache/coding/light-verbs.tsv";
    private final Set<String> object;
    private final Set<String> in;
    private final List<DataProblem> problems;

    private LightVerbs(Set<String> object, Set<String> in, List<DataProblem> problems) {
        this.object = Set.copyOf(object);
        this.in = Set.copyOf(in);
        this.problems = List.copyOf(problems);
    }

    public static LightVerbs builtIn() {
        return load(TsvReader.readResource(RESOURCE));
    }

    public static LightVerbs load(List<Row> rows) {
        Set<String> object = new HashSet<>();
        Set<String> in = new HashSet<>();
        List<DataProblem> problems = new ArrayList<>();
        for (Row row : rows) {
            String lemma = row.get(0);
            if (lemma.isEmpty() || lemma.contains(" ")) {
                problems.add(row.problem("expected one lemma, got '" + lemma + "'"));
                continue;
            }
            Set<String> target = switch (row.get(1)) {
                case "obj" -> object;
                case "in" -> in;
                default -> null;
            };
            if (target == null) {
                problems.add(row.problem("slot must be obj or in: '" + row.get(1) + "'"));
            } else if (!target.add(lemma)) {
                problems.add(row.problem("duplicate light verb '" + lemma + "' for slot " + row.get(1)));
            }
        }
        return new LightVerbs(object, in, problems);
    }

    /** Whether a noun in relation {@code rel} (with preposition {@code prep}, or null) of this verb is carried by it. */
    public boolean carries(String lemma, String rel, String prep) {
        if (rel.equals("obj") || rel.equals("dobj")) {
            return object.contains(lemma);
        }
        return rel.startsWith("obl") && "in".equals(prep) && in.contains(lemma);
    }

    public List<DataProblem> problems() { return problems; }
}
