package org.attache.app;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.attache.model.Article;
import org.attache.spark.SparkCode;
import org.attache.store.StoreBench;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The Spark benchmark: a generated corpus (the store benchmark's template articles) coded by the
 * Spark job once per master, each run in a fresh JVM (so each pays its own model loading, as a
 * new executor does), reporting the job's own figures.
 */
@Command(name = "bench-spark", description = "Spark benchmark: codes a generated corpus with spark-code on each master "
        + "(a fresh JVM each) and prints articles/s, sentences/s, model-loading cost and peak executor heap.")
final class BenchSparkCommand extends CliCommand implements Callable<Integer> {
    @Option(names = "--articles", defaultValue = "20000", description = "Generated articles (default: ${DEFAULT-VALUE}).")
    int articles;

    @Option(names = "--files", defaultValue = "20", description = "JSON Lines files the corpus is split into (default: ${DEFAULT-VALUE}).")
    int files;

    @Option(names = "--masters", split = ",", defaultValue = "local[1],local[2]", description = "Masters to run (default: ${DEFAULT-VALUE}).")
    List<String> masters;

    @Option(names = "--seed", defaultValue = "42", description = "Corpus seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Override
    public Integer call() throws IOException, InterruptedException {
        if (!SparkCodeCommand.sparkPresent()) {
            err.println("attache bench-spark: Spark is not on the classpath: run it as ./attache bench-spark");
            return 1;
        }
        Path dir = Files.createTempDirectory("attache-bench-spark");
        try {
            Path in = dir.resolve("corpus");
            Files.createDirectories(in);
            List<Article> corpus = StoreBench.corpus(articles, seed);
            int per = Math.max(1, (corpus.size() + files - 1) / files);
            for (int i = 0, f = 0; i < corpus.size(); i += per, f++) {
                StoreBench.writeJsonl(corpus.subList(i, Math.min(corpus.size(), i + per)),
                        in.resolve(String.format("part-%03d.jsonl", f)));
            }
            err.printf("attache bench-spark: %d generated articles (seed %d) in %d file(s)%n", corpus.size(), seed,
                    Math.min(files, corpus.size()));
            List<String[]> rows = new ArrayList<>();
            List<SparkCode.Summary> results = new ArrayList<>();
            for (String master : masters) {
                double loadBefore = loadAverage();
                SparkCode.Summary s = runChild(in, dir.resolve("out-" + rows.size()), master);
                if (s == null) {
                    return 1;
                }
                results.add(s);
                double load = s.modelLoadMillis() / 1000.0 / Math.max(1, s.modelLoads());
                rows.add(new String[] {master, fmt("%.1f", s.seconds()), fmt("%.1f", s.articles() / s.seconds()),
                        fmt("%.1f", s.sentences() / s.seconds()), fmt("%.1f", s.sentencesPerCpuSecond()),
                        fmt("%.1f", load), String.valueOf(s.peakHeapBytes() >> 20), String.valueOf(s.events()),
                        String.valueOf(s.errors()), fmt("%.1f", loadBefore) + " / " + fmt("%.1f", loadAverage())});
                out.println("attache bench-spark: " + master + ": " + s.line());
            }
            out.println();
            out.printf("%d cores; wall-clock rates depend on what else runs (load average before / after each run); "
                    + "sentences per CPU-second of coding do not.%n", Runtime.getRuntime().availableProcessors());
            out.println("| master | seconds | articles/s | sentences/s | sentences per CPU-second | model load s | "
                    + "peak executor heap MB | events | errors | load average |");
            out.println("|---|---|---|---|---|---|---|---|---|---|");
            for (String[] r : rows) {
                out.println("| " + String.join(" | ", r) + " |");
            }
            if (results.size() >= 2) {
                out.printf(Locale.ROOT, "%s vs %s: %.2fx articles/s%n", masters.get(results.size() - 1), masters.get(0),
                        (results.get(results.size() - 1).articles() / results.get(results.size() - 1).seconds())
                                / (results.get(0).articles() / results.get(0).seconds()));
            }
            return 0;
        } finally {
            try (Stream<Path> walk = Files.walk(dir)) {
                walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /** Runs the job in a child JVM with this JVM's options and class path; its log lines go to err. */
    private SparkCode.Summary runChild(Path in, Path outDir, String master) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(ManagementFactory.getRuntimeMXBean().getInputArguments());
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add(SparkCode.class.getName());
        cmd.addAll(List.of(in.toString(), "--out", outDir.toString(), "--master", master, "--date", "2024-01-01"));
        err.println("attache bench-spark: running " + master + "…");
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        pb.environment().put("SPARK_LOCAL_IP", "127.0.0.1");
        Process p = pb.start();
        SparkCode.Summary s = null;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.startsWith("attache-figures\t")) {
                    s = SparkCode.Summary.parseFigures(line);
                } else {
                    err.println("  " + line);
                }
            }
        }
        int rc = p.waitFor();
        if (rc != 0 || s == null) {
            err.println("attache bench-spark: the " + master + " run failed (exit " + rc + ")");
            return null;
        }
        return s;
    }

    private static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    private static String fmt(String f, double v) {
        return String.format(Locale.ROOT, f, v);
    }
}
