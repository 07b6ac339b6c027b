package org.attache.app;

import java.util.List;
import java.util.concurrent.Callable;
import org.attache.spark.SparkCode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "spark-code", description = "Code articles with Apache Spark (local[N] here, or a cluster through spark-submit) "
        + "into Parquet tables under --out: articles, sentences, mentions, events (deduplicated, with counts), errors.")
final class SparkCodeCommand extends CliCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Files or directories (recursive: text, HTML, JSON Lines, "
            + ".gz) on any file system Spark reads, or article tables (paths ending in .parquet: columns id, date, source, url, title, text).")
    List<String> inputs;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Directory for the Parquet tables (must be empty or absent).")
    String outDir;

    @Option(names = "--master", defaultValue = "local[*]", description = "Spark master (default: ${DEFAULT-VALUE}).")
    String master;

    @Option(names = "--dictionaries", paramLabel = "DIR", description = "PETRARCH/TABARI dictionaries (as for code); the path must be readable on every executor.")
    String dictionaries;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "Publication date for articles without one. Default: today.")
    String date;

    @Option(names = "--partitions", defaultValue = "0", description = "Partitions to code (default: four per core).")
    int partitions;

    @Option(names = "--overwrite", description = "Replace the tables of an earlier run under --out.")
    boolean overwrite;

    @Option(names = "--ui", description = "Start the Spark UI (local masters: only when SPARK_LOCAL_IP is 127.0.0.1, as ./attache sets it).")
    boolean ui;

    @Override
    public Integer call() {
        if (!sparkPresent()) {
            err.println("attache spark-code: Spark is not on the classpath: run it as ./attache spark-code (which adds "
                    + "attache-spark/target/spark-lib), or submit org.attache.spark.SparkCode with spark-submit");
            return 1;
        }
        var parsed = publicationDate("spark-code", date);
        if (parsed.isEmpty()) {
            return 2;
        }
        err.printf("attache spark-code: %d input(s) on %s; each executor loads the CoreNLP models once (a few seconds)…%n",
                inputs.size(), master);
        SparkCode.Summary s;
        try {
            s = SparkCode.runWithSession(new SparkCode.Options(inputs, outDir, master, dictionaries, parsed.get(), partitions,
                    overwrite), err, ui);
        } catch (IllegalArgumentException e) {
            err.println("attache spark-code: " + e.getMessage());
            return 1;
        }
        out.println("attache spark-code: " + s.line());
        out.println("tables in " + outDir + ": articles, sentences, mentions, events, errors (Parquet)");
        return s.errors() == 0 ? 0 : 1;
    }

    static boolean sparkPresent() {
        try {
            Class.forName("org.apache.spark.sql.SparkSession", false, SparkCodeCommand.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }
}
