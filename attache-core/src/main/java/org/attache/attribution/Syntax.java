package org.attache.attribution;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.attache.attribution.Quotes.Quote;
import org.attache.model.Sentence;
import org.attache.model.Span;
import org.attache.model.Token;

/** Tree and span helpers shared by the attribution steps: subtrees, token runs as spans, word tests. */
final class Syntax {
    private Syntax() {
    }

    // ---- spans ----

    static boolean inQuote(List<Quote> quotes, Token t) {
        for (Quote q : quotes) {
            if (t.begin() >= q.innerStart() && t.end() <= q.innerEnd()) {
                return true;
            }
        }
        return false;
    }

    static Set<Integer> subtree(Sentence s, int root) {
        Set<Integer> out = new TreeSet<>();
        List<Integer> queue = new ArrayList<>(List.of(root));
        out.add(root);
        for (int qi = 0; qi < queue.size(); qi++) {
            int h = queue.get(qi);
            for (Token t : s.tokens()) {
                if (t.head() == h && out.add(t.index())) {
                    queue.add(t.index());
                }
            }
        }
        return out;
    }

    static Set<Integer> allTokens(Sentence s) {
        Set<Integer> out = new TreeSet<>();
        for (int i = 0; i < s.size(); i++) {
            out.add(i);
        }
        return out;
    }

    /** The contiguous run of the phrase around its head, without edge punctuation or quote marks. */
    static Span sourceSpan(Sentence s, String text, int head, Set<Integer> phrase) {
        int from = head;
        int to = head;
        while (phrase.contains(from - 1)) {
            from--;
        }
        while (phrase.contains(to + 1)) {
            to++;
        }
        while (from < head && isPunct(s.token(from))) {
            from++;
        }
        while (to > head && isPunct(s.token(to))) {
            to--;
        }
        // "Amnesty International (AI)" with the closing bracket trimmed: drop the open bracket's part
        for (int i = head + 1; i <= to; i++) {
            if (opens(s.token(i))) {
                boolean closed = false;
                for (int j = i + 1; j <= to && !closed; j++) {
                    closed = s.token(j).word().equals(")") || s.token(j).word().equals("-RRB-");
                }
                if (!closed) {
                    to = i - 1;
                    while (to > head && isPunct(s.token(to))) {
                        to--;
                    }
                    break;
                }
            }
        }
        return s.span(text, from, to);
    }

    private static boolean opens(Token t) {
        return t.word().equals("(") || t.word().equals("-LRB-");
    }

    /**
     * Drops from a source phrase what only places it in time or grammar: "on Wednesday" hung on
     * "The Free Syrian Army", and the preposition of a noun reached through a clause ("a message
     * to moderate President Rouhani, who vowed…").
     */
    static void dropTimeAndCase(Sentence s, int head, Set<Integer> phrase) {
        for (Token c : s.children(head)) {
            String rel = c.rel();
            boolean time = rel.endsWith("tmod") || (rel.startsWith("nmod") || rel.startsWith("obl"))
                    && (c.ner().equals("DATE") || c.ner().equals("TIME"));
            if (time && c.index() > head) {
                phrase.removeAll(subtree(s, c.index()));
            } else if (rel.equals("case") && c.index() < head) {
                phrase.remove(c.index());
            }
        }
    }

    /** Token runs as spans, trimmed of punctuation at their edges. */
    static List<Span> spans(Sentence s, String text, Set<Integer> tokens) {
        List<Span> out = new ArrayList<>();
        List<Integer> sorted = new ArrayList<>(new TreeSet<>(tokens));
        int i = 0;
        while (i < sorted.size()) {
            int j = i;
            while (j + 1 < sorted.size() && sorted.get(j + 1) == sorted.get(j) + 1) {
                j++;
            }
            int from = sorted.get(i);
            int to = sorted.get(j);
            while (from < to && isPunct(s.token(from))) {
                from++;
            }
            while (to > from && isPunct(s.token(to))) {
                to--;
            }
            if (!isPunct(s.token(from))) {
                out.add(s.span(text, from, to));
            }
            i = j + 1;
        }
        return out;
    }

    static Set<Integer> tokensIn(Sentence s, Span span) {
        Set<Integer> out = new TreeSet<>();
        for (Token t : s.tokens()) {
            if (t.begin() >= span.start() && t.end() <= span.end()) {
                out.add(t.index());
            }
        }
        return out;
    }

    static boolean isPunct(Token t) {
        return t.rel().equals("punct") || t.word().chars().noneMatch(Character::isLetterOrDigit);
    }

    static String lemma(Token t) {
        return t.lemma().toLowerCase(Locale.ROOT);
    }

    static int lastComma(Sentence s, int v) {
        for (int i = v - 1; i >= 0; i--) {
            if (s.token(i).word().equals(",")) {
                return i;
            }
        }
        return -1;
    }

    static boolean hasVerbBefore(Sentence s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (s.token(i).isVerb()) {
                return true;
            }
        }
        return false;
    }

    static Set<Integer> range(int from, int to) {
        Set<Integer> out = new TreeSet<>();
        for (int i = from; i <= to; i++) {
            out.add(i);
        }
        return out;
    }

    static boolean startsAt(Sentence s, int i, List<String> phrase, Set<Integer> within) {
        for (int k = 0; k < phrase.size(); k++) {
            if (!within.contains(i + k) || !wordIs(s.token(i + k), phrase.get(k))) {
                return false;
            }
        }
        return true;
    }

    static boolean endsAt(Sentence s, int i, List<String> phrase) {
        int from = i - phrase.size() + 1;
        if (from < 0) {
            return false;
        }
        for (int k = 0; k < phrase.size(); k++) {
            if (!wordIs(s.token(from + k), phrase.get(k))) {
                return false;
            }
        }
        return true;
    }

    static boolean wordIs(Token t, String w) {
        return t.lowerWord().equals(w) || lemma(t).equals(w);
    }

    /** The verb's subject, or that of the verb it is conjoined to or elaborates ("…, saying"). */
    static int subjectOf(Sentence s, int v, int depth) {
        for (Token c : s.children(v)) {
            if (c.rel().equals("nsubj")) {
                return c.index();
            }
        }
        Token t = s.token(v);
        if (depth < 2 && t.head() >= 0 && (t.rel().equals("conj") || t.rel().startsWith("xcomp")
                || (t.rel().startsWith("advcl") || t.rel().equals("dep")) && t.pos().equals("VBG"))) {
            return subjectOf(s, t.head(), depth + 1);
        }
        return -1;
    }
}
