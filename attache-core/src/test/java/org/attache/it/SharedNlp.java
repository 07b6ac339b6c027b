package org.attache.it;

import org.attache.nlp.NlpEngine;
import org.attache.nlp.corenlp.CoreNlpEngine;
import org.attache.pipeline.Pipeline;

/** One CoreNLP engine and pipeline for all integration tests of the JVM (models load once, ~10 s). */
final class SharedNlp {
    private static NlpEngine engine;
    private static Pipeline pipeline;

    private SharedNlp() {
    }

    static synchronized NlpEngine engine() {
        if (engine == null) {
            engine = new CoreNlpEngine();
        }
        return engine;
    }

    static synchronized Pipeline pipeline() {
        if (pipeline == null) {
            pipeline = Pipeline.builtIn();
        }
        return pipeline;
    }
}
