package org.attache.pipeline;

import java.util.List;
import org.attache.model.Article;
import org.attache.model.Document;
import org.attache.model.Event;

/** The outcome of coding one article: its parse and events, or the error that stopped it. */
public record ArticleResult(Article article, Document document, List<Event> events, String error) {
    public boolean failed() { return error != null; }
}
