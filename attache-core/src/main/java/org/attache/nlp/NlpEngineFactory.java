package org.attache.nlp;

/** Makes one engine per worker thread (CoreNLP pipelines are not safely shared by all annotators). */
@FunctionalInterface
public interface NlpEngineFactory {
    NlpEngine create();
}
