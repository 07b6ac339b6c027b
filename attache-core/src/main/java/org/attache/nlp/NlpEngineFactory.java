package org.attache.nlp;

/** Gives each worker thread its engine ({@code CoreNlpEngine.factory()} gives all of them one shared, thread-safe engine, made once). */
@FunctionalInterface
public interface NlpEngineFactory {
    NlpEngine create();
}
