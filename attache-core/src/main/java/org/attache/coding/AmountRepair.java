package org.attache.coding;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.attache.model.Sentence;
import org.attache.model.Token;

/**
 * Step "amount repair", before coding: an amount of money after a modifier ("provided an
 * additional $2 million in aid", "has provided over €3.5 million in funding") is parsed with
 * the modifier as the verb's object or adverb and the currency sign, which heads the amount,
 * left as a {@code dep} of that modifier; the aid it is "in" is then three or four steps below
 * the verb, and no pattern of the verb sees it. The currency sign becomes the verb's object and
 * the modifiers its dependents ("an" {@code det}, "additional" {@code amod}, "over"
 * {@code advmod}), as the parser gives them when no modifier comes first ("provided $2 million in
 * aid"). Words, offsets and every other relation stay as they were.
 */
final class AmountRepair {
    /** Parts of speech of the words the parser hangs the amount under: determiners, adjectives, adverbs, "over". */
    private static final Set<String> MODIFIERS = Set.of("DT", "PDT", "JJ", "JJR", "JJS", "RB", "RBR", "RBS", "IN");
    /** How far above the currency sign the verb may be. */
    private static final int MAX_MODIFIERS = 3;

    private AmountRepair() {
    }

    static Sentence repair(Sentence s) {
        List<Token> t = new ArrayList<>(s.tokens());
        boolean changed = false;
        for (int i = 0; i < t.size(); i++) {
            Token sign = t.get(i);
            if (!sign.pos().equals("$") || !sign.rel().equals("dep")) {
                continue;
            }
            List<Integer> path = new ArrayList<>();
            int h = sign.head();
            while (h >= 0 && path.size() < MAX_MODIFIERS && MODIFIERS.contains(t.get(h).pos())) {
                path.add(h);
                h = t.get(h).head();
            }
            if (path.isEmpty() || h < 0 || !t.get(h).isVerb()) {
                continue;
            }
            Token top = t.get(path.get(path.size() - 1));
            if (!top.rel().equals("obj") && !(top.rel().equals("advmod") && !hasObject(t, h))) {
                // a verb with an object of its own ("gave Kenya an extra $5 million"): not this misparse
                continue;
            }
            t.set(i, sign.withHead(h, "obj"));
            for (int p : path) {
                Token m = t.get(p);
                t.set(p, m.withHead(i, relationOf(m)));
            }
            changed = true;
        }
        return changed ? new Sentence(s.index(), s.text(), s.begin(), s.end(), t) : s;
    }

    private static String relationOf(Token modifier) {
        String pos = modifier.pos();
        if (pos.equals("DT") || pos.equals("PDT")) {
            return "det";
        }
        return pos.startsWith("JJ") ? "amod" : "advmod";
    }

    private static boolean hasObject(List<Token> t, int verb) {
        for (Token c : t) {
            if (c.head() == verb && (c.rel().equals("obj") || c.rel().equals("iobj"))) {
                return true;
            }
        }
        return false;
    }
}
