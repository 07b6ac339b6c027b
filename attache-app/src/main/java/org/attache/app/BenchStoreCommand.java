package org.attache.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.attache.io.InputProblem;
import org.attache.model.Article;
import org.attache.nlp.corenlp.CoreNlpEngine;
import org.attache.pipeline.Pipeline;
import org.attache.store.EventStore;
import org.attache.store.Ingest;
import org.attache.store.StoreBench;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "bench-store", description = "Store benchmark: ingest throughput on a generated corpus (1 and 2 threads) "
        + "and query latency (median, p95) on a store of generated events.")
final class BenchStoreCommand extends CliCommand implements Callable<Integer> {
    @Option(names = "--articles", defaultValue = "2000", description = "Generated articles to ingest (default: ${DEFAULT-VALUE}).")
    int articles;

    @Option(names = "--threads", split = ",", defaultValue = "1,2", description = "Thread counts to ingest with (default: ${DEFAULT-VALUE}).")
    List<Integer> threads;

    @Option(names = "--events", defaultValue = "1000000", description = "Generated events for the query benchmark (default: ${DEFAULT-VALUE}).")
    long events;

    @Option(names = "--runs", defaultValue = "21", description = "Timed runs per query (default: ${DEFAULT-VALUE}).")
    int runs;

    @Option(names = "--keep-query-db", paramLabel = "FILE", description = "Keep the generated query store in FILE (must not exist) to try queries on it.")
    Path keepQueryDb;

    @Option(names = "--skip-ingest", description = "Only the query benchmark.")
    boolean skipIngest;

    @Option(names = "--skip-query", description = "Only the ingest benchmark.")
    boolean skipQuery;

    @Override
    public Integer call() throws IOException {
        Path dir = Files.createTempDirectory("attache-bench-store");
        try {
            if (!skipIngest) {
                ingest(dir);
            }
            if (!skipQuery) {
                query(dir);
            }
        } finally {
            try (Stream<Path> walk = Files.walk(dir)) {
                walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        return 0;
    }

    private void ingest(Path dir) throws IOException {
        List<Article> corpus = StoreBench.corpus(articles, 42);
        Path file = dir.resolve("generated.jsonl");
        StoreBench.writeJsonl(corpus, file);
        Pipeline pipeline = Pipeline.builtIn();
        out.printf("Ingest: %d generated articles (%s), JSON Lines file -> new store, model loading included%n",
                articles, file.getFileName());
        out.println("threads  articles  sentences  events  seconds  articles/s  sentences/s");
        for (int t : threads) {
            Path db = dir.resolve("ingest-" + t + ".duckdb");
            err.printf("attache bench-store: ingesting with %d thread(s)…%n", t);
            Ingest.Summary s;
            try (EventStore store = EventStore.open(db)) {
                s = new Ingest(store, pipeline, CoreNlpEngine.factory(), new Ingest.Options(t, LocalDate.now(), false))
                        .ingestPaths(List.of(file), new Ingest.Listener() {
                            @Override
                            public void problem(InputProblem p) {
                                err.println("attache bench-store: " + p);
                            }

                            @Override
                            public void failed(Article a, String error) {
                                err.println("attache bench-store: " + a.id() + ": " + error);
                            }

                            @Override
                            public void progress(Ingest.Summary soFar, int total) {
                            }
                        });
                out.printf("%7d  %8d  %9d  %6d  %7.1f  %10.1f  %11.1f%n", t, s.written(), s.sentences(),
                        store.counts().events(), s.seconds(), s.written() / s.seconds(), s.sentences() / s.seconds());
            }
        }
        out.println();
    }

    private void query(Path dir) {
        Path db = keepQueryDb != null ? keepQueryDb : dir.resolve("query.duckdb");
        if (keepQueryDb != null && Files.exists(keepQueryDb)) {
            throw new IllegalArgumentException("--keep-query-db " + keepQueryDb + " exists; give a new file");
        }
        double fillSecs;
        try (EventStore store = EventStore.open(db)) {
            err.printf("attache bench-store: generating %,d events…%n", events);
            long t0 = System.nanoTime();
            StoreBench.fill(store, events);
            fillSecs = (System.nanoTime() - t0) / 1e9;
        }
        // Queries run on a read-only connection, as `attache query` and `stats` open the store.
        try (EventStore store = EventStore.openReadOnly(db)) {
            EventStore.Counts c = store.counts();
            out.printf("Query: store of %,d events, %,d mentions, %,d sentences, %,d articles (bulk fill %.1f s, file %d MB)%n",
                    c.events(), c.mentions(), c.sentences(), c.articles(), fillSecs, db.toFile().length() >> 20);
            out.printf("%-58s  %10s  %8s%n", "query (same code as the CLI)", "median ms", "p95 ms");
            for (StoreBench.Probe p : StoreBench.probes(store)) {
                double[] ms = StoreBench.time(p.run(), 3, runs);
                out.printf("%-58s  %10.1f  %8.1f%n", p.name(), ms[0], ms[1]);
            }
        }
    }
}
