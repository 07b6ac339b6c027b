package org.attache.coding;

import org.attache.model.Sentence;
import org.attache.model.Token;

/**
 * Step "misparse repair": recognizes the parser's common errors that would lose the main verb
 * or its complement, so the other steps read the sentence as it was meant.
 */
final class MisparseRepair {
    private MisparseRepair() {
    }

    /** An advcl marked both "on"/"upon" and "to" with its own subject: a misparsed "called on X to do Y". */
    static boolean isMisparsedAppeal(Sentence s, Token c) {
        if (!c.rel().startsWith("advcl")) {
            return false;
        }
        boolean on = false;
        boolean to = false;
        for (Token m : s.children(c.index(), "mark")) {
            on |= m.lowerWord().equals("on") || m.lowerWord().equals("upon");
            to |= m.lowerWord().equals("to");
        }
        return on && to && !s.children(c.index(), "nsubj").isEmpty();
    }

    /** The embedded action a complement-taking verb governs: its xcomp, else its ccomp (or a misparsed appeal). */
    static Token complementOf(Sentence s, int v) {
        for (Token c : s.children(v)) {
            if (c.rel().startsWith("xcomp")) {
                return c;
            }
        }
        for (Token c : s.children(v)) {
            if (c.rel().startsWith("ccomp") || isMisparsedAppeal(s, c)) {
                return c;
            }
        }
        return null;
    }
}
