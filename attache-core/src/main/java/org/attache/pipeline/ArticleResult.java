package org.attache.pipeline;

import java.util.List;
import org.attache.model.Article;
import org.attache.model.Document;
import org.attache.model.Event;
import org.attache.model.SourcingProfile;

/**
 * The outcome of coding one article: its parse, events and sourcing profile, or the error that
 * stopped it (then {@code document} and {@code sourcing} are null).
 */
public record ArticleResult(Article article, Document document, List<Event> events, SourcingProfile sourcing,
                            String error) {
    public boolean failed() { return error != null; }
}
