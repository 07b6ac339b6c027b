package org.attache.spark;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.attache.nlp.NlpEngine;
import org.attache.nlp.corenlp.CoreNlpEngine;
import org.attache.pipeline.Pipeline;

/**
 * The one per-JVM holder of the project (see DESIGN.md): each executor JVM loads one CoreNLP
 * engine and one {@link Pipeline} per {@link CoderConfig}, lazily, on its first task, and every
 * later task of that executor (concurrent or not) codes with the same objects. Tasks carry only
 * the small config; the models are never serialized with a closure.
 *
 * <p>Sharing one engine between concurrent tasks is safe: CoreNLP annotators are shared between
 * pipelines built with the same properties anyway (CoreNLP's own annotator pool), and
 * {@link Pipeline} is immutable.
 */
public final class ExecutorCoder {
    private static final ConcurrentMap<CoderConfig, Loaded> LOADED = new ConcurrentHashMap<>();

    /** The loaded coder; {@code loadMillis} is what loading the models and dictionaries cost this JVM. */
    public record Loaded(NlpEngine engine, Pipeline pipeline, long loadMillis) {
    }

    private ExecutorCoder() {
    }

    /**
     * The coder for {@code config}, loading it if this JVM has none yet; {@code onLoad} runs once
     * per JVM and config, in the thread that loaded it (other tasks wait for the load rather
     * than loading a second copy).
     */
    public static Loaded get(CoderConfig config, java.util.function.Consumer<Loaded> onLoad) {
        Loaded existing = LOADED.get(config);
        if (existing != null) {
            return existing;
        }
        Loaded[] fresh = new Loaded[1];
        Loaded l = LOADED.computeIfAbsent(config, c -> {
            long t0 = System.nanoTime();
            Pipeline pipeline = c.pipeline();
            NlpEngine engine = new CoreNlpEngine();
            fresh[0] = new Loaded(engine, pipeline, (System.nanoTime() - t0) / 1_000_000);
            return fresh[0];
        });
        if (fresh[0] != null) {
            onLoad.accept(fresh[0]);
        }
        return l;
    }

    /** Whether this JVM has loaded a coder for {@code config} (for tests and the benchmark). */
    public static boolean isLoaded(CoderConfig config) {
        return LOADED.containsKey(config);
    }
}
