package org.attache.model;

import java.time.LocalDate;
import java.util.Objects;

/** A news article as read from input: the text plus what is known about its publication. */
public record Article(String id, LocalDate date, String source, String url, String title, String text) {
    public Article {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        source = source == null ? "" : source;
        url = url == null ? "" : url;
        title = title == null ? "" : title;
    }
}
