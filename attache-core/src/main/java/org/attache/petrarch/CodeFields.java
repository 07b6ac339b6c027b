package org.attache.petrarch;

import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.attache.ontology.CameoOntology;
import org.attache.petrarch.DictionaryLines.Line;

/**
 * Reads the code fields of a PETRARCH verb dictionary ({@code [042]}, {@code [042:043]},
 * {@code [:173]}, {@code [---]}) and keeps what they say beyond a pattern's code: the pairs
 * ({@code [042:043]}: the reversed second event), the passive-only codes ({@code [:173]}) and the
 * codes outside CAMEO (kept as written, with a warning naming the file and line).
 */
final class CodeFields {
    /** A code field at the end of a verb or pattern line: {@code … [042]}. */
    static final java.util.regex.Pattern CODE_AT_END = java.util.regex.Pattern.compile("\\[([^\\[\\]]*)\\]\\s*$");
    private static final java.util.regex.Pattern CODE = java.util.regex.Pattern.compile("[0-9]{2,4}");

    private final ProblemLog log;
    private final CameoOntology ontology = CameoOntology.builtIn();
    private final Map<String, String> pairs = new HashMap<>();
    private final Set<String> unpaired = new HashSet<>();
    private final Set<String> passiveOnly = new TreeSet<>();
    private final Set<String> extraCodes = new TreeSet<>();

    CodeFields(ProblemLog log) {
        this.log = log;
    }

    /**
     * A code field as written: {@code 042}; {@code 042:043} (a pair); {@code :173} (coded only in the
     * passive); {@code ---} (no event: the pattern is kept, so that it blocks the verb's other
     * codes); any other string kept verbatim, with a warning when it is not a CAMEO code.
     */
    record Codes(String active, String passive, boolean none) {
        /** The code the lexicon pattern carries. */
        String patternCode() {
            return none ? PetrarchVerbLoader.NO_EVENT : active.isEmpty() ? passive : active;
        }
    }

    /**
     * Reads {@code field} (null or blank: no code, a problem when {@code required}); null when the
     * field is rejected (the problem is logged).
     */
    Codes read(Line line, String field, boolean required) {
        if (field == null || field.isBlank()) {
            if (required) {
                log.add(line.problem("pattern without a code and its block has none"));
            }
            return null;
        }
        String f = field.strip();
        if (f.matches("-+")) {
            return new Codes("", "", true);
        }
        int colon = f.indexOf(':');
        String active = (colon < 0 ? f : f.substring(0, colon)).strip();
        String passive = colon < 0 ? "" : f.substring(colon + 1).strip();
        if (active.matches("-+")) {
            active = "";
        }
        if (passive.matches("-+")) {
            passive = "";
        }
        if (active.isEmpty() && passive.isEmpty()) {
            return new Codes("", "", true);
        }
        for (String c : new String[] {active, passive}) {
            if (c.isEmpty()) {
                continue;
            }
            if (c.length() < 2 || c.contains(" ")) {
                log.add(line.problem("bad event code '[" + f + "]'"));
                return null;
            }
            if (!ontology.contains(c)) {
                extraCodes.add(c);
                log.warn(line.problem("event code '" + c + "' is not in CAMEO: kept as written"));
            }
        }
        return new Codes(active, passive, false);
    }

    /**
     * A verb's own code for transformation lines: the first code of {@code field} (a verb line's,
     * else its block's), null when it has none ({@code ---}, {@code [:173]}, no field).
     */
    static String ownCode(String field) {
        String own = field == null || field.strip().matches("-*") ? null : field.strip();
        if (own != null && own.contains(":")) {
            own = own.substring(0, own.indexOf(':')).strip();
            own = own.matches("-*") ? null : own;
        }
        return own;
    }

    /** Remembers the pair or the passive-only code of a verb's pattern. */
    void remember(String head, Codes c) {
        if (c.none()) {
            return;
        }
        if (c.active().isEmpty()) {
            passiveOnly.add(head + "|" + c.passive());
            return;
        }
        pair(head, c.passive().isEmpty() ? c.active() : c.active() + ":" + c.passive());
    }

    /**
     * Remembers {@code [042:043]}: the verb's events with the first code also imply the reversed
     * event with the second. A verb that also has the first code unpaired is left out (ambiguous).
     */
    private void pair(String head, String field) {
        String f = field == null ? "" : field.strip();
        String[] parts = f.split(":");
        if (!CODE.matcher(parts[0].strip()).matches()) {
            return;
        }
        String key = head + "|" + parts[0].strip();
        if (parts.length == 2 && CODE.matcher(parts[1].strip()).matches() && !unpaired.contains(key)) {
            String before = pairs.putIfAbsent(key, parts[1].strip());
            if (before != null && !before.equals(parts[1].strip())) {
                pairs.remove(key);
                unpaired.add(key);
            }
        } else {
            pairs.remove(key);
            unpaired.add(key);
        }
    }

    /** "head|first code" -> second code of the pairs seen. */
    Map<String, String> pairedCodes() {
        return Map.copyOf(pairs);
    }

    /** "head|code" of the patterns written {@code [:code]}. */
    Set<String> passiveOnly() {
        return Collections.unmodifiableSet(passiveOnly);
    }

    /** The event codes used that are not CAMEO codes. */
    Set<String> extraCodes() {
        return Collections.unmodifiableSet(extraCodes);
    }
}
