package org.attache.attribution;

import static org.attache.attribution.Syntax.*;

import java.util.List;
import java.util.Set;
import org.attache.model.Sentence;
import org.attache.model.Token;

/** "according to officials": the object of a multiword preposition is the source, the clause it modifies the content. */
final class AccordingToCue implements CueRule {
    private final AttributionLexicon lexicon;

    AccordingToCue(AttributionLexicon lexicon) {
        this.lexicon = lexicon;
    }

    @Override
    public boolean mayStartAt(Sentence tagged, Token t) {
        for (List<String> p : lexicon.preps()) {
            if (prepAt(tagged, t, p)) {
                return true;
            }
        }
        return false;
    }

    private static boolean prepAt(Sentence s, Token t, List<String> p) {
        if (t.index() + p.size() > s.size()) {
            return false;
        }
        boolean match = true;
        for (int k = 0; k < p.size() && match; k++) {
            match = s.token(t.index() + k).lowerWord().equals(p.get(k));
        }
        return match;
    }

    @Override
    public Draft at(Sentence s, Token t, Context context) {
        String text = context.text();
        for (List<String> p : lexicon.preps()) {
            if (!prepAt(s, t, p)) {
                continue;
            }
            int last = t.index() + p.size() - 1;
            int noun = objectOfPhrase(s, t.index(), last);
            if (noun < 0) {
                return null;
            }
            Draft d = new Draft(s, "according-to");
            d.head = noun;
            d.cueSpan = s.span(text, t.index(), last);
            Set<Integer> phrase = subtree(s, noun);
            for (int k = t.index(); k <= last; k++) {
                phrase.remove(k);
            }
            d.source = sourceSpan(s, text, noun, phrase);
            for (int k = t.index(); k <= last; k++) {
                phrase.add(k);
            }
            Token gov = s.head(s.token(noun));
            Set<Integer> clause = gov == null ? allTokens(s) : subtree(s, gov.index());
            if (gov == null) {
                clause.removeAll(phrase);
            } else {
                clause.removeAll(subtree(s, noun));
            }
            for (int k = t.index(); k <= last; k++) {
                clause.remove(k);
            }
            d.content.addAll(spans(s, text, clause));
            d.cueToken = t.index();
            return d;
        }
        return null;
    }

    /** The noun a multiword preposition introduces: the head of its "case" word, else the next noun. */
    private static int objectOfPhrase(Sentence s, int first, int last) {
        for (int k : new int[] {last, first}) {
            Token w = s.token(k);
            if (w.rel().equals("case") && w.head() > last) {
                return w.head();
            }
        }
        for (int k = last + 1; k < s.size(); k++) {
            if (s.token(k).isNoun()) {
                Token n = s.token(k);
                // climb to the head of the noun phrase ("the foreign ministry": ministry)
                while (n.head() > last && s.token(n.head()).isNoun() && n.rel().startsWith("compound")) {
                    n = s.token(n.head());
                }
                return n.index();
            }
        }
        return -1;
    }
}
