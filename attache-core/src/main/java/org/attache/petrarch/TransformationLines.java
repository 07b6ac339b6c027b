package org.attache.petrarch;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import org.attache.petrarch.DictionaryLines.Line;

/**
 * Reads the transformation lines of a PETRARCH verb dictionary ({@code ~ a (b . ATTACK) SAY = a b
 * 112}) into {@link Transformation}s, resolving their verb words to the verbs' own codes (a verb
 * word the dictionary lacks is a warning: the line never matches). Bad lines are problems naming
 * the file and line.
 */
final class TransformationLines {
    private static final java.util.regex.Pattern TRANSFORMATION = java.util.regex.Pattern.compile(
            "~\\s*(\\S+)\\s*\\(\\s*(\\S+)\\s+(\\S+)\\s+(\\S+)\\s*\\)\\s*(\\S+)\\s*=\\s*(\\S+)\\s+(\\S+)\\s+(\\S+)\\s*");

    private final ProblemLog log;
    private final Map<String, String> verbCodes;
    private final Map<String, String> formToBase;

    /** {@code verbCodes}: each verb word's own code (null: none); {@code formToBase}: inflected forms to verbs. */
    TransformationLines(ProblemLog log, Map<String, String> verbCodes, Map<String, String> formToBase) {
        this.log = log;
        this.verbCodes = verbCodes;
        this.formToBase = formToBase;
    }

    /**
     * {@code ~ a (b . ATTACK) SAY = a b 112}: the upper source, the lower event (source, target,
     * verb), the upper verb, and the result (source, target, code or Q).
     */
    Optional<Transformation> read(Line line) {
        String t = line.trimmed();
        int hash = t.indexOf('#');
        if (hash >= 0) {
            t = t.substring(0, hash).strip();
        }
        Matcher m = TRANSFORMATION.matcher(t);
        if (!m.matches()) {
            log.add(line.problem("bad transformation line: expected '~ a (b c VERB) VERB = a b CODE', got '" + line.trimmed() + "'"));
            return Optional.empty();
        }
        String[] vars = {m.group(1), m.group(2), m.group(3), m.group(6), m.group(7)};
        for (String v : vars) {
            if (!v.matches("[A-Za-z._]")) {
                log.add(line.problem("transformation actor '" + v + "' must be a letter, '.' (any actor) or '_' (no actor)"));
                return Optional.empty();
            }
        }
        String code = m.group(8);
        if (!code.equalsIgnoreCase("Q") && !code.matches("[0-9]{2,4}")) {
            log.add(line.problem("transformation code '" + code + "' must be a CAMEO code or Q (the lower verb's code)"));
            return Optional.empty();
        }
        Transformation.Verb lower = verb(line, m.group(4));
        Transformation.Verb upper = verb(line, m.group(5));
        if (lower == null || upper == null) {
            return Optional.empty();
        }
        if (upper.any()) {
            log.add(line.problem("the governing verb of a transformation cannot be Q"));
            return Optional.empty();
        }
        return Optional.of(new Transformation(low(vars[0]), low(vars[1]), low(vars[2]), lower, upper, low(vars[3]),
                low(vars[4]), code.equalsIgnoreCase("Q") ? "Q" : code, line.file(), line.number()));
    }

    private static String low(String var) {
        return var.toLowerCase(Locale.ROOT);
    }

    /** A transformation's verb word: Q, or a verb of the dictionary with its own code (null when it has none). */
    private Transformation.Verb verb(Line line, String word) {
        if (word.equalsIgnoreCase("Q")) {
            return Transformation.Verb.anyVerb();
        }
        String w = word.toLowerCase(Locale.ROOT);
        w = formToBase.getOrDefault(w, w);
        if (!verbCodes.containsKey(w)) {
            log.warn(line.problem("transformation verb '" + word + "' is not a verb of the dictionary: the line never matches"));
            return null;
        }
        return new Transformation.Verb(w, verbCodes.get(w), false);
    }
}
