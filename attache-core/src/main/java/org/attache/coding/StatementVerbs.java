package org.attache.coding;

import java.util.List;
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
    private final LemmaCodes table;

    private StatementVerbs(LemmaCodes table) {
        this.table = table;
    }

    public static StatementVerbs builtIn() {
        return load(TsvReader.readResource(RESOURCE));
    }

    public static StatementVerbs load(List<Row> rows) {
        return new StatementVerbs(LemmaCodes.load(rows, code -> code.matches("01\\d?"),
                "a statement code must be in root 01 (010-019)", "statement verb"));
    }

    /** The statement code of a verb lemma, if it is a statement verb. */
    public Optional<String> codeOf(String lemma) { return table.codeOf(lemma); }

    public List<DataProblem> problems() { return table.problems(); }
}
