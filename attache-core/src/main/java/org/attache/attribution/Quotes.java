package org.attache.attribution;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;

/**
 * Direct quotes in an article's text: straight or curly double quotes (or curly single ones in a
 * paragraph without double marks), paired within a paragraph. Wire style opens each paragraph of a long quote again without closing the one
 * before, so a quote still open at a paragraph's end closes there, and an opening mark at the
 * start of the next paragraph continues it.
 */
final class Quotes {
    private static final java.util.regex.Pattern PARAGRAPH_BREAK = java.util.regex.Pattern.compile("\\n\\s*\\n");

    /** One quote: {@code start..end} includes the marks, {@code inner*} excludes them. */
    record Quote(int start, int end, int innerStart, int innerEnd, boolean openEnded, boolean continued, boolean direct) {
        boolean contains(int offset) { return offset >= start && offset < end; }

        boolean overlaps(int from, int to) { return start < to && from < end; }
    }

    private Quotes() {
    }

    static List<Quote> find(String text) {
        List<int[]> paragraphs = new ArrayList<>();
        Matcher m = PARAGRAPH_BREAK.matcher(text);
        int from = 0;
        while (m.find()) {
            paragraphs.add(new int[] {from, m.start()});
            from = m.end();
        }
        paragraphs.add(new int[] {from, text.length()});
        List<Quote> out = new ArrayList<>();
        boolean previousOpen = false;
        for (int[] p : paragraphs) {
            int open = -1;
            boolean first = true;
            boolean openEndedHere = false;
            // British style quotes with single curly marks; only where no double marks are used, since
            // '\u2019' is also the apostrophe ("Russia\u2019s"): it closes only before a space, punctuation or the end
            boolean single = text.substring(p[0], p[1]).chars().noneMatch(ch -> ch == '"' || ch == '\u201C' || ch == '\u201D');
            for (int i = p[0]; i < p[1]; i++) {
                char c = text.charAt(i);
                boolean singleOpen = single && c == '\u2018' && (i == p[0] || !Character.isLetterOrDigit(text.charAt(i - 1)));
                boolean singleClose = single && c == '\u2019' && (i + 1 >= p[1] || !Character.isLetterOrDigit(text.charAt(i + 1)));
                boolean isOpen = c == '\u201C' || c == '"' && open < 0 || singleOpen;
                boolean isClose = c == '\u201D' || c == '"' && open >= 0 || singleClose;
                if (isOpen && open < 0) {
                    open = i;
                } else if (isClose && open >= 0) {
                    out.add(quote(text, open, i + 1, false, first && previousOpen && startsParagraph(text, p[0], open)));
                    first = false;
                    open = -1;
                }
            }
            if (open >= 0) {
                int end = p[1];
                while (end > open + 1 && Character.isWhitespace(text.charAt(end - 1))) {
                    end--;
                }
                out.add(quote(text, open, end, true, first && previousOpen && startsParagraph(text, p[0], open)));
                openEndedHere = true;
            }
            previousOpen = openEndedHere;
        }
        return out;
    }

    private static boolean startsParagraph(String text, int paraStart, int at) {
        return text.substring(paraStart, at).isBlank();
    }

    private static Quote quote(String text, int start, int end, boolean openEnded, boolean continued) {
        int innerStart = start + 1;
        int innerEnd = openEnded ? end : end - 1;
        String inner = text.substring(innerStart, Math.max(innerStart, innerEnd)).strip();
        // a scare quote ("called the move a 'provocation'") is part of the sentence, not a quotation
        boolean direct = openEnded || continued || inner.split("\\s+").length >= 6
                || !inner.isEmpty() && ",.!?\u2026".indexOf(inner.charAt(inner.length() - 1)) >= 0;
        return new Quote(start, end, innerStart, Math.max(innerStart, innerEnd), openEnded, continued, direct);
    }
}
