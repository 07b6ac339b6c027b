package org.attache.app;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.attache.nlp.corenlp.CoreNlpEngine;
import org.attache.pipeline.Pipeline;
import org.attache.store.EventStore;
import org.attache.store.Ingest;
import org.attache.store.IngestProgress;
import org.attache.store.ParquetImport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "ingest", description = "Code articles into the event store (files, directories, JSON Lines, HTML, .gz). "
        + "Re-running adds nothing already stored; an interrupted run is finished by running it again.")
final class IngestCommand extends CliCommand implements Callable<Integer> {
    @Parameters(arity = "0..*", paramLabel = "PATH", description = "Files or directories (recursive). With none, only opens (and migrates) the store.")
    List<Path> paths = new ArrayList<>();

    @Option(names = "--db", paramLabel = "FILE", defaultValue = "attache.duckdb", description = "The store (default: ${DEFAULT-VALUE}).")
    Path db;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "Publication date for articles without one. Default: today.")
    String date;

    @Option(names = "--threads", defaultValue = "0", description = "Worker threads, one CoreNLP pipeline each (default: all cores).")
    int threads;

    @Option(names = "--recode", description = "Code again and replace articles already stored (after a dictionary change).")
    boolean recode;

    @Option(names = "--batch", paramLabel = "N", defaultValue = "16", description = "Most articles committed in one transaction (also at least every second); 1 commits each article (default: ${DEFAULT-VALUE}).")
    int batch;

    @Option(names = "--retry-failed", description = "Code again articles an earlier run stored as failed (by default they are skipped while their text is unchanged).")
    boolean retryFailed;

    @Option(names = "--article-timeout", paramLabel = "SECONDS", defaultValue = "60", description = "Most time one article may take; past it the article is stored as failed and the run goes on (default: ${DEFAULT-VALUE}).")
    double articleTimeout;

    @Option(names = "--max-sentence-tokens", paramLabel = "N", defaultValue = "150", description = "Sentences longer than this are parsed in chunks of at most N tokens (default: ${DEFAULT-VALUE}).")
    int maxSentenceTokens;

    @Option(names = "--from-parquet", paramLabel = "DIR", description = "Load the Parquet tables that spark-code wrote to DIR "
            + "instead of coding files (articles already stored are skipped; with --recode replaced).")
    Path fromParquet;

    @Option(names = "--progress", defaultValue = "auto", description = "auto (a bar on a terminal, lines otherwise), bar or lines.")
    String progress;

    @Option(names = "--progress-interval", paramLabel = "SECONDS", defaultValue = "5", description = "Seconds between progress lines when not on a terminal; 0 for a line per article (default: ${DEFAULT-VALUE}).")
    double progressInterval;

    @Override
    public Integer call() {
        var parsed = publicationDate("ingest", date);
        if (parsed.isEmpty()) {
            return 2;
        }
        LocalDate pub = parsed.get();
        int n = threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
        var limits = engineLimits("ingest", articleTimeout, maxSentenceTokens);
        if (limits.isEmpty()) {
            return 2;
        }
        var server = org.attache.web.ServerFile.find(db);
        if (server.isPresent() && fromParquet != null) {
            err.println("attache ingest: " + db + " is served by attache serve at " + server.get().url()
                    + "; stop the server before loading Parquet tables with --from-parquet");
            return 2;
        }
        if (server.isPresent()) {
            return ServedIngest.run(server.get(), db, paths, pub, recode, out, err);
        }
        try (EventStore store = EventStore.open(db)) {
            if (paths.isEmpty() && fromParquet == null) {
                out.println("attache ingest: store " + db + " is ready: " + describe(store.counts()));
                return 0;
            }
            if (fromParquet != null) {
                return loadParquet(store);
            }
            Pipeline pipeline = Pipeline.builtIn();
            pipeline.problems().forEach(p -> err.println("attache: data: " + p));
            err.printf("attache ingest: into %s, %d thread(s); loading CoreNLP models (a few seconds)…%n", db, n);
            boolean bar = progress.equals("bar") || (progress.equals("auto") && System.console() != null);
            IngestProgress listener = new IngestProgress(err, bar, "attache ingest: ", progressInterval);
            Ingest.Summary s = new Ingest(store, pipeline, CoreNlpEngine.factory(limits.get().engine()),
                    new Ingest.Options(n, pub, recode, batch, retryFailed, limits.get().budget()))
                    .ingestPaths(paths, listener);
            listener.finish();
            out.println(summary("attache ingest", s));
            out.println("store " + db + ": " + describe(store.counts()));
            return s.inputProblems() == 0 && s.failed() == 0 ? 0 : 1;
        }
    }

    private int loadParquet(EventStore store) {
        if (!paths.isEmpty()) {
            err.println("attache ingest: give either PATH... or --from-parquet DIR, not both");
            return 2;
        }
        err.println("attache ingest: loading the Parquet tables of " + fromParquet + " into " + db + "…");
        ParquetImport.Summary s = ParquetImport.load(store, fromParquet, recode, line -> err.println("attache ingest: " + line));
        out.printf(java.util.Locale.ROOT, "attache ingest: %d articles in %s: %d stored, %d already stored; %d event mentions "
                        + "(%d new events); %.1f s%n", s.articles(), fromParquet, s.written(), s.skipped(), s.mentions(),
                s.newEvents(), s.seconds());
        out.println("store " + db + ": " + describe(store.counts()));
        return 0;
    }

    static String summary(String who, Ingest.Summary s) {
        return String.format("%s: %d articles read%s: %d stored (%d replaced), %d already stored, %d failed%s; "
                        + "%d sentences, %d event mentions (%d new events); %d input problem(s); %.1f s (%.1f articles/s, %.1f sentences/s)",
                who, s.articlesRead(), s.files() > 0 ? " from " + s.files() + " file(s)" : "", s.written(), s.replaced(),
                s.skipped(), s.failed(),
                s.failedBefore() == 0 ? "" : ", " + s.failedBefore() + " failed in an earlier run (skipped; --retry-failed to try again)",
                s.sentences(), s.mentions(), s.newEvents(), s.inputProblems(), s.seconds(),
                s.written() / Math.max(1e-9, s.seconds()), s.sentences() / Math.max(1e-9, s.seconds()));
    }

    static String describe(EventStore.Counts c) {
        return String.format("%d articles, %d sentences, %d events from %d mentions, %d actors", c.articles(),
                c.sentences(), c.events(), c.mentions(), c.actors());
    }
}
