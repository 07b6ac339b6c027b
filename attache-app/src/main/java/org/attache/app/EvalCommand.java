package org.attache.app;

import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.attache.eval.ContextScorer;
import org.attache.eval.GoldEvent;
import org.attache.eval.GoldStandard;
import org.attache.eval.SampleCorpus;
import org.attache.eval.Scorer;
import org.attache.io.ArticleReader;
import org.attache.io.InputProblem;
import org.attache.model.Article;
import org.attache.model.Event;
import org.attache.nlp.corenlp.CoreNlpEngine;
import org.attache.pipeline.ArticleResult;
import org.attache.pipeline.CorpusRunner;
import org.attache.pipeline.Pipeline;
import org.attache.util.TsvReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "eval", description = "Score the coder on a corpus with gold events (default: the bundled sample corpus).")
final class EvalCommand implements Callable<Integer>, Main.Streams {
    @Option(names = "--corpus", paramLabel = "FILE.jsonl", description = "Articles as JSON Lines.")
    Path corpus;

    @Option(names = "--gold", paramLabel = "FILE.tsv", description = "Gold events (article_id source target code status date trigger fragment).")
    Path gold;

    @Option(names = "--errors", description = "List missed and extra events.")
    boolean errors;

    @Option(names = "--threads", defaultValue = "0", description = "Worker threads (default: all cores).")
    int threads;

    @Option(names = "--context", description = "Score the bundled context corpus: actors, status, dates and places read from whole articles.")
    boolean context;

    private PrintStream out;
    private PrintStream err;

    @Override
    public void streams(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    @Override
    public Integer call() throws IOException {
        if (context) {
            return scoreContext();
        }
        if ((corpus == null) != (gold == null)) {
            err.println("attache eval: give both --corpus and --gold, or neither for the sample corpus");
            return 2;
        }
        List<Article> articles;
        GoldStandard gs;
        if (corpus == null) {
            articles = SampleCorpus.articles();
            gs = GoldStandard.sample();
        } else {
            List<InputProblem> problems = new ArrayList<>();
            articles = new ArticleReader(LocalDate.now(), problems::add).read(List.of(corpus));
            problems.forEach(p -> err.println("attache eval: " + p));
            try (InputStream in = new FileInputStream(gold.toFile())) {
                gs = GoldStandard.load(TsvReader.read(gold.toString(), in));
            }
        }
        gs.problems().forEach(p -> err.println("attache eval: " + p));
        Pipeline pipeline = Pipeline.builtIn();
        int n = threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
        err.println("attache eval: coding " + articles.size() + " articles (loading CoreNLP models)…");
        List<ArticleResult> results = new CorpusRunner(pipeline, CoreNlpEngine.factory(), n).runAll(articles);
        Scorer.Report report = score(results, gs);
        out.print(report.table());
        if (errors) {
            out.println("missed:");
            for (GoldEvent g : report.missed()) {
                out.printf("  %s %s %s %s %s  | %s%n", g.articleId(), g.source(), g.code(),
                        g.target() == null ? "-" : g.target(), g.status().label(), g.fragment());
            }
            out.println("extra:");
            for (Event e : report.extra()) {
                out.printf("  %s %s %s %s %s  | %s [%s]%n", e.articleId(), e.source().code().code(), e.code(),
                        e.target() == null ? "-" : e.target().code().code(), e.status().label(), e.sentence(), e.trigger().text());
            }
        }
        return 0;
    }

    private int scoreContext() {
        List<Article> articles = SampleCorpus.articles(ContextScorer.SAMPLE_CORPUS);
        int n = threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
        List<ArticleResult> results = new CorpusRunner(Pipeline.builtIn(), CoreNlpEngine.factory(), n).runAll(articles);
        List<Event> coded = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (ArticleResult r : results) {
            coded.addAll(r.events());
            ids.add(r.article().id());
        }
        out.print(new ContextScorer().score(coded, ContextScorer.sample(), ids).table());
        return 0;
    }

    static Scorer.Report score(List<ArticleResult> results, GoldStandard gs) {
        List<Event> coded = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (ArticleResult r : results) {
            coded.addAll(r.events());
            ids.add(r.article().id());
        }
        return new Scorer().score(coded, gs.events(), ids);
    }
}
