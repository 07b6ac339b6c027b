package org.attache.eval;

import java.util.ArrayList;
import java.util.List;
import org.attache.attribution.SourceKind;
import org.attache.util.DataProblem;
import org.attache.util.TsvReader.Row;

/**
 * Gold attributions and event-to-attribution links (format in README, "Attribution gold"):
 * {@code A article_id source_text kind cue} and {@code E article_id trigger sentence_fragment source_text|-}.
 */
public record AttributionGold(List<Source> sources, List<Link> links, List<DataProblem> problems) {
    /** A gold attribution: the source as written, its kind label, its cue. */
    public record Source(String articleId, String text, String kind, String cue, int line) {
    }

    /** A gold event link: the event by trigger and sentence fragment, and its source text (null: none). */
    public record Link(String articleId, String trigger, String fragment, String source, int line) {
    }

    public static AttributionGold load(List<Row> rows) {
        List<Source> sources = new ArrayList<>();
        List<Link> links = new ArrayList<>();
        List<DataProblem> problems = new ArrayList<>();
        for (Row r : rows) {
            switch (r.get(0)) {
                case "A" -> {
                    if (r.size() < 5 || r.get(2).isEmpty() || r.get(4).isEmpty()) {
                        problems.add(r.problem("an A line is: A article_id source_text kind cue"));
                        continue;
                    }
                    try {
                        SourceKind.ofLabel(r.get(3));
                    } catch (IllegalArgumentException e) {
                        problems.add(r.problem("unknown source kind '" + r.get(3) + "'"));
                        continue;
                    }
                    sources.add(new Source(r.get(1), r.get(2), r.get(3), r.get(4), r.line()));
                }
                case "E" -> {
                    if (r.size() < 5 || r.get(2).isEmpty() || r.get(3).isEmpty() || r.get(4).isEmpty()) {
                        problems.add(r.problem("an E line is: E article_id trigger sentence_fragment source_text|-"));
                        continue;
                    }
                    links.add(new Link(r.get(1), r.get(2), r.get(3), r.get(4).equals("-") ? null : r.get(4), r.line()));
                }
                default -> problems.add(r.problem("a gold line starts with A (attribution) or E (event link), got '"
                        + r.get(0) + "'"));
            }
        }
        return new AttributionGold(List.copyOf(sources), List.copyOf(links), List.copyOf(problems));
    }
}
