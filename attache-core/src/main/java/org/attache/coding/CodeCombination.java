package org.attache.coding;

import java.util.Optional;

/**
 * How a dictionary's own rules combine the codes of verbs that govern one another, used instead of
 * the project's codebook mapping (complement and modality tables) when a dictionary brings its
 * rules (PETRARCH: {@code org.attache.petrarch.CodeArithmetic}). Implementations are immutable.
 */
public interface CodeCombination {
    /**
     * The code of an action coded {@code lower} under a verb whose own dictionary code is
     * {@code upper}: {@code upper} null (the verb has no code of its own) leaves {@code lower} as it
     * is; empty means the combination is no event.
     */
    Optional<String> combine(String upper, String lower);

    /** The code of a negated action; empty means no event. */
    Optional<String> negate(String code);

    /**
     * Whether a reporting verb's code combines with {@code lower}, the action of a clause with a
     * subject of its own ("A said B attacked C"), when no transformation matches; otherwise the
     * clause gives no event.
     */
    boolean combinesAcrossClauses(String upper, String lower);

    /**
     * The dictionary's transformation of "the upper source, verb {@code upper}, over (lower source,
     * lower target, verb {@code lower})", or empty. Actors are given by their codes (null: absent);
     * verbs by their codes (null: no code) and lemmas.
     */
    Optional<Transformed> transform(String upper, String upperLemma, String lower, String lowerLemma,
                                    String upperSource, String lowerSource, String lowerTarget);

    /** Which actor of a transformed construction fills a role of the event. */
    enum Role { UPPER_SOURCE, LOWER_SOURCE, LOWER_TARGET }

    /** A transformation's result: who is source and target, and the code. */
    record Transformed(Role source, Role target, String code, String file, int line) {
    }
}
