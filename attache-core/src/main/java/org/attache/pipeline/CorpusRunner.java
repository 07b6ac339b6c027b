package org.attache.pipeline;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.attache.model.Article;
import org.attache.model.Document;
import org.attache.nlp.NlpEngine;
import org.attache.nlp.NlpEngineFactory;
import org.attache.nlp.ParseSelector;

/**
 * Codes articles in parallel, whole documents per thread, with the engine the factory gives each
 * thread (the CoreNLP engine is one thread-safe engine for all). Only the sentences the
 * pipeline's {@link Pipeline#parseSelector()} chooses are parsed, which changes no output.
 * Results reach the sink in input order, so output is the same whatever the thread count.
 */
public final class CorpusRunner {
    private final Pipeline pipeline;
    private final NlpEngineFactory engines;
    private final int threads;
    private final ParseSelector selector;

    public CorpusRunner(Pipeline pipeline, NlpEngineFactory engines, int threads) {
        this(pipeline, engines, threads, pipeline.parseSelector());
    }

    /** With the sentences to parse chosen by {@code selector} ({@link ParseSelector#ALL}: every one). */
    public CorpusRunner(Pipeline pipeline, NlpEngineFactory engines, int threads, ParseSelector selector) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, was " + threads);
        }
        this.pipeline = pipeline;
        this.engines = engines;
        this.threads = threads;
        this.selector = selector;
    }

    public void run(Iterator<Article> articles, Consumer<ArticleResult> sink) {
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "attache-worker");
            t.setDaemon(true);
            return t;
        });
        ThreadLocal<NlpEngine> engine = ThreadLocal.withInitial(engines::create);
        BlockingQueue<Future<ArticleResult>> inFlight = new ArrayBlockingQueue<>(threads * 4);
        try {
            while (articles.hasNext()) {
                Article a = articles.next();
                if (inFlight.remainingCapacity() == 0) {
                    sink.accept(take(inFlight));
                }
                inFlight.add(pool.submit(() -> codeOne(engine.get(), a)));
            }
            while (!inFlight.isEmpty()) {
                sink.accept(take(inFlight));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    public List<ArticleResult> runAll(List<Article> articles) {
        List<ArticleResult> out = new ArrayList<>();
        run(articles.iterator(), out::add);
        return out;
    }

    private ArticleResult codeOne(NlpEngine engine, Article a) {
        try {
            Document doc = engine.annotate(a, selector);
            Pipeline.CodedArticle coded = pipeline.codeArticle(doc);
            return new ArticleResult(a, doc, coded.events(), coded.sourcing(), null, coded.attributions());
        } catch (RuntimeException | OutOfMemoryError e) {
            return new ArticleResult(a, null, List.of(), null, e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    private static ArticleResult take(BlockingQueue<Future<ArticleResult>> q) {
        try {
            return q.take().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }
}
