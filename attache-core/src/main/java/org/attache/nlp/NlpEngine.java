package org.attache.nlp;

import org.attache.model.Article;
import org.attache.model.Document;

/**
 * Turns an article into parsed sentences. Implementations need not be thread-safe: give each
 * worker thread its own engine (see {@link NlpEngineFactory}).
 */
public interface NlpEngine {
    Document annotate(Article article);
}
