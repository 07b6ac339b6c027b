package org.attache.model;

import java.util.List;

/**
 * Who claims something, and where the article says so. {@code text} is the source as written
 * ("a Kremlin spokesman", "he"); {@code kind} its kind (named-person, official-unnamed,
 * anonymous, organization, document, outlet, other); {@code cue} the reporting word or phrase
 * ("said", "according to", "was quoted as saying"); {@code actor} the source's actor code or
 * null; {@code source} and {@code cueSpan} their offsets (null when inherited); {@code content}
 * the claimed text (several parts for a quote across paragraphs); {@code channel} how it was
 * said ("in a statement", "told Reuters") or null; {@code name}/{@code role} for a named person
 * (the antecedent's, for a pronoun); {@code mode}: quote, reported, according-to.
 */
public record Attribution(String text, String kind, String cue, String actor, Span source, Span cueSpan,
                          List<Span> content, String channel, String name, String role, String mode) {
    public Attribution {
        content = content == null ? List.of() : List.copyOf(content);
    }

    /** An attribution known only by its source text and kind. */
    public Attribution(String text, String kind) {
        this(text, kind, null, null, null, null, List.of(), null, null, null, null);
    }

    /** Whether {@code offset} lies in the claimed content. */
    public boolean covers(int offset) {
        for (Span s : content) {
            if (offset >= s.start() && offset < s.end()) {
                return true;
            }
        }
        return false;
    }

    /** Characters of content (the innermost of nested attributions is the smallest). */
    public int contentLength() {
        return content.stream().mapToInt(s -> s.end() - s.start()).sum();
    }

    public Attribution withContent(List<Span> parts) {
        return new Attribution(text, kind, cue, actor, source, cueSpan, parts, channel, name, role, mode);
    }
}
