package org.attache.store;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.function.Consumer;
import org.attache.io.ArticleReader;
import org.attache.io.InputProblem;
import org.attache.model.Article;
import org.attache.nlp.NlpEngineFactory;
import org.attache.pipeline.CorpusRunner;
import org.attache.pipeline.Pipeline;

/**
 * Codes articles into a store: reads inputs lazily file by file, skips articles already stored
 * with the same text, codes the rest in parallel (CorpusRunner: one NLP engine per thread) and
 * writes coded articles in small transactions (up to {@link Options#batch} articles, or what arrived
 * within {@link #BATCH_NANOS}), so a killed ingest keeps every article it committed, never half
 * of one, and a re-run codes only the rest. Batching matters: a commit costs more than writing
 * an article's rows.
 */
public final class Ingest {
    /**
     * How to ingest. {@code recode}: code and replace articles already stored (after a dictionary
     * change). {@code batch}: most articles a transaction (1: commit every article).
     * {@code retryFailed}: code again articles stored as failed (by default a re-run skips them
     * while their text is unchanged). {@code budget}: most time one article may take.
     */
    public record Options(int threads, LocalDate defaultDate, boolean recode, int batch, boolean retryFailed,
                          Duration budget) {
        public Options {
            if (batch < 1) {
                throw new IllegalArgumentException("batch must be at least 1, was " + batch);
            }
            if (budget == null || budget.isNegative() || budget.isZero()) {
                throw new IllegalArgumentException("the time budget per article must be positive, was " + budget);
            }
        }

        public Options(int threads, LocalDate defaultDate, boolean recode, int batch) {
            this(threads, defaultDate, recode, batch, false, CorpusRunner.DEFAULT_BUDGET);
        }

        public Options(int threads, LocalDate defaultDate, boolean recode) {
            this(threads, defaultDate, recode, BATCH);
        }
    }

    /**
     * What an ingest did. {@code failed}: articles the coder could not process in this run (stored
     * as failed with the reason); {@code failedBefore}: articles skipped because an earlier run
     * failed on the same text.
     */
    public record Summary(int files, int articlesRead, int written, int replaced, int skipped, int failed,
                          long sentences, long mentions, int newEvents, int inputProblems, double seconds,
                          int failedBefore) {
        public Summary(int files, int articlesRead, int written, int replaced, int skipped, int failed,
                       long sentences, long mentions, int newEvents, int inputProblems, double seconds) {
            this(files, articlesRead, written, replaced, skipped, failed, sentences, mentions, newEvents, inputProblems,
                    seconds, 0);
        }
    }

    /** Progress callbacks, all on the ingesting thread. */
    public interface Listener {
        void problem(InputProblem p);

        void failed(Article a, String error);

        /** Something the engine bounded in a coded article (a sentence parsed in chunks). */
        default void note(Article a, String note) {
        }

        /** After every article, coded or skipped. */
        void progress(Summary soFar, int total);
    }

    public static final int BATCH = 16;
    static final long BATCH_NANOS = 1_000_000_000L;

    private final EventStore store;
    private final Pipeline pipeline;
    private final NlpEngineFactory engines;
    private final Options options;

    public Ingest(EventStore store, Pipeline pipeline, NlpEngineFactory engines, Options options) {
        this.store = store;
        this.pipeline = pipeline;
        this.engines = engines;
        this.options = options;
    }

    /** Ingests files and directories (recursively): text, HTML, JSON Lines, each possibly .gz. */
    public Summary ingestPaths(List<Path> paths, Listener listener) {
        Counter c = new Counter();
        ArticleReader counting = new ArticleReader(options.defaultDate(), p -> { }, true);
        ArticleReader reader = new ArticleReader(options.defaultDate(), p -> {
            c.problems++;
            listener.problem(p);
        }, true);
        List<Path> files = reader.files(paths);
        // A first, cheap pass counts the articles for the progress bar (reading costs far less than coding).
        int total = 0;
        for (Path f : files) {
            total += counting.readFile(f).size();
        }
        Iterator<Article> articles = new Iterator<>() {
            private final Iterator<Path> fileIt = files.iterator();
            private final ArrayDeque<Article> pending = new ArrayDeque<>();

            @Override
            public boolean hasNext() {
                while (pending.isEmpty() && fileIt.hasNext()) {
                    pending.addAll(reader.readFile(fileIt.next()));
                }
                return !pending.isEmpty();
            }

            @Override
            public Article next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return pending.poll();
            }
        };
        return run(articles, total, files.size(), c, listener);
    }

    /** Ingests articles already in memory (the sample corpus). */
    public Summary ingest(List<Article> articles, Listener listener) {
        return run(articles.iterator(), articles.size(), 0, new Counter(), listener);
    }

    private static final class Counter {
        int read;
        int written;
        int replaced;
        int skipped;
        int failed;
        long sentences;
        long mentions;
        int newEvents;
        int problems;
        int failedBefore;
    }

    private Summary run(Iterator<Article> source, int total, int files, Counter c, Listener listener) {
        long t0 = System.nanoTime();
        Map<String, String> stored = new HashMap<>(store.articleHashes());
        Map<String, String> failedBefore = options.retryFailed() ? Map.of() : store.failedHashes();
        Set<String> seen = new HashSet<>();
        Consumer<Void> tick = v -> listener.progress(summary(c, files, t0), total);
        Iterator<Article> toCode = new Iterator<>() {
            private Article next;

            @Override
            public boolean hasNext() {
                while (next == null && source.hasNext()) {
                    Article a = source.next();
                    c.read++;
                    String hash = ArticleReader.contentId(a.text());
                    boolean same = hash.equals(stored.get(a.id()));
                    if (!seen.add(a.id()) || (same && !options.recode())) {
                        c.skipped++;
                        tick.accept(null);
                        continue;
                    }
                    if (hash.equals(failedBefore.get(a.id()))) {
                        c.failedBefore++;
                        tick.accept(null);
                        continue;
                    }
                    next = a;
                }
                return next != null;
            }

            @Override
            public Article next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                Article a = next;
                next = null;
                return a;
            }
        };
        List<EventStore.Coded> batch = new java.util.ArrayList<>();
        long[] batchStart = {0};
        new CorpusRunner(pipeline, engines, Math.max(1, options.threads()), options.budget()).run(toCode, r -> {
            if (r.failed()) {
                c.failed++;
                store.recordFailure(r.article(), r.error());
                listener.failed(r.article(), r.error());
            } else {
                r.document().notes().forEach(n -> listener.note(r.article(), n));
                if (batch.isEmpty()) {
                    batchStart[0] = System.nanoTime();
                }
                batch.add(new EventStore.Coded(r.article(), r.document().sentences(), r.events(), r.sourcing()));
            }
            if (batch.size() >= options.batch() || (!batch.isEmpty() && System.nanoTime() - batchStart[0] >= BATCH_NANOS)) {
                flush(batch, c);
            }
            tick.accept(null);
        });
        flush(batch, c);
        tick.accept(null);
        return summary(c, files, t0);
    }

    /** Commits the batch; counts only what is committed, so progress never claims more than the store holds. */
    private void flush(List<EventStore.Coded> batch, Counter c) {
        if (batch.isEmpty()) {
            return;
        }
        List<EventStore.Written> written = store.writeArticles(batch);
        for (int i = 0; i < batch.size(); i++) {
            EventStore.Written w = written.get(i);
            c.written++;
            if (w.replaced()) {
                c.replaced++;
            }
            c.sentences += batch.get(i).sentences().size();
            c.mentions += w.mentions();
            c.newEvents += w.newEvents();
        }
        batch.clear();
    }

    private static Summary summary(Counter c, int files, long t0) {
        return new Summary(files, c.read, c.written, c.replaced, c.skipped, c.failed, c.sentences, c.mentions,
                c.newEvents, c.problems, (System.nanoTime() - t0) / 1e9, c.failedBefore);
    }
}
