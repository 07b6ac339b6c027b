package org.attache.nlp;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts an article's text into pieces the NLP engine can tokenize one at a time, so no single
 * call sees more than {@code maxChars} characters: a 20 MB line with no sentence break would
 * otherwise fill gigabytes in the tokenizer before any limit applies. Text within the limit is
 * one piece (what the engine saw before, so ordinary articles parse exactly as they did). Longer
 * text is cut at paragraph breaks, and a paragraph still over the limit at the last sentence end
 * ({@code .!?} then a space) in its window, else the last whitespace, else hard at the limit.
 * Pieces are character ranges of the text: offsets into a piece plus its {@code begin} are
 * offsets into the article.
 */
public final class TextSegments {
    /** A range of the text, {@code begin} inclusive, {@code end} exclusive. */
    public record Segment(int begin, int end) {
        public int length() { return end - begin; }
    }

    private TextSegments() {
    }

    public static List<Segment> of(String text, int maxChars) {
        if (maxChars < 1) {
            throw new IllegalArgumentException("maxChars must be at least 1, was " + maxChars);
        }
        List<Segment> out = new ArrayList<>();
        if (text.length() <= maxChars) {
            out.add(new Segment(0, text.length()));
            return out;
        }
        int begin = 0;
        int n = text.length();
        while (begin < n) {
            if (n - begin <= maxChars) {
                out.add(new Segment(begin, n));
                break;
            }
            int limit = begin + maxChars;
            int cut = lastParagraphBreak(text, begin, limit);
            if (cut <= begin) {
                cut = lastSentenceEnd(text, begin, limit);
            }
            if (cut <= begin) {
                cut = lastWhitespace(text, begin, limit);
            }
            if (cut <= begin) {
                cut = limit;
                if (Character.isHighSurrogate(text.charAt(cut - 1)) && cut - 1 > begin) {
                    cut--; // never split a surrogate pair
                }
            }
            out.add(new Segment(begin, cut));
            begin = cut;
        }
        return out;
    }

    /** The end of the last blank line ("\n\s*\n") in [begin, limit], or -1. */
    private static int lastParagraphBreak(String text, int begin, int limit) {
        for (int i = limit - 1; i > begin; i--) {
            if (text.charAt(i) == '\n') {
                int j = i - 1;
                while (j > begin && text.charAt(j) != '\n' && Character.isWhitespace(text.charAt(j))) {
                    j--;
                }
                if (j > begin && text.charAt(j) == '\n') {
                    return i + 1;
                }
            }
        }
        return -1;
    }

    /** Just after the whitespace following the last '.', '!' or '?' in [begin, limit], or -1. */
    private static int lastSentenceEnd(String text, int begin, int limit) {
        for (int i = limit - 1; i > begin; i--) {
            char c = text.charAt(i - 1);
            if (Character.isWhitespace(text.charAt(i)) && (c == '.' || c == '!' || c == '?')) {
                return i + 1;
            }
        }
        return -1;
    }

    private static int lastWhitespace(String text, int begin, int limit) {
        for (int i = limit - 1; i > begin; i--) {
            if (Character.isWhitespace(text.charAt(i))) {
                return i + 1;
            }
        }
        return -1;
    }
}
