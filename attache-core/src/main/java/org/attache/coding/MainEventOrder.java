package org.attache.coding;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.attache.model.Event;
import org.attache.model.Sentence;
import org.attache.model.Token;

/**
 * Step "main predicate": orders a sentence's events so the main event comes first. The main
 * clause's predicate, or the reported clause under a reporting verb ("officials said Kenya
 * attacked…"), ranks first; coordinated predicates share its rank; events in adverbial,
 * relative and other subordinate clauses ("…after a jet shot down…") follow.
 */
final class MainEventOrder {
    private final StatementVerbs statements;

    MainEventOrder(StatementVerbs statements) {
        this.statements = statements;
    }

    /** The events, main event first; ties keep the order of their triggers. */
    List<Event> order(Sentence s, List<Event> events) {
        if (events.size() < 2) {
            return events;
        }
        List<Event> out = new ArrayList<>(events);
        out.sort(Comparator.comparingInt(e -> rank(s, triggerToken(s, e))));
        return out;
    }

    /** How far below the main predicate a token is: 0 for the main predicate and what shares its role. */
    int rank(Sentence s, int token) {
        if (token < 0) {
            return Integer.MAX_VALUE;
        }
        int rank = 0;
        Token t = s.token(token);
        for (int guard = 0; t.head() >= 0 && guard < 50; guard++) {
            Token head = s.token(t.head());
            String rel = t.rel();
            boolean reported = (rel.startsWith("ccomp") || rel.equals("parataxis"))
                    && statements.codeOf(PatternMatcher.lemma(head)).isPresent();
            if (reported || rel.equals("conj") || rel.startsWith("xcomp") || rel.equals("aux")) {
                // the reported clause is the news; coordinated and complement verbs share their head's rank
            } else if (rel.startsWith("advcl") || rel.startsWith("acl") || rel.equals("parataxis")
                    || rel.startsWith("csubj") || rel.equals("dep")) {
                rank += 3;
            } else if (rel.startsWith("ccomp")) {
                rank += 2;
            } else {
                rank += 1;
            }
            t = head;
        }
        if (t.head() < 0 && statements.codeOf(PatternMatcher.lemma(t)).isPresent() && t.index() == token) {
            // a reporting verb's own statement ranks after the events it reports (if it has any)
            rank += 1;
        }
        return rank;
    }

    /** The token an event's trigger starts at, or -1. */
    static int triggerToken(Sentence s, Event e) {
        Token t = s.tokenAt(e.trigger().start());
        return t == null ? -1 : t.index();
    }

    /** Whether any event's trigger lies below {@code head} in the dependency tree. */
    static boolean dominatesEvent(Sentence s, int head, List<Event> events) {
        for (Event e : events) {
            int t = triggerToken(s, e);
            for (int guard = 0; t >= 0 && guard < 50; guard++) {
                Token tok = s.token(t);
                if (tok.head() == head) {
                    return true;
                }
                t = tok.head();
            }
        }
        return false;
    }
}
