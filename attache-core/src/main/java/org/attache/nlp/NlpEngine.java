package org.attache.nlp;

import org.attache.model.Article;
import org.attache.model.Document;

/**
 * Turns an article into parsed sentences. Implementations need not be thread-safe: give each
 * worker thread its own engine (see {@link NlpEngineFactory}).
 */
public interface NlpEngine {
    Document annotate(Article article);

    /**
     * As {@link #annotate(Article)}, with the dependency parse only for the sentences the
     * selector chooses (the others keep tokens, POS, lemmas and NER). Engines that cannot parse
     * selectively parse everything.
     */
    default Document annotate(Article article, ParseSelector selector) {
        return annotate(article);
    }
}
