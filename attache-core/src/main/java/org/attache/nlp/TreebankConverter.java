package org.attache.nlp;

import org.attache.model.Article;
import org.attache.model.Document;

/**
 * Turns Penn Treebank bracketed parses (one or more trees) of an article's text into a parsed
 * {@link Document} with Universal Dependencies. The CoreNLP implementation lives in
 * {@code org.attache.nlp.corenlp}; problems are thrown as {@link IllegalArgumentException}s.
 */
@FunctionalInterface
public interface TreebankConverter {
    Document convert(Article article, String trees);
}
