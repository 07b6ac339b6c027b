package org.attache.app;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.attache.eval.SampleCorpus;
import org.attache.model.Article;
import org.attache.model.Document;
import org.attache.nlp.NlpEngine;
import org.attache.nlp.corenlp.CoreNlpEngine;
import org.attache.pipeline.ArticleResult;
import org.attache.pipeline.CorpusRunner;
import org.attache.pipeline.Pipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Throughput on the sample corpus: end to end (CoreNLP + coder) and coding only (the coder over
 * sentences parsed once), with 1 and 2 threads. Each figure is the median of the runs.
 */
@Command(name = "bench", description = "Measure sentences/s end to end and coding only, with 1 and 2 threads, on the sample corpus.")
final class BenchCommand extends CliCommand implements Callable<Integer> {
    @Option(names = "--runs", defaultValue = "3", description = "Timed runs per figure; the median is printed (default: ${DEFAULT-VALUE}).")
    int runs;

    @Option(names = "--copies", defaultValue = "2", description = "Copies of the sample corpus per end-to-end run (default: ${DEFAULT-VALUE}).")
    int copies;

    @Override
    public Integer call() throws Exception {
        List<Article> base = SampleCorpus.articles();
        List<Article> corpus = new ArrayList<>();
        for (int c = 0; c < copies; c++) {
            for (Article a : base) {
                corpus.add(new Article(a.id() + "#" + c, a.date(), a.source(), a.url(), a.title(), a.text()));
            }
        }
        Pipeline pipeline = Pipeline.builtIn();
        err.println("attache bench: loading CoreNLP and warming up…");
        NlpEngine warm = CoreNlpEngine.factory().create();
        List<Document> docs = new ArrayList<>();
        for (Article a : base) {
            docs.add(warm.annotate(a));
        }
        int sentences = docs.stream().mapToInt(d -> d.sentences().size()).sum() * copies;
        out.printf("corpus: %d articles, %d sentences per run; median of %d runs%n", corpus.size(), sentences, runs);
        out.printf("%-28s %10s %10s%n", "figure (sentences/s)", "1 thread", "2 threads");
        double[] e2e = new double[2];
        double[] coding = new double[2];
        for (int t = 1; t <= 2; t++) {
            CorpusRunner runner = new CorpusRunner(pipeline, CoreNlpEngine.factory(), t);
            runner.runAll(corpus.subList(0, Math.min(t * 2, corpus.size())));
            double[] rates = new double[runs];
            for (int r = 0; r < runs; r++) {
                long t0 = System.nanoTime();
                List<ArticleResult> res = runner.runAll(corpus);
                double secs = (System.nanoTime() - t0) / 1e9;
                long n = res.stream().filter(x -> !x.failed()).mapToLong(x -> x.document().sentences().size()).sum();
                rates[r] = n / secs;
            }
            e2e[t - 1] = median(rates);
            coding[t - 1] = codingOnly(pipeline, docs, t);
        }
        out.printf("%-28s %10.1f %10.1f%n", "end to end (CoreNLP+coder)", e2e[0], e2e[1]);
        out.printf("%-28s %10.0f %10.0f%n", "coding only (parsed input)", coding[0], coding[1]);
        out.printf("ratios: end-to-end 2/1 threads = %.2f; coding-only 2/1 threads = %.2f; coding-only/end-to-end = %.0fx%n",
                e2e[1] / e2e[0], coding[1] / coding[0], coding[0] / e2e[0]);
        return 0;
    }

    private double codingOnly(Pipeline pipeline, List<Document> docs, int threads) throws Exception {
        int sentencesPerPass = docs.stream().mapToInt(d -> d.sentences().size()).sum();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            double[] rates = new double[runs];
            for (int r = -1; r < runs; r++) {
                long t0 = System.nanoTime();
                int passes = 0;
                List<Future<Integer>> fs = new ArrayList<>();
                for (int t = 0; t < threads; t++) {
                    fs.add(pool.submit(() -> {
                        int p = 0;
                        long start = System.nanoTime();
                        while (System.nanoTime() - start < 1_000_000_000L) {
                            for (Document d : docs) {
                                pipeline.code(d);
                            }
                            p++;
                        }
                        return p;
                    }));
                }
                for (Future<Integer> f : fs) {
                    passes += f.get();
                }
                double secs = (System.nanoTime() - t0) / 1e9;
                if (r >= 0) {
                    rates[r] = (double) passes * sentencesPerPass / secs;
                }
            }
            return median(rates);
        } finally {
            pool.shutdownNow();
        }
    }

    private static double median(double[] xs) {
        double[] c = xs.clone();
        java.util.Arrays.sort(c);
        return c.length % 2 == 1 ? c[c.length / 2] : (c[c.length / 2 - 1] + c[c.length / 2]) / 2;
    }
}
