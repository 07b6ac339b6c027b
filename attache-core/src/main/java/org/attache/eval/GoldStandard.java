package org.attache.eval;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.attache.model.Status;
import org.attache.util.DataProblem;
import org.attache.util.TsvReader;
import org.attache.util.TsvReader.Row;

/**
 * The project's gold format: {@code article_id source target code status date trigger
 * sentence_fragment}, tab-separated ({@code -} for no target or unknown date).
 */
public record GoldStandard(List<GoldEvent> events, List<DataProblem> problems) {
    public static final String SAMPLE_GOLD = "org/attache/samples/gold.tsv";

    public static GoldStandard load(List<Row> rows) {
        List<GoldEvent> events = new ArrayList<>();
        List<DataProblem> problems = new ArrayList<>();
        for (Row r : rows) {
            if (r.size() < 5) {
                problems.add(r.problem("expected at least 5 columns: article_id source target code status"));
                continue;
            }
            String code = r.get(3);
            if (!code.matches("\\d{2,4}")) {
                problems.add(r.problem("bad CAMEO code '" + code + "'"));
                continue;
            }
            Status st;
            try {
                st = Status.parse(r.get(4));
            } catch (IllegalArgumentException e) {
                problems.add(r.problem("bad status '" + r.get(4) + "'"));
                continue;
            }
            LocalDate date = null;
            String ds = r.get(5);
            if (!ds.isEmpty() && !ds.equals("-")) {
                try {
                    date = LocalDate.parse(ds);
                } catch (DateTimeParseException e) {
                    problems.add(r.problem("bad date '" + ds + "'"));
                }
            }
            String target = r.get(2);
            events.add(new GoldEvent(r.get(0), r.get(1), target.isEmpty() || target.equals("-") ? null : target,
                    code, st, date, r.get(6), r.get(7), r.line()));
        }
        return new GoldStandard(List.copyOf(events), List.copyOf(problems));
    }

    public static GoldStandard sample() {
        return load(TsvReader.readResource(SAMPLE_GOLD));
    }
}
