package org.attache.web;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.attache.model.Span;

/**
 * Finds time expressions in article text for the reader's highlighting ("on Monday",
 * "yesterday", "March 17, 2024", "last week", "two days ago"). The store keeps event dates, not
 * the words they came from, so the reader marks these words itself; the coder's own date
 * resolution is unchanged by it.
 */
final class TimeExpressions {
    private static final String WEEKDAY = "(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)";
    private static final String MONTH = "(?:january|february|march|april|may|june|july|august|september|october"
            + "|november|december|jan\\.|feb\\.|aug\\.|sept?\\.|oct\\.|nov\\.|dec\\.)";
    private static final String NUMBER = "(?:\\d{1,3}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
            + "|several|a few)";
    private static final Pattern TIME = Pattern.compile(String.join("|",
            // "17 March 2024", "March 17, 2024", "March 17", "March 2024"
            "\\b(?:\\d{1,2}\\s+" + MONTH + "(?:\\s+\\d{4})?|" + MONTH + "\\s+\\d{1,2}(?:st|nd|rd|th)?(?:,?\\s+\\d{4})?(?!\\d)"
                    + "|" + MONTH + "\\s+\\d{4})",
            "\\b(?:(?:last|next|this|on|early|late)\\s+)?" + WEEKDAY + "(?:\\s+(?:morning|afternoon|evening|night))?\\b",
            "\\b(?:yesterday|today|tomorrow|tonight|overnight)\\b",
            "\\b(?:last|this|next|earlier this|later this|the previous|the following)\\s+"
                    + "(?:week|weekend|month|year|morning|afternoon|evening|night)\\b",
            "\\b" + NUMBER + "\\s+(?:days?|weeks?|months?|years?)\\s+(?:ago|earlier|later)\\b",
            "\\b\\d{4}-\\d{2}-\\d{2}\\b",
            "\\b(?:in|since|by|until)\\s+(?:19|20)\\d{2}\\b"), Pattern.CASE_INSENSITIVE);

    private TimeExpressions() {
    }

    /** The expressions in {@code text}, in order, not overlapping, offsets into {@code text}. */
    static List<Span> find(String text) {
        List<Span> out = new ArrayList<>();
        Matcher m = TIME.matcher(text);
        while (m.find()) {
            out.add(new Span(m.group(), m.start(), m.end()));
        }
        return out;
    }
}
