package org.attache.spark;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.date_format;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;

import java.io.IOException;
import java.io.PrintStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.attache.io.ArticleReader;

/**
 * The Spark job: reads articles from any path Spark reads, codes them with
 * {@code mapPartitions} and one coder per executor JVM ({@link ExecutorCoder}), and writes the
 * Parquet tables {@code articles}, {@code sentences}, {@code mentions}, {@code events} and
 * {@code errors} under the output directory ({@code events} and {@code mentions} partitioned
 * by {@code event_month}). Task retries cannot duplicate rows: each table is written through
 * Spark's file commit protocol (a task's files appear only when the task commits), and coding
 * is deterministic.
 *
 * <p>For {@code spark-submit}: {@code --class org.attache.spark.SparkCode} with the arguments of
 * {@code attache spark-code} (see {@link Options#parse}).
 */
public final class SparkCode {
    /** The job's settings. {@code master} null: the one spark-submit set; {@code partitions} 0: four per core. */
    public record Options(List<String> inputs, String out, String master, String dictionaries, LocalDate date,
                          int partitions, boolean overwrite) {
        public Options {
            inputs = List.copyOf(inputs);
        }

        /** {@code INPUT... --out DIR [--master M] [--dictionaries DIR] [--date YYYY-MM-DD] [--partitions N] [--overwrite]}. */
        public static Options parse(String... args) {
            List<String> inputs = new ArrayList<>();
            String out = null;
            String master = null;
            String dictionaries = null;
            LocalDate date = LocalDate.now();
            int partitions = 0;
            boolean overwrite = false;
            for (int i = 0; i < args.length; i++) {
                String a = args[i];
                switch (a) {
                    case "--out" -> out = value(args, ++i, a);
                    case "--master" -> master = value(args, ++i, a);
                    case "--dictionaries" -> dictionaries = value(args, ++i, a);
                    case "--date" -> {
                        String v = value(args, ++i, a);
                        try {
                            date = LocalDate.parse(v);
                        } catch (java.time.format.DateTimeParseException e) {
                            throw new IllegalArgumentException("--date must be YYYY-MM-DD, got '" + v + "'");
                        }
                    }
                    case "--partitions" -> partitions = Integer.parseInt(value(args, ++i, a));
                    case "--overwrite" -> overwrite = true;
                    default -> {
                        if (a.startsWith("--")) {
                            throw new IllegalArgumentException("unknown option " + a + " (options: --out, --master, "
                                    + "--dictionaries, --date, --partitions, --overwrite)");
                        }
                        inputs.add(a);
                    }
                }
            }
            if (out == null) {
                throw new IllegalArgumentException("--out DIR is required");
            }
            if (inputs.isEmpty()) {
                throw new IllegalArgumentException("give at least one input path");
            }
            return new Options(inputs, out, master, dictionaries, date, partitions, overwrite);
        }

        private static String value(String[] args, int i, String option) {
            if (i >= args.length) {
                throw new IllegalArgumentException(option + " needs a value");
            }
            return args[i];
        }
    }

    /** What a run did; counters from accumulators, table sizes read back from the written tables. */
    public record Summary(long articles, long sentences, long mentions, long events, long errors, double seconds,
                          long modelLoads, long modelLoadMillis, long peakHeapBytes, int partitions, long codingCpuNanos) {
        public String line() {
            return String.format(Locale.ROOT, "%d article(s), %d sentence(s), %d mention(s) of %d event(s), %d error(s); "
                            + "%.1f s (%.2f articles/s, %.1f sentences/s); %d partition(s); models loaded %d time(s), "
                            + "%d ms in all; coding CPU %.1f s (%.1f sentences per CPU-second); peak executor heap %d MB",
                    articles, sentences, mentions, events, errors, seconds, articles / Math.max(1e-9, seconds),
                    sentences / Math.max(1e-9, seconds), partitions, modelLoads, modelLoadMillis, codingCpuNanos / 1e9,
                    sentencesPerCpuSecond(), peakHeapBytes >> 20);
        }

        /** The per-core rate: sentences over the CPU time of coding them (unaffected by other load on the machine). */
        public double sentencesPerCpuSecond() {
            return sentences / Math.max(1e-9, codingCpuNanos / 1e9);
        }

        /** One tab-separated line for tools (the benchmark reads it from a child JVM's standard error). */
        public String figures() {
            return String.join("\t", "attache-figures", String.valueOf(articles), String.valueOf(sentences),
                    String.valueOf(mentions), String.valueOf(events), String.valueOf(errors), String.valueOf(seconds),
                    String.valueOf(modelLoads), String.valueOf(modelLoadMillis), String.valueOf(peakHeapBytes),
                    String.valueOf(partitions), String.valueOf(codingCpuNanos));
        }

        /** Reads {@link #figures()} back. */
        public static Summary parseFigures(String line) {
            String[] f = line.split("\t");
            if (f.length != 12 || !f[0].equals("attache-figures")) {
                throw new IllegalArgumentException("not a figures line: " + line);
            }
            return new Summary(Long.parseLong(f[1]), Long.parseLong(f[2]), Long.parseLong(f[3]), Long.parseLong(f[4]),
                    Long.parseLong(f[5]), Double.parseDouble(f[6]), Long.parseLong(f[7]), Long.parseLong(f[8]),
                    Long.parseLong(f[9]), Integer.parseInt(f[10]), Long.parseLong(f[11]));
        }
    }

    private SparkCode() {
    }

    /** For spark-submit. */
    public static void main(String[] args) {
        Options o;
        try {
            o = Options.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("attache spark-code: " + e.getMessage());
            System.exit(2);
            return;
        }
        Summary s;
        try {
            s = runWithSession(o, System.err, false);
        } catch (IllegalArgumentException e) {
            System.err.println("attache spark-code: " + e.getMessage());
            System.exit(1);
            return;
        }
        System.err.println("attache spark-code: done: " + s.line());
        System.err.println(s.figures());
    }

    /**
     * Runs the job in a session of its own ({@code o.master()}, or spark-submit's when null) and
     * stops it. No Spark type in the signature: the command line calls this without Spark on its
     * compile path.
     */
    public static Summary runWithSession(Options o, PrintStream err, boolean ui) {
        SparkSession spark = session(o.master(), ui);
        try {
            if (ui && spark.sparkContext().uiWebUrl().isDefined()) {
                err.println("attache spark-code: Spark UI at " + spark.sparkContext().uiWebUrl().get());
            }
            return run(spark, o, err, 10);
        } finally {
            spark.stop();
        }
    }

    /**
     * A session for the job: with a local master the driver (and so the executors, which live
     * in the same JVM) binds to the loopback only, and the UI is off unless {@code ui} (Spark
     * binds its UI to SPARK_LOCAL_IP, else to every interface).
     */
    public static SparkSession session(String master, boolean ui) {
        SparkSession.Builder b = SparkSession.builder().appName("attache spark-code");
        if (master != null) {
            b.master(master);
            if (master.startsWith("local")) {
                boolean loopbackUi = ui && "127.0.0.1".equals(System.getenv("SPARK_LOCAL_IP"));
                b.config("spark.driver.bindAddress", "127.0.0.1")
                        .config("spark.driver.host", "127.0.0.1")
                        .config("spark.ui.enabled", loopbackUi)
                        .config("spark.sql.shuffle.partitions", "8")
                        .config("spark.sql.adaptive.enabled", "true")
                        .config("spark.sql.debug.maxToStringFields", "200");
            }
        }
        return b.getOrCreate();
    }

    /** Runs the job on {@code spark}; problems go to {@code err}. */
    public static Summary run(SparkSession spark, Options o, PrintStream err) {
        return run(spark, o, err, 0);
    }

    /** As {@link #run(SparkSession, Options, PrintStream)}, with a progress line every {@code progressSeconds} (0: none). */
    public static Summary run(SparkSession spark, Options o, PrintStream err, int progressSeconds) {
        long t0 = System.nanoTime();
        CoderConfig config = new CoderConfig(o.dictionaries());
        if (o.dictionaries() != null) {
            // load once on the driver: a bad directory fails here, before any executor starts
            var p = config.pipeline();
            p.problems().forEach(pr -> err.println("attache spark-code: dictionaries: " + pr));
        }
        prepareOut(spark, o);
        // Nested-column pruning through explode() of the wide mention structs costs the optimizer
        // minutes of CPU per query (ColumnPruning / GeneratorNestedColumnAliasing) and saves
        // nothing here: every mention field is written. Runtime settings of this session only.
        spark.conf().set("spark.sql.optimizer.nestedSchemaPruning.enabled", "false");
        spark.conf().set("spark.sql.optimizer.expression.nestedPruning.enabled", "false");
        JobMetrics metrics = new JobMetrics(spark.sparkContext());
        java.util.concurrent.ScheduledExecutorService ticker = null;
        if (progressSeconds > 0) {
            ticker = java.util.concurrent.Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "attache-spark-progress");
                t.setDaemon(true);
                return t;
            });
            // accumulators reach the driver as tasks finish: the counts move a partition at a time
            ticker.scheduleAtFixedRate(() -> err.printf(Locale.ROOT, "attache spark-code: %d article(s) coded, "
                            + "%d sentence(s), %d mention(s), %d error(s), %.0f s%n", metrics.articles.value(),
                    metrics.sentences.value(), metrics.mentions.value(), metrics.failed.value(),
                    (System.nanoTime() - t0) / 1e9), progressSeconds, progressSeconds, java.util.concurrent.TimeUnit.SECONDS);
        }
        try {
            return write(spark, o, metrics, config, t0, err);
        } finally {
            if (ticker != null) {
                ticker.shutdownNow();
            }
        }
    }

    private static Summary write(SparkSession spark, Options o, JobMetrics metrics, CoderConfig config, long t0,
                                 PrintStream err) {
        int partitions = o.partitions() > 0 ? o.partitions() : Math.max(1, spark.sparkContext().defaultParallelism() * 4);

        Dataset<Row> in = articles(spark, o, err);
        Dataset<Row> coded = in.repartition(partitions, col("article_id"), col("file"), col("line"))
                .mapPartitions(new CodePartition(config, metrics), Encoders.row(Tables.CODED))
                .persist(StorageLevel.MEMORY_AND_DISK());
        try {
            String out = o.out().endsWith("/") ? o.out() : o.out() + "/";
            Dataset<Row> ok = coded.filter(col("error").isNull());
            ok.select("article_id", "published", "outlet", "url", "title", "text", "num_sentences", "num_mentions",
                    "sourcing").write().mode(SaveMode.ErrorIfExists).parquet(out + "articles");
            ok.select(col("article_id"), explode(col("sentences")).as("s")).select("article_id", "s.*")
                    .write().mode(SaveMode.ErrorIfExists).parquet(out + "sentences");
            coded.filter(col("error").isNotNull())
                    .select(col("article_id"), col("file"), col("line"), col("error_stage").as("stage"),
                            col("error").as("message"))
                    .coalesce(1).write().mode(SaveMode.ErrorIfExists).parquet(out + "errors");

            Dataset<Row> mentions = ok.select(explode(col("mentions")).as("m")).select("m.*")
                    .withColumn("source_code", coalesce(col("source.code"), lit("")))
                    .withColumn("target_code", coalesce(col("target.code"), lit("")));
            Dataset<Row> days = mentions.select("source_code", "target_code", "code", "status", "date").distinct()
                    .groupByKey((MapFunction<Row, String>) EventDays::key, Encoders.STRING())
                    .flatMapGroups(new EventDays(), Encoders.row(Tables.EVENT_DAY));
            Dataset<Row> d = days.select(renamed(days));
            Dataset<Row> withIds = mentions.join(d, mentions.col("source_code").equalTo(d.col("d_source_code"))
                            .and(mentions.col("target_code").equalTo(d.col("d_target_code")))
                            .and(mentions.col("code").equalTo(d.col("d_code")))
                            .and(mentions.col("status").equalTo(d.col("d_status")))
                            .and(mentions.col("date").eqNullSafe(d.col("d_date"))), "left")
                    .withColumn("event_month", coalesce(date_format(col("d_event_date"), "yyyy-MM"), lit("undated")))
                    .persist(StorageLevel.MEMORY_AND_DISK());
            try {
                List<Column> mentionCols = new ArrayList<>();
                mentionCols.add(col("d_event_id").as("event_id"));
                for (String c : Tables.MENTION.fieldNames()) {
                    mentionCols.add(col(c));
                }
                mentionCols.add(col("source_code"));
                mentionCols.add(col("target_code"));
                mentionCols.add(col("event_month"));
                withIds.select(mentionCols.toArray(new Column[0]))
                        .write().mode(SaveMode.ErrorIfExists).partitionBy("event_month").parquet(out + "mentions");
                withIds.groupBy(col("d_event_id").as("event_id"), col("d_event_date").as("event_date"),
                                col("source_code"), col("target_code"), col("code"), col("root"), col("quad_class"),
                                col("goldstein"), col("status"), col("event_month"))
                        .agg(count(lit(1)).cast("int").as("num_mentions"),
                                countDistinct(col("outlet")).cast("int").as("num_sources"),
                                countDistinct(col("article_id")).cast("int").as("num_articles"))
                        .write().mode(SaveMode.ErrorIfExists).partitionBy("event_month").parquet(out + "events");
            } finally {
                withIds.unpersist();
            }
            long events = spark.read().parquet(out + "events").count();
            long errors = spark.read().parquet(out + "errors").count();
            double seconds = (System.nanoTime() - t0) / 1e9;
            return new Summary(metrics.articles.value(), metrics.sentences.value(), metrics.mentions.value(), events,
                    errors, seconds, metrics.modelLoads.value(), metrics.modelLoadMillis.value(),
                    metrics.peakHeapBytes.value(), partitions, metrics.codingCpuNanos.value());
        } finally {
            coded.unpersist();
        }
    }

    private static Column[] renamed(Dataset<Row> days) {
        String[] names = days.columns();
        Column[] cs = new Column[names.length];
        for (int i = 0; i < names.length; i++) {
            cs[i] = col(names[i]).as("d_" + names[i]);
        }
        return cs;
    }

    /** Refuses an output directory that holds anything, unless --overwrite (then removes it first). */
    private static void prepareOut(SparkSession spark, Options o) {
        try {
            Path p = new Path(o.out());
            FileSystem fs = p.getFileSystem(spark.sparkContext().hadoopConfiguration());
            if (fs.exists(p) && (!fs.getFileStatus(p).isDirectory() || fs.listStatus(p).length > 0)) {
                if (!o.overwrite()) {
                    throw new IllegalArgumentException("output " + o.out() + " already exists and is not empty: give "
                            + "another --out or --overwrite to replace it");
                }
                fs.delete(p, true);
            }
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot prepare output " + o.out() + ": " + e.getMessage(), e);
        }
    }

    private static boolean isTable(String in) {
        return in.toLowerCase(Locale.ROOT).replaceFirst("/+$", "").endsWith(".parquet");
    }

    /**
     * Error rows for the empty files under {@code p}: Spark's file listing drops zero-length files
     * before any task sees them, so they are found here (a listing on the driver) to be reported
     * as {@code attache ingest} reports them. Hidden files and folders ({@code .x}, {@code _x}),
     * which Spark and ingest skip, are left out.
     */
    private static List<Row> emptyFiles(FileSystem fs, Path p) throws IOException {
        List<Row> out = new ArrayList<>();
        RemoteIterator<LocatedFileStatus> it = fs.listFiles(p, true);
        String root = fs.makeQualified(p).toUri().getPath();
        while (it.hasNext()) {
            LocatedFileStatus f = it.next();
            if (f.getLen() == 0) {
                String path = f.getPath().toUri().getPath();
                String below = path.startsWith(root) ? path.substring(root.length()) : f.getPath().getName();
                boolean hidden = java.util.Arrays.stream(below.split("/"))
                        .anyMatch(part -> part.startsWith(".") || part.startsWith("_"));
                if (!hidden) {
                    out.add(Rows.problemIn(f.getPath().toString(), 0, "empty file"));
                }
            }
        }
        return out;
    }

    /**
     * The input articles: paths ending in {@code .parquet} are tables (columns id, date, source,
     * url, title, text; only text is required), anything else is read as files (directories
     * recursively) by the reader of {@code attache ingest}. A missing path is an error row.
     */
    static Dataset<Row> articles(SparkSession spark, Options o, PrintStream err) {
        List<String> tables = new ArrayList<>();
        List<String> files = new ArrayList<>();
        List<Row> missing = new ArrayList<>();
        for (String in : o.inputs()) {
            try {
                Path p = new Path(in);
                FileSystem fs = p.getFileSystem(spark.sparkContext().hadoopConfiguration());
                if (!fs.exists(p)) {
                    err.println("attache spark-code: " + in + ": no such file or directory");
                    missing.add(Rows.problemIn(in, 0, "no such file or directory"));
                    continue;
                }
                if (!isTable(in)) {
                    missing.addAll(emptyFiles(fs, p));
                }
            } catch (IOException e) {
                missing.add(Rows.problemIn(in, 0, "cannot read: " + e.getMessage()));
                continue;
            }
            (isTable(in) ? tables : files).add(in);
        }
        Dataset<Row> all = spark.createDataFrame(missing, Tables.ARTICLE_IN);
        if (!files.isEmpty()) {
            Dataset<Row> listing = spark.read().format("binaryFile").option("recursiveFileLookup", "true")
                    .load(files.toArray(new String[0]));
            // the length filter is pushed into the file listing: an oversized file's bytes are never read
            long max = ArticleReader.MAX_FILE_BYTES;
            Dataset<Row> raw = listing.filter(col("length").leq(max)).select("path", "content");
            all = all.union(raw.flatMap(new ReadInputs(o.date()), Encoders.row(Tables.ARTICLE_IN)));
            all = all.union(listing.filter(col("length").gt(max)).select("path", "length").map(
                    (MapFunction<Row, Row>) r -> Rows.problemIn(r.getAs("path"), 0, "file is "
                            + (r.<Long>getAs("length") >> 20) + " MB, over the " + (max >> 20)
                            + " MB limit; split it into smaller files"), Encoders.row(Tables.ARTICLE_IN)));
        }
        if (!tables.isEmpty()) {
            Dataset<Row> t = spark.read().parquet(tables.toArray(new String[0]));
            all = all.union(t.map(new TableArticles(o.date(), t.columns()), Encoders.row(Tables.ARTICLE_IN)));
        }
        return all;
    }
}
