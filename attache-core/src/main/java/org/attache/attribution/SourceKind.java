package org.attache.attribution;

import java.util.Locale;

/** The kind of a claim's source; the label is the JSON value ("named-person", "official-unnamed"…). */
public enum SourceKind {
    NAMED_PERSON, OFFICIAL_UNNAMED, ANONYMOUS, ORGANIZATION, DOCUMENT, OUTLET, OTHER;

    public String label() { return name().toLowerCase(Locale.ROOT).replace('_', '-'); }

    public static SourceKind ofLabel(String label) {
        return valueOf(label.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
    }

    /** Whether a claim from this kind of source is on the record (someone who can be held to it). */
    public boolean onRecord() {
        return this == NAMED_PERSON || this == OFFICIAL_UNNAMED || this == ORGANIZATION || this == DOCUMENT;
    }
}
