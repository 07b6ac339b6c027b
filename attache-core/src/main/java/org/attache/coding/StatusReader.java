package org.attache.coding;

import static org.attache.coding.PatternMatcher.lemma;

import java.util.Optional;
import java.util.Set;
import org.attache.model.Sentence;
import org.attache.model.Status;
import org.attache.model.Token;

/**
 * Step "status": reads how sure the text is that an action happened, from the verb's own
 * words (negation, modal auxiliaries, a conditional clause) and from the verbs that govern it
 * ("plans to", "could"). Hypothetical beats negated beats a complement's or modal's status.
 */
final class StatusReader {
    private static final Set<String> NEGATORS = Set.of("not", "n't", "never", "no");
    private static final Set<String> CONDITIONALS = Set.of("if", "unless");

    private final Modality modality;

    StatusReader(Modality modality) {
        this.modality = modality;
    }

    /** Hypothetical beats negated beats a complement's or modal's status; else asserted. */
    Status status(Sentence s, int v, Status fromComplement) {
        if (conditional(s, v, 0)) {
            return Status.HYPOTHETICAL;
        }
        if (negated(s, v)) {
            return Status.NEGATED;
        }
        if (fromComplement != null) {
            return fromComplement;
        }
        Optional<Status> own = auxStatus(s, v);
        if (own.isPresent()) {
            return own.get();
        }
        Token tv = s.token(v);
        if (tv.rel().equals("conj") && tv.head() >= 0 && s.token(tv.head()).isVerb()) {
            // "Beijing must stop its actions and withdraw its vessels": the modal governs both verbs
            Optional<Status> shared = auxStatus(s, tv.head());
            if (shared.isPresent()) {
                return shared.get();
            }
        }
        for (int depth = 0; tv.head() >= 0 && tv.rel().startsWith("xcomp") && depth < 4; depth++) {
            Token gov = s.token(tv.head());
            Optional<Status> st = modality.ofHead(lemma(gov)).or(() -> auxStatus(s, gov.index()));
            if (st.isPresent()) {
                return st.get();
            }
            tv = gov;
        }
        return Status.ASSERTED;
    }

    /** The status a modal auxiliary of token {@code v} gives ("will", "could"), by lemma or word form. */
    Optional<Status> auxStatus(Sentence s, int v) {
        for (Token c : s.children(v)) {
            if (c.rel().equals("aux")) {
                Optional<Status> st = modality.ofAux(lemma(c)).or(() -> modality.ofAux(c.lowerWord()));
                if (st.isPresent()) {
                    return st;
                }
            }
        }
        return Optional.empty();
    }

    static boolean negated(Sentence s, int v) {
        for (Token c : s.children(v)) {
            if ((c.rel().equals("neg") || c.rel().equals("advmod")) && NEGATORS.contains(c.lowerWord())) {
                return true;
            }
        }
        return false;
    }

    static boolean conditional(Sentence s, int v, int depth) {
        Token tv = s.token(v);
        for (Token c : s.children(v)) {
            if (c.rel().startsWith("advcl") && hasMark(s, c.index())) {
                return true;
            }
        }
        if (tv.rel().startsWith("advcl") && hasMark(s, v)) {
            return true;
        }
        if (tv.rel().startsWith("advcl") && (tv.pos().equals("VBZ") || tv.pos().equals("VBP") || tv.pos().equals("VB"))) {
            for (Token m : s.children(v, "mark")) {
                if (m.lowerWord().equals("before") || m.lowerWord().equals("until") || m.lowerWord().equals("once")) {
                    return true;
                }
            }
        }
        if (depth < 4 && tv.head() >= 0 && (tv.rel().startsWith("xcomp") || tv.rel().equals("conj")
                || tv.rel().startsWith("ccomp"))) {
            return conditional(s, tv.head(), depth + 1);
        }
        return false;
    }

    private static boolean hasMark(Sentence s, int v) {
        for (Token m : s.children(v, "mark")) {
            if (CONDITIONALS.contains(m.lowerWord())) {
                return true;
            }
        }
        return false;
    }
}
