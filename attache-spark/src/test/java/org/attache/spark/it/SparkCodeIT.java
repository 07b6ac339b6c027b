package org.attache.spark.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.sql.SparkSession;
import org.attache.eval.SampleCorpus;
import org.attache.io.ArticleReader;
import org.attache.io.EventJson;
import org.attache.model.Article;
import org.attache.model.Event;
import org.attache.nlp.corenlp.CoreNlpEngine;
import org.attache.pipeline.ArticleResult;
import org.attache.pipeline.CorpusRunner;
import org.attache.pipeline.Pipeline;
import org.attache.spark.SparkCode;
import org.attache.store.EventFilter;
import org.attache.store.EventStore;
import org.attache.store.Exporter;
import org.attache.store.ParquetImport;
import org.attache.store.StoredEvents;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Spark job on local[2] gives the same answers as {@code attache code} (same coder, same
 * CoreNLP settings) on the sample corpus, and its events table the same events and counts as
 * the embedded store. One Spark session and one coded corpus for all checks, to keep CI lean.
 */
class SparkCodeIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    @TempDir
    static Path dir;
    private static SparkSession spark;
    private static List<Article> corpus;
    private static List<ArticleResult> baseline;
    private static SparkCode.Summary summary;
    private static String out;

    @BeforeAll
    static void codeTheSampleBothWays() throws IOException {
        corpus = SampleCorpus.articles();
        Path input = dir.resolve("in/corpus.jsonl");
        Files.createDirectories(input.getParent());
        Files.write(input, corpus.stream().map(ArticleReader::jsonLine).toList(), StandardCharsets.UTF_8);
        // what `attache code` does: the built-in pipeline, CoreNLP engines from the same factory
        baseline = new CorpusRunner(Pipeline.builtIn(), CoreNlpEngine.factory(), 1).runAll(corpus);
        spark = SparkCode.session("local[2]", false);
        out = dir.resolve("out").toString();
        summary = SparkCode.run(spark, new SparkCode.Options(List.of(input.toString()), out, "local[2]", null,
                java.time.LocalDate.of(2024, 1, 1), 4, false), new PrintStream(new ByteArrayOutputStream()));
    }

    @AfterAll
    static void stop() {
        if (spark != null) {
            spark.stop();
        }
    }

    @Test
    void sameEventsAsAttacheCode() {
        EventJson json = new EventJson(Pipeline.builtIn().ontology());
        List<String> expected = new ArrayList<>();
        for (ArticleResult r : baseline) {
            assertThat(r.failed()).as(r.article().id()).isFalse();
            for (Event e : r.events()) {
                expected.add(canonical(json.toJson(e)));
            }
        }
        Dataset<Row> mentions = spark.read().parquet(out + "/mentions")
                .drop("event_id", "mention_index", "outlet", "published", "source_code", "target_code", "event_month");
        List<String> actual = mentions.toJSON().collectAsList().stream().map(SparkCodeIT::canonical).toList();
        assertThat(expected).hasSizeGreaterThan(20);
        assertThat(actual).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(summary.mentions()).isEqualTo(expected.size());
        assertThat(summary.articles()).isEqualTo(corpus.size());
        assertThat(summary.errors()).isZero();
        // one coder per executor JVM: local mode has one, loaded once for all partitions
        assertThat(summary.modelLoads()).isEqualTo(1);
    }

    @Test
    void sameArticlesSentencesAndSourcing() {
        Map<String, String> expected = new HashMap<>();
        long sentences = 0;
        for (ArticleResult r : baseline) {
            expected.put(r.article().id(), EventJson.sourcing(r.sourcing()).get("sourcing").toString());
            sentences += r.document().sentences().size();
        }
        Map<String, String> actual = new HashMap<>();
        for (Row r : spark.read().parquet(out + "/articles").collectAsList()) {
            actual.put(r.getAs("article_id"), r.getAs("sourcing"));
        }
        assertThat(actual).isEqualTo(expected);
        assertThat(spark.read().parquet(out + "/sentences").count()).isEqualTo(sentences);
    }

    @Test
    void eventsAreTheStoresEventsWithTheStoresCounts() {
        // the store, fed in publication order, deduplicates as the Spark aggregation does; it numbers
        // events in storing order, and its content_hash is the job's event id
        List<String> expected;
        try (EventStore store = EventStore.openReadOnly(directStore())) {
            expected = eventRows(store);
        }
        List<String> actual = new ArrayList<>();
        for (Row r : spark.read().parquet(out + "/events").collectAsList()) {
            Object d = r.getAs("event_date");
            actual.add(String.join("|", String.valueOf(r.<Object>getAs("event_id")), d == null ? "null" : d.toString(),
                    r.getAs("source_code"), r.getAs("target_code"), r.getAs("code"), r.getAs("status"),
                    String.valueOf(r.<Object>getAs("num_mentions")), String.valueOf(r.<Object>getAs("num_sources")),
                    String.valueOf(r.<Object>getAs("num_articles"))));
        }
        assertThat(actual).hasSizeGreaterThan(10).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(summary.events()).isEqualTo(expected.size());
    }

    @Test
    void theTablesLoadIntoAStoreAsTheCodedArticlesDoAndExportTheSame() throws IOException {
        Path imported = dir.resolve("imported.duckdb");
        try (EventStore store = EventStore.open(imported)) {
            ParquetImport.Summary first = ParquetImport.load(store, Path.of(out), false, l -> { });
            assertThat(first.written()).isEqualTo(corpus.size());
            ParquetImport.Summary again = ParquetImport.load(store, Path.of(out), false, l -> { });
            assertThat(again.written()).isZero();
            assertThat(again.skipped()).isEqualTo(corpus.size());
        }
        var ontology = Pipeline.builtIn().ontology();
        try (EventStore direct = EventStore.openReadOnly(directStore()); EventStore loaded = EventStore.openReadOnly(imported)) {
            assertThat(StoredEvents.mentions(loaded, ontology, List.of()))
                    .hasSizeGreaterThan(20).isEqualTo(StoredEvents.mentions(direct, ontology, List.of()));
            assertThat(eventRows(loaded)).isEqualTo(eventRows(direct));
            // loaded in publication order, events and articles get the ids a date-ordered ingest gives them
            String ids = "SELECT event_id, content_hash FROM events ORDER BY event_id";
            assertThat(loaded.rows(ids)).isEqualTo(direct.rows(ids));
            String articleIds = "SELECT article_id, article_key FROM articles ORDER BY article_id";
            assertThat(loaded.rows(articleIds)).hasSize(corpus.size()).isEqualTo(direct.rows(articleIds));
            String sql = "SELECT article_key, text_hash, published, outlet, url, title, body, num_sentences, num_mentions, "
                    + "sourcing FROM articles ORDER BY article_key";
            assertThat(loaded.rows(sql)).isEqualTo(direct.rows(sql));
            String sentences = "SELECT * FROM sentences ORDER BY article_key, sentence_index";
            assertThat(loaded.rows(sentences)).isEqualTo(direct.rows(sentences));
            for (Exporter.Format f : List.of(Exporter.Format.GDELT, Exporter.Format.ICEWS, Exporter.Format.PLOVER)) {
                assertThat(withoutStoringTime(f, export(loaded, f))).as(f.name())
                        .isEqualTo(withoutStoringTime(f, export(direct, f))).isNotBlank();
            }
        }
    }

    @Test
    void badInputsAndArticleTablesBecomeRowsNeverAFailedJob() throws IOException {
        Path bad = dir.resolve("bad");
        Files.createDirectories(bad);
        Files.write(bad.resolve("empty.txt"), new byte[0]);
        Files.write(bad.resolve("binary.txt"), new byte[] {0, 1, 2, 3, 0, 0, 5, 6, 7, 0});
        Files.writeString(bad.resolve("broken.jsonl"), ArticleReader.jsonLine(corpus.get(0)) + "\n{not json\n");
        byte[] big = new byte[(int) ArticleReader.MAX_FILE_BYTES + 1];
        java.util.Arrays.fill(big, (byte) 'a');
        Files.write(bad.resolve("big.txt"), big);
        // an article table: two sample articles (one without an id) and a row without text
        Path table = dir.resolve("articles.parquet");
        List<Row> rows = List.of(
                RowFactory.create(corpus.get(1).id(), corpus.get(1).date().toString(), corpus.get(1).source(),
                        corpus.get(1).url(), corpus.get(1).title(), corpus.get(1).text()),
                RowFactory.create(null, corpus.get(2).date().toString(), corpus.get(2).source(), null, null,
                        corpus.get(2).text()),
                RowFactory.create("no-text", null, null, null, null, ""));
        StructType schema = new StructType().add("id", "string").add("date", "string").add("source", "string")
                .add("url", "string").add("title", "string").add("text", "string");
        spark.createDataFrame(rows, schema).write().parquet(table.toString());
        String out2 = dir.resolve("out-bad").toString();
        SparkCode.Summary s = SparkCode.run(spark, new SparkCode.Options(List.of(bad.toString(), table.toString(),
                dir.resolve("missing").toString()), out2, "local[2]", null, java.time.LocalDate.of(2024, 1, 1), 2, false),
                new PrintStream(new ByteArrayOutputStream()));

        List<String> errors = spark.read().parquet(out2 + "/errors").collectAsList().stream()
                .map(r -> r.getAs("stage") + " " + r.getAs("file") + ":" + r.getAs("line") + " " + r.getAs("message"))
                .sorted().toList();
        assertThat(errors).hasSize(6);
        assertThat(errors).anySatisfy(e -> assertThat(e).contains("big.txt").contains("over the 50 MB limit"));
        assertThat(errors).anySatisfy(e -> assertThat(e).contains("empty.txt").contains("empty file"));
        assertThat(errors).anySatisfy(e -> assertThat(e).contains("binary.txt").contains("binary"));
        assertThat(errors).anySatisfy(e -> assertThat(e).contains("broken.jsonl:2").contains("not valid JSON"));
        assertThat(errors).anySatisfy(e -> assertThat(e).contains("missing").contains("no such file"));
        assertThat(errors).anySatisfy(e -> assertThat(e).contains("no-text").contains("has no \"text\""));
        assertThat(errors).allSatisfy(e -> assertThat(e).startsWith("read "));
        assertThat(s.errors()).isEqualTo(6);

        // the three good articles are coded as attache code codes them; the one without an id gets its content id
        EventJson json = new EventJson(Pipeline.builtIn().ontology());
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            for (Event e : baseline.get(i).events()) {
                ObjectNode o = json.toJson(e);
                if (i == 2) {
                    o.put("article_id", ArticleReader.contentId(corpus.get(2).text()));
                }
                expected.add(canonical(o));
            }
        }
        List<String> actual = spark.read().parquet(out2 + "/mentions")
                .drop("event_id", "mention_index", "outlet", "published", "source_code", "target_code", "event_month")
                .toJSON().collectAsList().stream().map(SparkCodeIT::canonical).toList();
        assertThat(actual).isNotEmpty().containsExactlyInAnyOrderElementsOf(expected);
        assertThat(spark.read().parquet(out2 + "/articles").count()).isEqualTo(3);
        // the output is never silently replaced
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> SparkCode.run(spark, new SparkCode.Options(
                        List.of(bad.toString()), out2, "local[2]", null, java.time.LocalDate.of(2024, 1, 1), 2, false),
                        new PrintStream(new ByteArrayOutputStream())))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--overwrite");
    }

    /** The store fed the baseline's coded articles in publication order (as a date-ordered ingest). */
    private static synchronized Path directStore() {
        Path file = dir.resolve("store.duckdb");
        if (!Files.exists(file)) {
            try (EventStore store = EventStore.open(file)) {
                baseline.stream().sorted(Comparator.comparing((ArticleResult r) -> r.article().date())
                                .thenComparing(r -> r.article().id()))
                        .forEach(r -> store.writeArticles(List.of(new EventStore.Coded(r.article(),
                                r.document().sentences(), r.events(), r.sourcing()))));
            }
        }
        return file;
    }

    /** The store's events keyed by content hash (the job's event id); the store's own ids are sequential. */
    private static List<String> eventRows(EventStore store) {
        return store.rows("SELECT content_hash, CAST(event_date AS VARCHAR), source_code, target_code, code, status, "
                        + "num_mentions, num_sources, num_articles FROM events ORDER BY content_hash").stream()
                .map(row -> row.stream().map(v -> v == null ? "null" : v.toString()).collect(Collectors.joining("|")))
                .toList();
    }

    private static String export(EventStore store, Exporter.Format f) {
        java.io.StringWriter w = new java.io.StringWriter();
        try (java.io.PrintWriter pw = new java.io.PrintWriter(w)) {
            new Exporter(store).write(f, EventFilter.all(), 0, pw);
        }
        return w.toString();
    }

    /**
     * An export without the time its events were first stored (GDELT's DATEADDED, PLOVER's
     * coded_date), which is when each store was written, not a property of the events; GDELT's
     * must still be a YYYYMMDDHHMMSS time.
     */
    private static String withoutStoringTime(Exporter.Format f, String export) {
        return switch (f) {
            case GDELT -> export.lines().map(line -> {
                String[] cols = line.split("\t", -1);
                assertThat(cols).hasSize(61);
                assertThat(cols[59]).matches("\\d{14}");
                cols[59] = "DATEADDED";
                return String.join("\t", cols);
            }).collect(Collectors.joining("\n"));
            case PLOVER -> export.replaceAll("\"coded_date\":\"[0-9-]{10}\"", "\"coded_date\":\"\"");
            default -> export;
        };
    }

    /** A JSON event without null fields and with inferred=false dropped (the JSON Lines writer omits both). */
    private static String canonical(String line) {
        try {
            return canonical(JSON.readTree(line));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String canonical(JsonNode n) {
        strip(n);
        return n.toString();
    }

    private static void strip(JsonNode n) {
        if (n instanceof ObjectNode o) {
            List<String> drop = new ArrayList<>();
            Iterator<Map.Entry<String, JsonNode>> it = o.fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> f = it.next();
                if (f.getValue().isNull() || (f.getKey().equals("inferred") && !f.getValue().asBoolean())) {
                    drop.add(f.getKey());
                } else {
                    strip(f.getValue());
                }
            }
            o.remove(drop);
            // field order differs between writers: sort keys
            List<String> keys = new ArrayList<>();
            o.fieldNames().forEachRemaining(keys::add);
            keys.sort(null);
            Map<String, JsonNode> copy = new java.util.LinkedHashMap<>();
            keys.forEach(k -> copy.put(k, o.get(k)));
            o.removeAll();
            copy.forEach(o::set);
        } else if (n.isArray()) {
            n.forEach(SparkCodeIT::strip);
        }
    }
}
