package org.attache.model;

/**
 * An actor as it appears in an event: its code, where in the text it is named, and how the
 * code was obtained ({@code basis}: dictionary, title, metonym…), and whether the actor is
 * inferred from the article rather than named in the sentence.
 */
public record Actor(ActorCode code, Span span, String basis, boolean inferred) {
    public Actor(ActorCode code, Span span, String basis) {
        this(code, span, basis, false);
    }
}
