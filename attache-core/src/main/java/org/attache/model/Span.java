package org.attache.model;

/** A stretch of article text, by character offsets (end exclusive). */
public record Span(String text, int start, int end) {
    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span " + start + ".." + end);
        }
    }
}
