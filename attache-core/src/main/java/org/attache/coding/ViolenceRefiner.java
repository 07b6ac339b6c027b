package org.attache.coding;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.attache.model.Sentence;
import org.attache.model.Token;

/**
 * Step "violence type": a generic act of force ("killed", "attacked", "hit": 180, 190) is told
 * apart by the weapon or method the sentence names with it: its subject ("a car bomb killed…",
 * "a drone struck…") or its "in/with/by" phrase ("were killed in an air strike", "shot with
 * rifles", "killed by a roadside bomb"). The noun lexicon says what that noun is: a bombing
 * (183x), an assassination (186), an abduction (181), aerial weapons (195), artillery (194).
 */
final class ViolenceRefiner {
    private static final Set<String> VIOLENT_ROOTS = Set.of("18", "19", "20");
    private static final Set<String> METHOD_PREPS = Set.of("in", "with", "by", "during", "using");

    private final Lexicon nouns;
    private final WeaponPlatforms weapons;

    ViolenceRefiner(Lexicon nouns, WeaponPlatforms weapons) {
        this.nouns = nouns;
        this.weapons = weapons;
    }

    /**
     * Whether {@code method} may replace {@code code}: a generic act of force (180, 190, a riot) takes
     * any specific method; a specific code only a narrower one of its own family ("a car bomb
     * exploded": 183 becomes 1832).
     */
    private static boolean refines(String code, String method) {
        if (code.equals("145") || CodebookMapping.isGeneric(code)) {
            return true;
        }
        return method.length() > code.length() && method.startsWith(code);
    }

    /** The code, made more specific by the method the sentence names, when it is a generic act of force. */
    String refine(Sentence s, int v, String code) {
        // "a suicide bomber attacked a police station" is a bombing, not a riot (145)
        boolean riot = code.equals("145");
        if (!riot && !VIOLENT_ROOTS.contains(code.substring(0, 2))) {
            return code;
        }
        List<Token> methods = new ArrayList<>();
        List<Set<String>> contexts = new ArrayList<>();
        for (Token c : s.children(v)) {
            if (c.rel().equals("nsubj") || c.rel().startsWith("obl") && METHOD_PREPS.contains(String.valueOf(SourceFinder.caseOf(s, c)))) {
                for (Token m : s.children(c.index())) {
                    if (m.rel().startsWith("compound")) {
                        // "car bomb", "air strike": the modifier heads the lexicon's pattern and sees its noun
                        methods.add(m);
                        contexts.add(new java.util.HashSet<>(List.of(PatternMatcher.lemma(c), c.lowerWord())));
                    }
                }
                methods.add(c);
                contexts.add(Set.of());
            }
        }
        for (int i = 0; i < methods.size(); i++) {
            Optional<Pattern> p = PatternMatcher.best(s, methods.get(i), nouns, false, contexts.get(i));
            if (p.isPresent() && VIOLENT_ROOTS.contains(p.get().code().substring(0, 2))
                    && !CodebookMapping.isGeneric(p.get().code()) && refines(code, p.get().code())) {
                return p.get().code();
            }
        }
        for (Token m : methods) {
            // "Israeli warplanes struck…", "attacked Kharkiv with drones": the platform says how
            Optional<String> w = weapons.codeOf(PatternMatcher.lemma(m));
            if (w.isPresent() && refines(code, w.get())) {
                return w.get();
            }
        }
        return code;
    }
}
