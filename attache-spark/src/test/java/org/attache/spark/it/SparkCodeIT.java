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
import org.attache.store.EventStore;
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
        // the store, fed in publication order, deduplicates as the Spark aggregation does
        List<List<Object>> expected;
        try (EventStore store = EventStore.open(dir.resolve("store.duckdb"))) {
            baseline.stream().sorted(Comparator.comparing((ArticleResult r) -> r.article().date())
                            .thenComparing(r -> r.article().id()))
                    .forEach(r -> store.writeArticles(List.of(new EventStore.Coded(r.article(),
                            r.document().sentences(), r.events(), r.sourcing()))));
            // the store numbers events in storing order; its content_hash is the job's event id
            expected = store.rows("SELECT content_hash, CAST(event_date AS VARCHAR), source_code, target_code, code, status, "
                    + "num_mentions, num_sources, num_articles FROM events");
        }
        List<List<Object>> actual = new ArrayList<>();
        for (Row r : spark.read().parquet(out + "/events").collectAsList()) {
            Object d = r.getAs("event_date");
            actual.add(List.of(r.getAs("event_id"), d == null ? "null" : d.toString(), r.getAs("source_code"),
                    r.getAs("target_code"), r.getAs("code"), r.getAs("status"), r.getAs("num_mentions"),
                    r.getAs("num_sources"), r.getAs("num_articles")));
        }
        List<String> e = expected.stream().map(row -> row.stream().map(v -> v == null ? "null" : v.toString())
                .collect(Collectors.joining("|"))).toList();
        List<String> a = actual.stream().map(row -> row.stream().map(String::valueOf)
                .collect(Collectors.joining("|"))).toList();
        assertThat(a).hasSizeGreaterThan(10).containsExactlyInAnyOrderElementsOf(e);
        assertThat(summary.events()).isEqualTo(e.size());
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
