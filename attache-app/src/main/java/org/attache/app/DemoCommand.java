package org.attache.app;

import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.Callable;
import org.attache.eval.GoldStandard;
import org.attache.eval.SampleCorpus;
import org.attache.eval.Scorer;
import org.attache.model.Article;
import org.attache.nlp.corenlp.CoreNlpEngine;
import org.attache.pipeline.ArticleResult;
import org.attache.pipeline.CorpusRunner;
import org.attache.pipeline.Pipeline;
import picocli.CommandLine.Command;

@Command(name = "demo", description = "Code the bundled sample corpus, print its events and how they score against the hand-coded gold events.")
final class DemoCommand implements Callable<Integer>, Main.Streams {
    private PrintStream out;
    private PrintStream err;

    @Override
    public void streams(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    @Override
    public Integer call() {
        List<Article> articles = SampleCorpus.articles();
        Pipeline pipeline = Pipeline.builtIn();
        err.printf("attache demo: coding %d sample articles (loading CoreNLP models, about 10 s)…%n", articles.size());
        long t0 = System.nanoTime();
        List<ArticleResult> results = new CorpusRunner(pipeline, CoreNlpEngine.factory(),
                Runtime.getRuntime().availableProcessors()).runAll(articles);
        double secs = (System.nanoTime() - t0) / 1e9;
        Output table = new Output("table", out, pipeline.ontology());
        int sentences = 0;
        int events = 0;
        for (ArticleResult r : results) {
            if (r.failed()) {
                err.println("attache demo: " + r.article().id() + ": " + r.error());
                continue;
            }
            sentences += r.document().sentences().size();
            events += r.events().size();
            r.events().forEach(table::event);
        }
        out.printf("%nCoded %d articles, %d sentences, %d events in %.1f s (model loading included).%n",
                articles.size(), sentences, events, secs);
        Scorer.Report report = EvalCommand.score(results, GoldStandard.sample());
        out.println("Against the hand-coded gold events (source, target and code must all match):");
        out.print(report.table());
        out.println();
        out.println("Next: ./attache code <file.txt|dir|articles.jsonl> --date YYYY-MM-DD --format table");
        out.println("      ./attache eval --errors     (what the coder missed and added)");
        out.println("      ./attache bench             (throughput figures)");
        return 0;
    }
}
