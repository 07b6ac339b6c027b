package org.attache.coding;

import static org.attache.coding.PatternMatcher.lemma;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.attache.model.Sentence;
import org.attache.model.Token;

/**
 * Step "misparse repair", before coding: the parser's usual errors around reporting verbs are
 * rewritten so the reported clause has its subject and hangs under the reporting verb.
 * <ul>
 * <li>"The minister said Beijing was willing to work…" parsed with "said" as the clausal subject
 * of "willing" and "Beijing" as the object of "said": "said" becomes the head, "willing" its
 * complement, "Beijing" the subject of "willing".</li>
 * <li>"Russia says Israel must end attacks" parsed with "Israel" as the object of "says" and
 * "end" left as {@code dep}: "Israel" becomes the subject of "end", "end" the complement.</li>
 * <li>"is due to visit Moscow" parsed with "visit" as a {@code ccomp}: a "to" clause with no
 * subject of its own is controlled ({@code xcomp}).</li>
 * <li>"to travel to Islamabad on Wednesday to discuss…" parsed with "Wednesday" as the subject
 * of "discuss": a day or date is never a subject ({@code obl:tmod}).</li>
 * </ul>
 * The tokens, their words and offsets stay as they were; only heads and relations change.
 */
final class ReportingClauseRepair {
    /** Reporting verbs that take a clause, not a nominal object. */
    static final Set<String> REPORTING = Set.of("say", "add", "state", "insist", "stress", "note", "explain",
            "argue", "claim", "believe", "think", "hope", "suggest", "indicate", "reiterate", "maintain", "assert",
            "contend", "concede", "predict", "estimate");

    private ReportingClauseRepair() {
    }

    static Sentence repair(Sentence s) {
        List<Token> t = new ArrayList<>(s.tokens());
        boolean changed = false;
        for (int r = 0; r < t.size(); r++) {
            Token rep = t.get(r);
            if (!rep.isVerb() || !REPORTING.contains(lemma(rep))) {
                continue;
            }
            Token obj = object(t, r);
            if (obj == null) {
                continue;
            }
            if (rep.rel().startsWith("csubj") && rep.head() > obj.index() && isPredicate(t, rep.head())
                    && !hasSubject(t, rep.head(), r)) {
                Token h = t.get(rep.head());
                t.set(r, rep.withHead(h.head(), h.rel()));
                t.set(h.index(), h.withHead(r, "ccomp"));
                t.set(obj.index(), obj.withHead(h.index(), "nsubj"));
                changed = true;
                continue;
            }
            for (Token c : t) {
                if (c.head() == r && c.index() > obj.index() && (c.rel().equals("dep") || c.rel().startsWith("ccomp")
                        || c.rel().equals("parataxis")) && isPredicate(t, c.index()) && !hasSubject(t, c.index(), -1)) {
                    t.set(c.index(), c.withHead(r, "ccomp"));
                    t.set(obj.index(), obj.withHead(c.index(), "nsubj"));
                    changed = true;
                    break;
                }
            }
        }
        for (int i = 0; i < t.size(); i++) {
            Token c = t.get(i);
            if (c.rel().equals("nsubj") && PatternMatcher.isTime(c) && c.pos().startsWith("NNP")) {
                t.set(i, c.withHead(c.head(), "obl:tmod"));
                changed = true;
            } else if (c.rel().startsWith("ccomp") && c.isVerb() && c.pos().equals("VB") && !hasSubject(t, i, -1)
                    && hasToMark(t, i) && c.head() >= 0 && !t.get(c.head()).isVerb()) {
                // "is due to visit": the adjective's "to" clause is controlled by its subject
                t.set(i, c.withHead(c.head(), "xcomp"));
                changed = true;
            }
        }
        return changed ? new Sentence(s.index(), s.text(), s.begin(), s.end(), t) : s;
    }

    private static Token object(List<Token> t, int r) {
        for (Token c : t) {
            if (c.head() == r && (c.rel().equals("obj") || c.rel().equals("dobj")) && c.index() > r
                    && (c.pos().startsWith("NN") || c.pos().equals("PRP"))) {
                return c;
            }
        }
        return null;
    }

    private static boolean isPredicate(List<Token> t, int i) {
        Token h = t.get(i);
        if (h.isVerb()) {
            return true;
        }
        for (Token c : t) {
            if (c.head() == i && c.rel().equals("cop")) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasSubject(List<Token> t, int i, int except) {
        for (Token c : t) {
            if (c.head() == i && c.index() != except && (c.rel().startsWith("nsubj") || c.rel().startsWith("csubj"))) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasToMark(List<Token> t, int i) {
        for (Token c : t) {
            if (c.head() == i && c.rel().equals("mark") && c.lowerWord().equals("to")) {
                return true;
            }
        }
        return false;
    }
}
