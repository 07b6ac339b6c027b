package org.attache.nlp;

import java.util.Arrays;
import java.util.List;
import org.attache.model.Article;
import org.attache.model.Sentence;

/**
 * Chooses the sentences of an article that get the dependency parse. It sees each sentence
 * tagged but unparsed (tokens, POS, lemmas and NER; every head -1 and every relation
 * {@code dep}); a sentence it leaves out stays that way in the document. A selector must be
 * exact for the stages that read the document: leaving a sentence out may not change their output.
 */
@FunctionalInterface
public interface ParseSelector {
    /** Parses every sentence. */
    ParseSelector ALL = (article, tagged) -> {
        boolean[] all = new boolean[tagged.size()];
        Arrays.fill(all, true);
        return all;
    };

    /** One flag per sentence, in order: true to parse it. */
    boolean[] select(Article article, List<Sentence> tagged);
}
