package org.attache.app;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.attache.eval.SampleCorpus;
import org.attache.io.ArticleReader;
import org.attache.model.Article;
import org.attache.model.Document;
import org.attache.nlp.NlpEngineFactory;
import org.attache.nlp.ParseSelector;
import org.attache.nlp.StageTimes;
import org.attache.nlp.corenlp.CoreNlpEngine;
import org.attache.pipeline.ArticleResult;
import org.attache.pipeline.CorpusRunner;
import org.attache.pipeline.Pipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Throughput on the sample corpus or any corpus: end to end (CoreNLP + coder) with only the
 * candidate sentences parsed and with every sentence parsed, per wall-clock second and per CPU
 * second (steadier on a shared machine), with 1 and 2 threads; coding only; the share of
 * sentences parsed, the time per stage, start-up and peak heap. Each figure is the median of
 * the runs; the two parse modes alternate within a run so their ratio sees the same load.
 */
@Command(name = "bench", description = "Measure sentences/s end to end (candidate sentences parsed, and every sentence parsed) and coding only, "
        + "with 1 and 2 threads, the share of sentences parsed, time per stage, start-up and peak heap, on the sample corpus or --corpus.")
final class BenchCommand extends CliCommand implements Callable<Integer> {
    @Option(names = "--corpus", paramLabel = "DIR|FILE", description = "Articles to measure on (as for 'code': text, JSON Lines, directories). Default: the bundled sample corpus.")
    Path corpusPath;

    @Option(names = "--runs", defaultValue = "3", description = "Timed runs per figure; the median is printed (default: ${DEFAULT-VALUE}).")
    int runs;

    @Option(names = "--copies", defaultValue = "0", description = "Copies of the corpus per run (default: 2 for the sample corpus, 1 for --corpus).")
    int copies;

    @Option(names = "--corenlp", paramLabel = "KEY=VALUE", description = "A CoreNLP property to change for the measurement (repeatable), e.g. depparse.numCached=50000.")
    java.util.Map<String, String> corenlp = new java.util.LinkedHashMap<>();

    @Option(names = "--threads", split = ",", defaultValue = "1,2", description = "Thread counts to measure (default: ${DEFAULT-VALUE}).")
    int[] threadCounts;

    @Override
    public Integer call() throws Exception {
        List<Article> base = corpusPath == null ? SampleCorpus.articles() : readCorpus();
        if (base.isEmpty()) {
            err.println("attache bench: no articles in " + corpusPath);
            return 1;
        }
        int n = copies > 0 ? copies : corpusPath == null ? 2 : 1;
        List<Article> corpus = new ArrayList<>();
        for (int c = 0; c < n; c++) {
            for (Article a : base) {
                corpus.add(new Article(a.id() + "#" + c, a.date(), a.source(), a.url(), a.title(), a.text()));
            }
        }
        Pipeline pipeline = Pipeline.builtIn();
        err.println("attache bench: loading CoreNLP and warming up…");
        long s0 = System.nanoTime();
        java.util.Properties props = CoreNlpEngine.defaultProperties();
        corenlp.forEach(props::setProperty);
        CoreNlpEngine engine = new CoreNlpEngine(props);
        engine.annotate(new Article("start-up", LocalDate.now(), "", "", "", "Kenya rejected the offer."));
        double startup = (System.nanoTime() - s0) / 1e9;
        System.gc();
        long heapAfterLoad = usedHeap();
        NlpEngineFactory shared = () -> engine;
        List<Document> docs = new ArrayList<>();
        for (Article a : base) {
            docs.add(engine.annotate(a));
        }
        int sentences = docs.stream().mapToInt(d -> d.sentences().size()).sum() * n;
        out.printf("corpus: %s, %d articles, %d sentences per run; median of %d runs%s%n",
                corpusPath == null ? "sample" : corpusPath, corpus.size(), sentences, runs,
                corenlp.isEmpty() ? "" : "; CoreNLP " + corenlp);
        out.printf("start-up: %.1f s to load the models and annotate one sentence; heap after loading %d MB%n",
                startup, heapAfterLoad >> 20);
        List<Row> rows = new ArrayList<>();
        StageTimes.Snapshot oneThreadStages = null;
        for (int t : threadCounts) {
            new CorpusRunner(pipeline, shared, t).runAll(corpus);
            resetPeaks();
            double[] cand = new double[runs];
            double[] all = new double[runs];
            double[] candCpu = new double[runs];
            double[] allCpu = new double[runs];
            StageTimes.Snapshot before = engine.stageTimes().snapshot();
            StageTimes.Snapshot stages = null;
            for (int r = 0; r < runs; r++) {
                double[] c = timed(new CorpusRunner(pipeline, shared, t, CorpusRunner.DEFAULT_BUDGET, pipeline.parseSelector()), corpus);
                StageTimes.Snapshot mid = engine.stageTimes().snapshot();
                stages = stages == null ? mid.since(before) : add(stages, mid.since(before));
                double[] a = timed(new CorpusRunner(pipeline, shared, t, CorpusRunner.DEFAULT_BUDGET, ParseSelector.ALL), corpus);
                before = engine.stageTimes().snapshot();
                cand[r] = c[0];
                candCpu[r] = c[1];
                all[r] = a[0];
                allCpu[r] = a[1];
            }
            if (oneThreadStages == null) {
                oneThreadStages = stages;
            }
            rows.add(new Row(t, median(cand), median(all), median(candCpu), median(allCpu),
                    codingOnly(pipeline, docs, t), peakHeap(), stages.parsedShare()));
        }
        out.printf("%-44s%s%n", "figure", header(rows));
        out.printf("%-44s%s%n", "end to end, candidates parsed (sentences/s)", cols(rows, Row::candidates, "%.1f"));
        out.printf("%-44s%s%n", "end to end, every sentence parsed", cols(rows, Row::all, "%.1f"));
        out.printf("%-44s%s%n", "per CPU-second, candidates parsed", cols(rows, Row::candidatesCpu, "%.1f"));
        out.printf("%-44s%s%n", "per CPU-second, every sentence parsed", cols(rows, Row::allCpu, "%.1f"));
        out.printf("%-44s%s%n", "coding only (parsed input)", cols(rows, Row::coding, "%.0f"));
        out.printf("%-44s%s%n", "peak heap (MB)", cols(rows, r -> r.peakHeap() / (double) (1 << 20), "%.0f"));
        Row one = rows.get(0);
        out.printf("sentences parsed: %.1f%% (%d of %d skip the dependency parse)%n", 100 * one.parsedShare(),
                Math.round(sentences * (1 - one.parsedShare())), sentences);
        out.printf("ratios: candidates/every sentence = %.2f (wall), %.2f (CPU)", one.candidates() / one.all(),
                one.candidatesCpu() / one.allCpu());
        if (rows.size() > 1) {
            Row last = rows.get(rows.size() - 1);
            out.printf("; %d/%d threads = %.2f (wall)", last.threads(), one.threads(), last.candidates() / one.candidates());
        }
        out.println();
        if (oneThreadStages != null && oneThreadStages.sentences() > 0) {
            double per = oneThreadStages.sentences();
            out.printf("time per sentence, %d thread(s), candidates parsed (ms): tokenize+ssplit+pos+lemma %.2f, NER %.2f, "
                    + "dependency parse %.2f (%.2f per parsed sentence), coding %.2f%n", one.threads(),
                    oneThreadStages.taggingNanos() / 1e6 / per, oneThreadStages.nerNanos() / 1e6 / per,
                    oneThreadStages.parseNanos() / 1e6 / per,
                    oneThreadStages.parsed() == 0 ? 0.0 : oneThreadStages.parseNanos() / 1e6 / oneThreadStages.parsed(),
                    1e3 / one.coding());
        }
        return 0;
    }

    private record Row(int threads, double candidates, double all, double candidatesCpu, double allCpu, double coding,
                       long peakHeap, double parsedShare) {
    }

    private List<Article> readCorpus() {
        ArticleReader reader = new ArticleReader(LocalDate.now(), p -> err.println("attache bench: " + p));
        return reader.read(List.of(corpusPath));
    }

    /** Sentences per wall-clock second and per CPU second of the whole process. */
    private static double[] timed(CorpusRunner runner, List<Article> corpus) {
        long cpu0 = processCpuNanos();
        long t0 = System.nanoTime();
        List<ArticleResult> res = runner.runAll(corpus);
        double secs = (System.nanoTime() - t0) / 1e9;
        double cpu = (processCpuNanos() - cpu0) / 1e9;
        long n = res.stream().filter(x -> !x.failed()).mapToLong(x -> x.document().sentences().size()).sum();
        return new double[] {n / secs, n / Math.max(cpu, 1e-9)};
    }

    private static long processCpuNanos() {
        var os = ManagementFactory.getOperatingSystemMXBean();
        return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() : 0L;
    }

    private static StageTimes.Snapshot add(StageTimes.Snapshot a, StageTimes.Snapshot b) {
        return new StageTimes.Snapshot(a.taggingNanos() + b.taggingNanos(), a.nerNanos() + b.nerNanos(),
                a.parseNanos() + b.parseNanos(), a.sentences() + b.sentences(), a.parsed() + b.parsed());
    }

    private static long usedHeap() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP) {
                p.resetPeakUsage();
            }
        }
    }

    private static long peakHeap() {
        long sum = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP) {
                sum += p.getPeakUsage().getUsed();
            }
        }
        return sum;
    }

    private static String header(List<Row> rows) {
        StringBuilder sb = new StringBuilder();
        for (Row r : rows) {
            sb.append(String.format("%12s", r.threads() + (r.threads() == 1 ? " thread" : " threads")));
        }
        return sb.toString();
    }

    private static String cols(List<Row> rows, java.util.function.ToDoubleFunction<Row> f, String fmt) {
        StringBuilder sb = new StringBuilder();
        for (Row r : rows) {
            sb.append(String.format("%12s", String.format(fmt, f.applyAsDouble(r))));
        }
        return sb.toString();
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
                                pipeline.codeArticle(d);
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
        Arrays.sort(c);
        return c.length % 2 == 1 ? c[c.length / 2] : (c[c.length / 2 - 1] + c[c.length / 2]) / 2;
    }
}
