package org.attache.petrarch;

import java.util.Locale;

/**
 * Which PETRARCH reads the dictionaries: the constructs the coders read differently (see
 * docs/data-formats.md). {@code petrarch2} is the default.
 */
public enum Dialect {
    /** PETRARCH-2: {@code [X:Y]} codes X in the active voice and Y in the passive; composite actor codes kept whole. */
    PETRARCH2("petrarch2"),
    /** PETRARCH-1: as PETRARCH-2, but a composite actor code {@code A/B} gives one actor each. */
    PETRARCH1("petrarch1"),
    /** UniversalPETRARCH: {@code [X:Y]} codes X from source to target, then Y back from target to source. */
    UD_PETRARCH("ud-petrarch");

    private final String label;

    Dialect(String label) {
        this.label = label;
    }

    public String label() { return label; }

    /** The dialect of a label ({@code petrarch2}, {@code petrarch1}, {@code ud-petrarch}); an unknown label is an error naming the choices. */
    public static Dialect of(String label) {
        String l = label.strip().toLowerCase(Locale.ROOT);
        for (Dialect d : values()) {
            if (d.label.equals(l)) {
                return d;
            }
        }
        throw new IllegalArgumentException("unknown dialect '" + label + "': expected petrarch2, petrarch1 or ud-petrarch");
    }

    @Override
    public String toString() { return label; }
}
