package org.attache.spark;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Row;
import org.attache.io.ArticleReader;
import org.attache.model.Article;

/**
 * A row of an article table (columns id, date, source, url, title, text; only text is
 * required; date a DATE or a YYYY-MM-DD string) to an article, as the JSON Lines reader reads
 * the same fields: no id gives the URL, then the content id; no date the default date.
 */
final class TableArticles implements MapFunction<Row, Row> {
    private final LocalDate defaultDate;
    private final List<String> columns;

    TableArticles(LocalDate defaultDate, String[] columns) {
        this.defaultDate = defaultDate;
        this.columns = Arrays.asList(columns);
    }

    @Override
    public Row call(Row r) {
        String text = string(r, "text");
        String file = "table";
        if (text == null || text.isBlank()) {
            return Rows.problemIn(file, 0, "article " + string(r, "id") + " has no \"text\"");
        }
        LocalDate date = defaultDate;
        Object d = columns.contains("date") ? r.getAs("date") : null;
        if (d instanceof java.sql.Date sd) {
            date = sd.toLocalDate();
        } else if (d instanceof LocalDate ld) {
            date = ld;
        } else if (d != null && !d.toString().isBlank()) {
            String ds = d.toString();
            try {
                date = LocalDate.parse(ds.length() > 10 ? ds.substring(0, 10) : ds);
            } catch (DateTimeParseException e) {
                return Rows.problemIn(file, 0, "article " + string(r, "id") + ": bad date '" + ds + "' (want YYYY-MM-DD)");
            }
        }
        String id = string(r, "id");
        if (id == null || id.isBlank()) {
            id = string(r, "url");
        }
        if (id == null || id.isBlank()) {
            id = ArticleReader.contentId(text);
        }
        return Rows.articleIn(new Article(id, date, string(r, "source"), string(r, "url"), string(r, "title"), text), file);
    }

    private String string(Row r, String name) {
        if (!columns.contains(name)) {
            return null;
        }
        Object v = r.getAs(name);
        return v == null ? null : v.toString();
    }
}
