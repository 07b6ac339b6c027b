package org.attache.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.attache.eval.LabelledSentences;
import org.attache.eval.PentaClassScorer;
import org.attache.eval.SpanGold;
import org.attache.eval.SpanScorer;
import org.attache.model.Actor;
import org.attache.model.Article;
import org.attache.model.Event;
import org.attache.nlp.NlpEngineFactory;
import org.attache.pipeline.ArticleResult;
import org.attache.pipeline.CorpusRunner;
import org.attache.pipeline.Pipeline;

/**
 * {@code eval --pentaclass} and {@code eval --spans}: each labelled sentence is coded on its own
 * (an article of one sentence, published on {@code date}) and its first event, the main one,
 * is compared with the label.
 */
final class LabelledEval {
    private final Pipeline pipeline;
    private final NlpEngineFactory engines;
    private final int threads;
    private final LocalDate date;
    private final PrintStream out;
    private final PrintStream err;

    LabelledEval(Pipeline pipeline, NlpEngineFactory engines, int threads, LocalDate date, PrintStream out, PrintStream err) {
        this.pipeline = pipeline;
        this.engines = engines;
        this.threads = threads;
        this.date = date;
        this.out = out;
        this.err = err;
    }

    int pentaClass(Path file, boolean errors) throws IOException {
        LabelledSentences ls;
        try (InputStream in = Files.newInputStream(file)) {
            ls = LabelledSentences.read(file.toString(), in);
        }
        ls.problems().forEach(p -> err.println("attache eval: " + p));
        List<Article> articles = new ArrayList<>();
        for (LabelledSentences.Item it : ls.items()) {
            articles.add(new Article("line-" + it.line(), date, "", "", "", it.text()));
        }
        List<ArticleResult> results = run(articles);
        List<PentaClassScorer.Outcome> outcomes = new ArrayList<>();
        for (int i = 0; i < results.size(); i++) {
            Event first = first(results.get(i));
            outcomes.add(new PentaClassScorer.Outcome(ls.items().get(i), first == null ? null : first.root(),
                    first == null ? "-" : describe(first)));
        }
        PentaClassScorer.Report report = new PentaClassScorer().score(outcomes);
        out.print(report.table());
        if (errors) {
            out.println("wrong (line, gold, coded, first event | sentence):");
            for (PentaClassScorer.Outcome o : report.wrong()) {
                out.printf("  %d gold %d coded %s %s | %s%n", o.item().line(), o.item().label(),
                        o.coded() < 0 ? "-" : String.valueOf(o.coded()), o.detail(), o.item().text());
            }
        }
        return ls.problems().isEmpty() ? 0 : 1;
    }

    int spans(Path file, boolean errors) throws IOException {
        SpanGold gold;
        try (InputStream in = Files.newInputStream(file)) {
            gold = SpanGold.read(file.toString(), in);
        }
        gold.problems().forEach(p -> err.println("attache eval: " + p));
        List<Article> articles = new ArrayList<>();
        for (SpanGold.Sentence s : gold.sentences()) {
            articles.add(new Article("line-" + s.line(), date, "", "", "", s.text()));
        }
        List<ArticleResult> results = run(articles);
        List<List<SpanScorer.Predicted>> predicted = new ArrayList<>();
        for (ArticleResult r : results) {
            Event first = first(r);
            List<SpanScorer.Predicted> p = new ArrayList<>();
            if (first != null) {
                add(p, 'S', first.source(), r.article().text().length());
                add(p, 'T', first.target(), r.article().text().length());
            }
            predicted.add(p);
        }
        SpanScorer scorer = new SpanScorer();
        SpanScorer.Report report = scorer.score(gold.sentences(), predicted);
        out.print(report.table());
        if (errors) {
            out.println("not exactly right (line: gold | coded | first event):");
            for (int i = 0; i < gold.sentences().size(); i++) {
                SpanGold.Sentence s = gold.sentences().get(i);
                List<SpanScorer.Predicted> p = predicted.get(i);
                SpanScorer.Counts cs = scorer.score(s, 'S', p);
                SpanScorer.Counts ct = scorer.score(s, 'T', p);
                if (cs.exact == cs.gold && cs.exact == cs.predicted && ct.exact == ct.gold && ct.exact == ct.predicted) {
                    continue;
                }
                StringBuilder g = new StringBuilder();
                for (SpanGold.GoldSpan gs : s.spans()) {
                    g.append(gs.role()).append('=').append(String.join(" ", s.tokens().subList(gs.first(), gs.last() + 1)))
                            .append("; ");
                }
                StringBuilder c = new StringBuilder();
                for (SpanScorer.Predicted ps : p) {
                    c.append(ps.role()).append('=').append(s.text(), ps.start(), ps.end()).append("; ");
                }
                Event first = first(results.get(i));
                out.printf("  %d: %s| %s| %s%n     %s%n", s.line(), g, c, first == null ? "-" : describe(first), s.text());
            }
        }
        return gold.problems().isEmpty() ? 0 : 1;
    }

    private List<ArticleResult> run(List<Article> articles) {
        err.println("attache eval: coding " + articles.size() + " sentences (loading CoreNLP models)…");
        List<ArticleResult> results = new CorpusRunner(pipeline, engines, threads).runAll(articles);
        for (ArticleResult r : results) {
            if (r.failed()) {
                err.println("attache eval: " + r.article().id() + ": " + r.error());
            }
        }
        return results;
    }

    private static Event first(ArticleResult r) {
        return r.failed() || r.events().isEmpty() ? null : r.events().get(0);
    }

    private static void add(List<SpanScorer.Predicted> p, char role, Actor a, int length) {
        if (a != null && !a.inferred() && a.span() != null && a.span().end() <= length && a.span().end() > a.span().start()) {
            p.add(new SpanScorer.Predicted(role, a.span().start(), a.span().end()));
        }
    }

    private static String describe(Event e) {
        return e.source().code().code() + " " + e.code() + " " + (e.target() == null ? "-" : e.target().code().code())
                + " [" + e.trigger().text() + "] " + e.status().label();
    }
}
