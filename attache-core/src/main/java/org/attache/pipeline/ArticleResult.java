package org.attache.pipeline;

import java.util.List;
import org.attache.model.Article;
import org.attache.model.Attribution;
import org.attache.model.Document;
import org.attache.model.Event;
import org.attache.model.SourcingProfile;

/**
 * The outcome of coding one article: its parse, events, sourcing profile and every attribution
 * found (whether or not an event rests on it), or the error that stopped it (then
 * {@code document} and {@code sourcing} are null and {@code attributions} empty).
 */
public record ArticleResult(Article article, Document document, List<Event> events, SourcingProfile sourcing,
                            String error, List<Attribution> attributions) {
    public ArticleResult {
        attributions = attributions == null ? List.of() : List.copyOf(attributions);
    }

    public ArticleResult(Article article, Document document, List<Event> events, SourcingProfile sourcing, String error) {
        this(article, document, events, sourcing, error, List.of());
    }

    public boolean failed() { return error != null; }
}
