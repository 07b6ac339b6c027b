package org.attache.io;

import java.io.PrintStream;
import java.util.List;
import org.attache.model.Event;

/** Tab-separated and human-readable table renderings of events. */
public final class EventTable {
    public static final List<String> TSV_COLUMNS = List.of("article_id", "sentence_index", "date", "date_basis",
            "source", "target", "code", "root", "quad_class", "goldstein", "status", "event_name",
            "source_text", "target_text", "trigger", "trigger_start", "trigger_end");

    private EventTable() {
    }

    public static void tsvHeader(PrintStream out) {
        out.println(String.join("\t", TSV_COLUMNS));
    }

    /** One event as a tab-separated row: every field, the article id too, without tabs or line breaks. */
    public static void tsv(PrintStream out, Event e) {
        List<String> fields = List.of(e.articleId(), String.valueOf(e.sentenceIndex()),
                String.valueOf(e.date()), e.dateBasis(), e.source().code().code(),
                e.target() == null ? "" : e.target().code().code(), e.code(), e.root(),
                String.valueOf(e.type().quadClass()), String.valueOf(e.type().goldstein()), e.status().label(),
                e.type().name(), e.source().span() == null ? "" : e.source().span().text(),
                e.target() == null || e.target().span() == null ? "" : e.target().span().text(),
                e.trigger().text(), String.valueOf(e.trigger().start()), String.valueOf(e.trigger().end()));
        out.println(String.join("\t", fields.stream().map(TextFields::tsv).toList()));
    }

    public static void tableHeader(PrintStream out) {
        out.printf("%-14s %-10s %-12s %-5s %-12s %6s %-12s %s%n", "article", "date", "source", "code", "target",
                "gold.", "status", "evidence");
    }

    public static void table(PrintStream out, Event e) {
        out.printf("%-14s %-10s %-12s %-5s %-12s %6.1f %-12s %s [%s]%n", cut(TextFields.terminal(e.articleId()), 14), e.date(),
                e.source().code().code(), e.code(), e.target() == null ? "-" : e.target().code().code(),
                e.type().goldstein(), e.status().label(), cut(TextFields.terminal(e.sentence()), 90),
                TextFields.terminal(e.trigger().text()));
    }

    private static String cut(String s, int n) {
        return s.length() <= n ? s : s.substring(0, n - 1) + "…";
    }
}
