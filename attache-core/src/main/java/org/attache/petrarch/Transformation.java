package org.attache.petrarch;

/**
 * A transformation line of a PETRARCH verb dictionary, {@code ~ a (b . ATTACK) SAY = a b 112}:
 * when a verb (SAY) governs the event (lower source, lower target, verb ATTACK) under the upper
 * source, the event is the result's source, target and code ({@code Q} in the result: the lower
 * verb's code). Variables: a letter is an actor (the same letter the same actor), {@code .} any
 * actor, {@code _} no actor.
 */
public record Transformation(String upperSource, String lowerSource, String lowerTarget, Verb lower, Verb upper,
                             String resultSource, String resultTarget, String resultCode, String file, int line) {

    /** A verb of the line: {@code Q} (any), or a verb word with its dictionary code (null: the verb has none). */
    public record Verb(String lemma, String code, boolean any) {
        public static Verb anyVerb() {
            return new Verb("q", null, true);
        }
    }
}
