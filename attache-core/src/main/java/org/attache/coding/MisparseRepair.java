package org.attache.coding;

import java.util.List;
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

    /** "called for Uganda to withdraw": an adverbial clause marked "for" and "to" with its own subject. */
    static boolean isForClause(Sentence s, Token c) {
        if (!c.rel().startsWith("advcl") || s.children(c.index(), "nsubj").isEmpty()) {
            return false;
        }
        boolean forMark = false;
        boolean to = false;
        for (Token m : s.children(c.index(), "mark")) {
            forMark |= m.lowerWord().equals("for");
            to |= m.lowerWord().equals("to");
        }
        return forMark && to;
    }

    /** The embedded action a complement-taking verb governs: its xcomp, else its ccomp (or a misparsed appeal). */
    static Token complementOf(Sentence s, int v) {
        for (Token c : s.children(v)) {
            if (c.rel().startsWith("xcomp")) {
                return c;
            }
        }
        for (Token c : s.children(v)) {
            if (c.rel().startsWith("ccomp") || isMisparsedAppeal(s, c) || isForClause(s, c)) {
                return c;
            }
        }
        return null;
    }

    /**
     * A verb clause without a subject of its own under another verb: an adverbial clause
     * ("…, wounding five soldiers"), the same clause left hanging as {@code dep} by the parser
     * (", killing three soldiers", ", saying it undermined…"), or a gerund in a prepositional
     * phrase ("accused Rwanda of backing the rebels").
     */
    static boolean isSubjectlessClause(Sentence s, Token tv) {
        if (tv.head() < 0 || !tv.isVerb() || tv.pos().equals("VBN") || !s.token(tv.head()).isVerb()) {
            return false;
        }
        String rel = tv.rel();
        boolean gerundPhrase = (rel.startsWith("obl") || rel.startsWith("advcl")) && tv.pos().equals("VBG");
        return rel.startsWith("advcl") || rel.equals("dep") && tv.pos().equals("VBG") || gerundPhrase;
    }

    /** The governing verb's object, which does the action of a gerund phrase ("accused Rwanda of backing"), or null. */
    static Token gerundController(Sentence s, Token tv) {
        if (!tv.pos().equals("VBG") || !(tv.rel().startsWith("obl") || tv.rel().startsWith("advcl"))) {
            return null;
        }
        boolean marked = false;
        for (Token c : s.children(tv.index())) {
            if ((c.rel().equals("case") || c.rel().equals("mark"))
                    && (c.lowerWord().equals("of") || c.lowerWord().equals("for"))) {
                marked = true;
            }
        }
        if (!marked) {
            return null;
        }
        for (Token c : s.children(tv.head())) {
            if (c.rel().equals("obj") || c.rel().equals("dobj")) {
                return c;
            }
        }
        return null;
    }

    /**
     * "Russia says Israel must end attacks": the parser makes the reported clause's subject the
     * object of the reporting verb and hangs the clause as {@code dep}; its actors are the clause's
     * subject.
     */
    static List<org.attache.model.Actor> reportedSubjectAsObject(CodingContext ctx, int v) {
        Token tv = ctx.s.token(v);
        if (!tv.rel().equals("dep") || tv.head() < 0) {
            return List.of();
        }
        for (Token c : ctx.s.children(tv.head())) {
            if ((c.rel().equals("obj") || c.rel().equals("dobj")) && c.index() < v) {
                return ctx.actors(c.index());
            }
        }
        return List.of();
    }
}
