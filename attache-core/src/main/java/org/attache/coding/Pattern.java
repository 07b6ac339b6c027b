package org.attache.coding;

import java.util.List;

/**
 * One lexicon pattern: a head lemma (verb or noun), the further words that must occur among its
 * dependents (each slot a list of alternatives, each alternative one or more lemmas), the
 * preposition that introduces the target (or null), and the complement kind for verbs that
 * govern an embedded action (or null).
 */
public record Pattern(String code, String head, List<List<List<String>>> slots, String targetPrep,
                      ComplementKind complement, String file, int line) {

    public Pattern {
        slots = List.copyOf(slots);
    }

    /** More words required = more specific; a named target preposition counts as one. */
    public int specificity() {
        return slots.size() * 2 + (targetPrep != null ? 1 : 0);
    }
}
