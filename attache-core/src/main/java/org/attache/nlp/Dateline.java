package org.attache.nlp;

import java.util.Optional;
import java.util.regex.Matcher;

/**
 * A wire-story dateline at the start of an article: "NAIROBI:", "KABUL, March 3 (Reuters) -",
 * "UNITED NATIONS, Jan 5 —". Parsers read it as part of the first sentence and attach the real
 * clause to it, so the engine masks it (keeping offsets) and later stages use it as a place.
 */
public record Dateline(String place, int start, int end) {
    private static final java.util.regex.Pattern PATTERN = java.util.regex.Pattern.compile(
            "^\\s*([A-Z][A-Z.'\\- ]{1,40}[A-Z.])(?:,\\s*[A-Za-z][^\\n:()]{0,40}?)?(?:\\s*\\([^)\\n]{1,40}\\))?\\s*[:\u2013\u2014-]+\\s");

    /** The dateline at the start of {@code text}, if any. */
    public static Optional<Dateline> find(String text) {
        Matcher m = PATTERN.matcher(text);
        if (!m.find()) {
            return Optional.empty();
        }
        return Optional.of(new Dateline(m.group(1).strip(), m.start(1), m.end()));
    }

    /** The text with the dateline replaced by spaces, so character offsets stay valid. */
    public String mask(String text) {
        StringBuilder sb = new StringBuilder(text);
        for (int i = start; i < end; i++) {
            if (!Character.isWhitespace(sb.charAt(i))) {
                sb.setCharAt(i, ' ');
            }
        }
        return sb.toString();
    }
}
