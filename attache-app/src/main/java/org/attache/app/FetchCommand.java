package org.attache.app;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.attache.nlp.corenlp.CoreNlpEngine;
import org.attache.pipeline.Pipeline;
import org.attache.store.EventStore;
import org.attache.store.Ingest;
import org.attache.store.IngestProgress;
import org.attache.store.fetch.ArticleFetcher;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "fetch", description = "Download news and ingest it: RSS/Atom feeds, article URLs, or files of URLs (one a line). "
        + "Each article page is downloaded once (URLs already in the store are skipped), obeying robots.txt and a per-host "
        + "delay; its text and date are read from the HTML.")
final class FetchCommand extends CliCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "URL|FILE", description = "Feed or article URLs (http, https), feed files, or files listing URLs.")
    List<String> sources;

    @Option(names = "--db", paramLabel = "FILE", defaultValue = "attache.duckdb", description = "The store (default: ${DEFAULT-VALUE}).")
    Path db;

    @Option(names = "--delay", paramLabel = "SECONDS", defaultValue = "2", description = "Least time between two requests to one host; "
            + "a robots.txt Crawl-delay that is longer wins (default: ${DEFAULT-VALUE}).")
    double delay;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "Publication date for pages that give none. Default: today.")
    String date;

    @Option(names = "--threads", defaultValue = "0", description = "Worker threads, one CoreNLP pipeline each (default: all cores).")
    int threads;

    @Override
    public Integer call() throws InterruptedException {
        var parsed = publicationDate("fetch", date);
        if (parsed.isEmpty()) {
            return 2;
        }
        if (delay < 0) {
            err.println("attache fetch: --delay must be at least 0");
            return 2;
        }
        LocalDate pub = parsed.get();
        int n = threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
        try (EventStore store = EventStore.open(db)) {
            ArticleFetcher fetcher = new ArticleFetcher(new ArticleFetcher.Options(Duration.ofMillis((long) (delay * 1000)),
                    Duration.ofSeconds(30), 10_000_000), d -> Thread.sleep(d.toMillis(), d.toNanosPart() % 1_000_000));
            ArticleFetcher.Result r = fetcher.fetch(sources, store.articleHashes().keySet(), pub,
                    p -> err.println("attache fetch: " + p));
            err.printf("attache fetch: %d article(s) downloaded from %d feed(s) and URL list(s); %d already stored, "
                    + "%d disallowed by robots.txt, %d failed%n", r.articles().size(), r.feeds(), r.skippedSeen(),
                    r.skippedRobots(), r.failed());
            if (!r.articles().isEmpty()) {
                Pipeline pipeline = Pipeline.builtIn();
                pipeline.problems().forEach(p -> err.println("attache: data: " + p));
                IngestProgress listener = new IngestProgress(err, false, "attache fetch: ", 5);
                Ingest.Summary s = new Ingest(store, pipeline, CoreNlpEngine.factory(), new Ingest.Options(n, pub, false))
                        .ingest(r.articles(), listener);
                listener.finish();
                out.println(IngestCommand.summary("attache fetch", s));
            }
            out.println("store " + db + ": " + IngestCommand.describe(store.counts()));
            return r.failed() == 0 ? 0 : 1;
        }
    }
}
