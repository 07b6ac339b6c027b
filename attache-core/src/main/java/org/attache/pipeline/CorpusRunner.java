package org.attache.pipeline;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import org.attache.model.Article;
import org.attache.model.Document;
import org.attache.nlp.NlpEngine;
import org.attache.nlp.NlpEngineFactory;
import org.attache.nlp.ParseSelector;

/**
 * Codes articles in parallel, whole documents per thread, with the engine the factory gives each
 * thread (the CoreNLP factory gives one thread-safe engine to all, so the models are in memory
 * once). Only the sentences the pipeline's {@link Pipeline#parseSelector()} chooses get the
 * dependency parse, which changes no output. Results reach the sink in input order, so output is
 * the same whatever the thread count.
 *
 * <p>One bad article never stops a run: any failure while coding it (an exception, a
 * {@code StackOverflowError} deep in a parser, running out of memory; everything but the JVM's
 * own internal errors) becomes a failed {@link ArticleResult} naming the stage and the error.
 * Each article has a time budget, counted from when a worker starts it (after the worker has its
 * engine: loading models is not the article's time): past it the worker is
 * interrupted (the engine stops between pieces of text), the article is reported failed, and
 * should the worker not stop, a fresh one takes its place so the run goes on at full width.
 */
public final class CorpusRunner {
    public static final Duration DEFAULT_BUDGET = Duration.ofSeconds(60);
    /** How often the collector looks whether a queued article has started. */
    private static final long POLL_NANOS = TimeUnit.MILLISECONDS.toNanos(200);

    private final Pipeline pipeline;
    private final NlpEngineFactory engines;
    private final int threads;
    private final Duration budget;
    private final ParseSelector selector;

    public CorpusRunner(Pipeline pipeline, NlpEngineFactory engines, int threads) {
        this(pipeline, engines, threads, DEFAULT_BUDGET);
    }

    /** {@code budget}: most time one article may take (NLP and coding). */
    public CorpusRunner(Pipeline pipeline, NlpEngineFactory engines, int threads, Duration budget) {
        this(pipeline, engines, threads, budget, pipeline.parseSelector());
    }

    /**
     * With the sentences to parse chosen by {@code selector} ({@link ParseSelector#ALL}: every
     * one, as {@code code --parse-all} does).
     */
    public CorpusRunner(Pipeline pipeline, NlpEngineFactory engines, int threads, Duration budget,
                        ParseSelector selector) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, was " + threads);
        }
        if (budget.isNegative() || budget.isZero()) {
            throw new IllegalArgumentException("the time budget per article must be positive, was " + budget);
        }
        this.pipeline = pipeline;
        this.engines = engines;
        this.threads = threads;
        this.budget = budget;
        this.selector = selector;
    }

    public void run(Iterator<Article> articles, Consumer<ArticleResult> sink) {
        Workers workers = new Workers(threads);
        ThreadLocal<NlpEngine> engine = ThreadLocal.withInitial(engines::create);
        Deque<Job> inFlight = new ArrayDeque<>();
        try {
            while (articles.hasNext()) {
                Article a = articles.next();
                if (inFlight.size() >= threads * 4) {
                    sink.accept(await(inFlight.poll(), workers));
                }
                Job job = new Job(a, engine, workers);
                job.future = workers.pool.submit(job::call);
                inFlight.add(job);
            }
            while (!inFlight.isEmpty()) {
                sink.accept(await(inFlight.poll(), workers));
            }
        } finally {
            workers.pool.shutdownNow();
        }
    }

    public List<ArticleResult> runAll(List<Article> articles) {
        List<ArticleResult> out = new ArrayList<>();
        run(articles.iterator(), out::add);
        return out;
    }

    /** One article's work: knows when a worker started it and whether it was given up on. */
    private final class Job {
        final Article article;
        final ThreadLocal<NlpEngine> engine;
        final Workers workers;
        Future<ArticleResult> future;
        volatile long started;
        boolean finished;
        boolean abandoned;

        Job(Article article, ThreadLocal<NlpEngine> engine, Workers workers) {
            this.article = article;
            this.engine = engine;
            this.workers = workers;
        }

        ArticleResult call() {
            try {
                NlpEngine nlp;
                try {
                    nlp = engine.get(); // a worker's first article waits for the models: not its own time
                } catch (RuntimeException | LinkageError e) {
                    return failed(article, "cannot start the NLP engine: " + describe(e));
                } finally {
                    started = System.nanoTime();
                }
                return codeOne(nlp, article);
            } finally {
                workers.finished(this);
            }
        }
    }

    /** The worker pool, widened by one for each worker still busy with an article given up on. */
    private static final class Workers {
        final ThreadPoolExecutor pool;
        final int base;
        int busyAbandoned;

        Workers(int threads) {
            this.base = threads;
            this.pool = new ThreadPoolExecutor(threads, threads, 30, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), r -> {
                Thread t = new Thread(r, "attache-worker");
                t.setDaemon(true);
                return t;
            });
        }

        synchronized void abandon(Job job) {
            job.future.cancel(true);
            if (!job.finished) {
                job.abandoned = true;
                busyAbandoned++;
                resize();
            }
        }

        synchronized void finished(Job job) {
            job.finished = true;
            if (job.abandoned) {
                busyAbandoned--;
                resize();
            }
        }

        private void resize() {
            int n = base + busyAbandoned;
            if (n > pool.getMaximumPoolSize()) {
                pool.setMaximumPoolSize(n);
                pool.setCorePoolSize(n);
            } else {
                pool.setCorePoolSize(n);
                pool.setMaximumPoolSize(n);
            }
        }
    }

    private ArticleResult await(Job job, Workers workers) {
        while (true) {
            long started = job.started;
            long wait = started == 0 ? POLL_NANOS : started + budget.toNanos() - System.nanoTime();
            // a job already done is never over its budget, however late the collector looks (a slow sink,
            // an earlier article that held the collector until its own deadline)
            if (wait <= 0 && !job.future.isDone()) {
                workers.abandon(job);
                return failed(job.article, "over the time budget of " + seconds(budget) + " per article (stopped; "
                        + "a longer budget: --article-timeout)");
            }
            try {
                return job.future.get(Math.max(wait, 0), TimeUnit.NANOSECONDS);
            } catch (TimeoutException e) {
                // not started yet, or still within its budget: look again
            } catch (ExecutionException | CancellationException e) {
                // codeOne catches what an article can throw; this is the pool's own failure
                return failed(job.article, "worker failed: " + describe(e.getCause() == null ? e : e.getCause()));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for article " + job.article.id(), e);
            }
        }
    }

    private ArticleResult codeOne(NlpEngine engine, Article a) {
        String stage = "NLP";
        try {
            Document doc = engine.annotate(a, selector);
            stage = "coding";
            if (Thread.currentThread().isInterrupted()) {
                throw new CancellationException("stopped after NLP: over the time budget");
            }
            Pipeline.CodedArticle coded = pipeline.codeArticle(doc);
            return new ArticleResult(a, doc, coded.events(), coded.sourcing(), null, coded.attributions());
        } catch (Throwable e) {
            // A deep parse overflows the stack and a gigantic one can exhaust the heap: both are the
            // article's, and its memory is free again once this frame returns. The VM's internal
            // errors are not, and end the run.
            if (e instanceof VirtualMachineError && !(e instanceof StackOverflowError) && !(e instanceof OutOfMemoryError)) {
                throw (VirtualMachineError) e;
            }
            return failed(a, "failed in " + stage + ": " + describe(e));
        }
    }

    private static ArticleResult failed(Article a, String error) {
        return new ArticleResult(a, null, List.of(), null, error);
    }

    private static String describe(Throwable t) {
        String m = t.getMessage();
        if (m != null) {
            int nl = m.indexOf('\n');
            m = nl < 0 ? m : m.substring(0, nl);
            if (m.length() > 300) {
                m = m.substring(0, 300) + "…";
            }
        }
        return t.getClass().getSimpleName() + (m == null || m.isBlank() ? "" : ": " + m);
    }

    private static String seconds(Duration d) {
        long ms = d.toMillis();
        return ms % 1000 == 0 ? (ms / 1000) + " s" : String.format("%.1f s", ms / 1000.0);
    }
}
