package org.attache.spark;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Row;
import org.attache.io.ArticleReader;
import org.attache.model.Article;

/**
 * Spark's {@code binaryFile} rows (path, content) to articles, with the reader of
 * {@code attache ingest}: text, HTML, JSON Lines, each possibly {@code .gz}; a file that cannot
 * be read becomes a problem row (and so an error row), never a failed task.
 */
final class ReadInputs implements FlatMapFunction<Row, Row> {
    private final LocalDate defaultDate;

    ReadInputs(LocalDate defaultDate) {
        this.defaultDate = defaultDate;
    }

    @Override
    public Iterator<Row> call(Row file) {
        String path = file.getAs("path");
        byte[] content = file.getAs("content");
        List<Row> out = new ArrayList<>();
        // content ids, as ingest: the same text read again from anywhere has the same id
        ArticleReader reader = new ArticleReader(defaultDate, p -> out.add(Rows.problemIn(path, p.line(), p.message())), true);
        List<Article> articles = new ArrayList<>();
        String name = path.replaceFirst("^file:", "");
        try (InputStream in = path.toLowerCase(java.util.Locale.ROOT).endsWith(".gz")
                ? new GZIPInputStream(new ByteArrayInputStream(content), 65536) : new ByteArrayInputStream(content)) {
            reader.readStream(name, in, articles);
        } catch (IOException | RuntimeException e) {
            out.add(Rows.problemIn(path, 0, "cannot read: " + e.getMessage()));
        }
        for (Article a : articles) {
            out.add(Rows.articleIn(a, path));
        }
        return out.iterator();
    }
}
