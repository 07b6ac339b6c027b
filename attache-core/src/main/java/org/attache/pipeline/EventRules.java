package org.attache.pipeline;

import java.util.List;
import org.attache.model.Document;
import org.attache.model.Event;

/**
 * Rules applied to an article's coded events before grounding: the place where a dictionary
 * dialect's coding rules (PETRARCH's {@code require_dyad}, passive codes…) change what the coder
 * found. Implementations are immutable and thread-safe.
 */
@FunctionalInterface
public interface EventRules {
    /** No rules: the events as coded. */
    EventRules NONE = (doc, events) -> events;

    List<Event> apply(Document doc, List<Event> events);
}
