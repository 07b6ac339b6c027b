package org.attache.model;

import java.util.Locale;

/** Whether an event happened, as the text tells it. */
public enum Status {
    ASSERTED, NEGATED, HYPOTHETICAL, INTENDED, DEMANDED;

    public String label() { return name().toLowerCase(Locale.ROOT); }

    public static Status parse(String s) {
        return valueOf(s.trim().toUpperCase(Locale.ROOT));
    }
}
