package org.attache.app;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.attache.eval.GoldStandard;
import org.attache.eval.SampleCorpus;
import org.attache.eval.Scorer;
import org.attache.model.Article;
import org.attache.model.Event;
import org.attache.nlp.corenlp.CoreNlpEngine;
import org.attache.pipeline.Pipeline;
import org.attache.store.EventFilter;
import org.attache.store.EventStore;
import org.attache.store.Ingest;
import org.attache.store.IngestProgress;
import org.attache.store.StoreStats;
import org.attache.store.StoredEvents;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The main job: code the bundled sample corpus into the embedded store, summarize it, score it
 * against the gold events and say what to try next. The sample articles are always coded afresh
 * (replacing their stored versions), so the figures are this build's and a second run leaves the
 * same store.
 */
@Command(name = "demo", description = "Code the bundled sample corpus into the event store (default ./attache.duckdb), summarize it and score it against the hand-coded gold events.")
final class DemoCommand extends CliCommand implements Callable<Integer> {
    @Option(names = "--db", paramLabel = "FILE", defaultValue = "attache.duckdb", description = "The store (default: ${DEFAULT-VALUE}).")
    Path db;

    @Option(names = "--threads", defaultValue = "0", description = "Worker threads (default: all cores).")
    int threads;

    @Override
    public Integer call() {
        List<Article> articles = SampleCorpus.articles();
        Pipeline pipeline = Pipeline.builtIn();
        int n = threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
        err.printf("attache demo: coding %d sample articles into %s (loading CoreNLP models, a few seconds)…%n",
                articles.size(), db);
        PrintWriter w = new PrintWriter(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8));
        try (EventStore store = EventStore.open(db)) {
            IngestProgress listener = new IngestProgress(err, System.console() != null, "attache demo: ", 5);
            Ingest.Summary s = new Ingest(store, pipeline, CoreNlpEngine.factory(),
                    new Ingest.Options(n, LocalDate.now(), true)).ingest(articles, listener);
            listener.finish();
            w.printf("%nCoded %d sample articles, %d sentences, %d event mentions in %.1f s (model loading included).%n",
                    s.written(), s.sentences(), s.mentions(), s.seconds());
            w.println("Store " + db + ": " + IngestCommand.describe(store.counts()));
            StoreStats stats = new StoreStats(store);
            w.println();
            w.println("Top CAMEO roots:");
            stats.print(StoreStats.Section.ROOT, EventFilter.all(), 5, "table", w);
            w.println();
            w.println("Top dyads:");
            stats.print(StoreStats.Section.DYAD, EventFilter.all(), 5, "table", w);
            w.println();
            List<Event> coded = StoredEvents.mentions(store, pipeline.ontology(),
                    articles.stream().map(Article::id).toList());
            Scorer.Report report = new Scorer().score(coded, GoldStandard.sample().events(),
                    new java.util.HashSet<>(articles.stream().map(Article::id).toList()));
            w.println("Sample-corpus score against the hand-coded gold events (source, target and code must all match):");
            w.print(report.table());
            w.println();
            String d = db.toString().equals("attache.duckdb") ? "" : " --db " + db;
            w.println("Try next:");
            w.println("  ./attache query" + d + " --actor PAK                  events with Pakistan as source or target");
            w.println("  ./attache query" + d + " --root 19 --format csv       material conflict (fight), as CSV");
            w.println("  ./attache query" + d + " --text talks --status asserted");
            w.println("  ./attache stats" + d + "                              events by day, root, dyad and outlet");
            w.println("  ./attache sql" + d + " \"SELECT code, count(*) FROM events GROUP BY code ORDER BY 2 DESC\"");
            w.println("  ./attache export" + d + " --format gdelt --out events.tsv   (also gdelt-mentions, icews, plover, csv, parquet)");
            w.println("  ./attache ingest my-articles/ --date 2024-03-17" + d + "   code your own corpus into the same store");
            w.println("  ./attache serve" + d + "                              explorer pages and REST API on http://127.0.0.1:7070/");
            w.flush();
            return s.failed() == 0 ? 0 : 1;
        }
    }
}
