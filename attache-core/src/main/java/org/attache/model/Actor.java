package org.attache.model;

/**
 * An actor as it appears in an event: its code, where in the text it is named, and how the
 * code was obtained ({@code basis}: dictionary, title, metonym…).
 */
public record Actor(ActorCode code, Span span, String basis) {
}
