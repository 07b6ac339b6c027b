package org.attache.app;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.Callable;
import org.attache.nlp.corenlp.CoreNlpEngine;
import org.attache.pipeline.Pipeline;
import org.attache.store.EventStore;
import org.attache.store.FolderWatch;
import org.attache.store.Ingest;
import org.attache.store.IngestProgress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "watch", description = "Keep the store current with a folder: ingest every new or changed file that appears "
        + "under DIR (text, HTML, JSON Lines, .gz), scanning every --interval seconds until stopped. Safe to kill at any "
        + "moment: a file counts as done only once its articles are stored.")
final class WatchCommand extends CliCommand implements Callable<Integer> {
    @Parameters(paramLabel = "DIR", description = "The folder to watch (recursive).")
    Path dir;

    @Option(names = "--db", paramLabel = "FILE", defaultValue = "attache.duckdb", description = "The store (default: ${DEFAULT-VALUE}).")
    Path db;

    @Option(names = "--interval", paramLabel = "SECONDS", defaultValue = "60", description = "Seconds between scans (default: ${DEFAULT-VALUE}).")
    double interval;

    @Option(names = "--settle", paramLabel = "SECONDS", defaultValue = "5", description = "A file modified this recently is "
            + "left for the next scan, as a scraper may still be writing it (default: ${DEFAULT-VALUE}).")
    double settle;

    @Option(names = "--once", description = "Scan once and exit (for cron jobs and tests).")
    boolean once;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "Publication date for articles without one. Default: the day each is ingested.")
    String date;

    @Option(names = "--threads", defaultValue = "0", description = "Worker threads, one CoreNLP pipeline each (default: all cores).")
    int threads;

    @Override
    public Integer call() throws InterruptedException {
        if (interval <= 0 || settle < 0) {
            err.println("attache watch: --interval must be above 0 and --settle at least 0");
            return 2;
        }
        var fixedDate = publicationDate("watch", date);
        if (fixedDate.isEmpty()) {
            return 2;
        }
        int n = threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
        try (EventStore store = EventStore.open(db)) {
            Pipeline pipeline = Pipeline.builtIn();
            pipeline.problems().forEach(p -> err.println("attache: data: " + p));
            err.printf("attache watch: %s into %s, every %s s; loading CoreNLP models (a few seconds)…%n", dir, db, interval);
            int failures = 0;
            // one factory for the whole watch: it keeps its engine, so the models load once, not every scan
            var engines = CoreNlpEngine.factory();
            while (true) {
                LocalDate pub = date == null ? LocalDate.now() : fixedDate.get();
                Ingest ingest = new Ingest(store, pipeline, engines, new Ingest.Options(n, pub, false));
                FolderWatch watch = new FolderWatch(store, ingest, dir, Duration.ofMillis((long) (settle * 1000)),
                        Clock.systemUTC());
                IngestProgress listener = new IngestProgress(err, false, "attache watch: ", 5);
                FolderWatch.Scan scan = watch.scan(listener);
                String at = LocalTime.now().truncatedTo(ChronoUnit.SECONDS).toString();
                if (scan.summary() != null) {
                    listener.finish();
                    out.println(IngestCommand.summary("attache watch " + at, scan.summary()));
                    out.println("store " + db + ": " + IngestCommand.describe(store.counts()));
                    failures += scan.summary().failed();
                } else if (once) {
                    out.println("attache watch " + at + ": nothing new in " + scan.files() + " file(s)");
                }
                if (scan.waiting() > 0) {
                    err.println("attache watch: " + scan.waiting() + " file(s) still being written, left for the next scan");
                }
                if (once) {
                    return failures == 0 ? 0 : 1;
                }
                out.flush();
                Thread.sleep((long) (interval * 1000));
            }
        }
    }
}
