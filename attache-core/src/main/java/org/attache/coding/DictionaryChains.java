package org.attache.coding;

import static org.attache.coding.PatternMatcher.lemma;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.attache.model.Actor;
import org.attache.model.Event;
import org.attache.model.Sentence;
import org.attache.model.Status;
import org.attache.model.Token;

/**
 * Step "dictionary verb chains", used instead of the codebook mapping when a dictionary brings its
 * own combination rules ({@link CodeCombination}, PETRARCH's arithmetic). A verb and the actions it
 * governs without a subject of their own ("intends to help", "will help", "did not help") make one
 * event: the lowest verb's dictionary code, combined upwards with each governing verb's (or
 * auxiliary's) own code and negated where a "not" stands; a verb with no code of its own leaves the
 * code below it as it is. A clause with a subject of its own under a reporting verb ("A said B
 * attacked C") goes through the dictionary's transformations, else combines only where the rules
 * allow; otherwise it gives no event, as in PETRARCH. The project's modality and complement tables
 * are not used. Immutable and thread-safe.
 */
final class DictionaryChains {
    /** PETRARCH reads only the word "not" as negation (its parse text), not "n't" or "never". */
    private static final Set<String> NOT = Set.of("not");

    private final Lexicon verbs;
    private final CodeCombination rules;
    private final SourceFinder sourceFinder;
    private final TargetFinder targetFinder;
    private final StatusReader statusReader;
    private final EventEmitter emitter;

    DictionaryChains(Lexicon verbs, CodeCombination rules, SourceFinder sourceFinder, TargetFinder targetFinder,
                     StatusReader statusReader, EventEmitter emitter) {
        this.verbs = verbs;
        this.rules = rules;
        this.sourceFinder = sourceFinder;
        this.targetFinder = targetFinder;
        this.statusReader = statusReader;
        this.emitter = emitter;
    }

    /** One verb chain's outcome: its code (null: no event), the verbs in it from the top, and whether a negation mapped it. */
    private record Chain(String code, List<Integer> verbs, boolean negated, Token reported) {
    }

    void code(CodingContext ctx, int v, Pattern p, Map<Integer, Pattern> verbMatches, Set<Integer> consumed,
              Map<String, Event> events) {
        Sentence s = ctx.s;
        if (p.code().equals(LexiconLoader.NO_EVENT) && MisparseRepair.complementOf(s, v) == null) {
            consumed.add(v);
            ctx.cover(v);
            return;
        }
        Chain chain = governedByUncodedVerb(s, v, chain(ctx, v, p, verbMatches, consumed), verbMatches);
        chain.verbs().forEach(i -> {
            consumed.add(i);
            ctx.cover(i);
        });
        if (ClauseFilter.isAllegedContent(s, v)) {
            return;
        }
        List<Actor> sources = sourceFinder.subjects(ctx, v);
        if (sources.isEmpty()) {
            if (ClauseFilter.isModifier(s.token(v))) {
                return;
            }
            sources = List.of(sourceFinder.unresolved(ctx, v));
        }
        if (chain.reported() != null) {
            reported(ctx, v, chain, sources, verbMatches, consumed, events);
            return;
        }
        if (chain.code() == null) {
            return;
        }
        int lowest = chain.verbs().get(chain.verbs().size() - 1);
        List<Actor> targets = List.of();
        for (int i : chain.verbs()) {
            // the governing verb's object is addressed ("urged B to help C"), else the lowest action's
            Pattern vp = verbMatches.get(i);
            targets = targetFinder.targets(ctx, i, vp);
            if (!targets.isEmpty()) {
                break;
            }
        }
        if (targets.isEmpty()) {
            targets = targetFinder.fallback(ctx, lowest, verbMatches.get(lowest), -1, !chain.code().startsWith("14") && sources.size() < 2);
        }
        Status st = chain.negated() ? Status.ASSERTED : statusReader.status(s, v, null);
        String embedded = chain.verbs().size() > 1 ? verbMatches.get(lowest).code() : null;
        emitter.emit(ctx, v, chain.code(), embedded == null || embedded.equals(chain.code()) ? null : embedded,
                sources, targets, st, events);
    }

    /**
     * The chain from {@code v} down through complements without a subject of their own, coded from
     * the bottom: each verb's own code combined with the code below, then negated, or combined with
     * its auxiliaries' codes ("will" when the dictionary codes it); a transformation of the
     * dictionary takes precedence at each step.
     */
    private Chain chain(CodingContext ctx, int v, Pattern p, Map<Integer, Pattern> verbMatches, Set<Integer> consumed) {
        Sentence s = ctx.s;
        List<Integer> chain = new ArrayList<>(List.of(v));
        Token reported = null;
        for (int cur = v, guard = 0; guard < 6; guard++) {
            Token emb = MisparseRepair.complementOf(s, cur);
            if (emb == null || chain.contains(emb.index()) || consumed.contains(emb.index())
                    || !verbMatches.containsKey(emb.index())) {
                break;
            }
            if (hasOwnSubject(s, emb)) {
                reported = emb;
                break;
            }
            chain.add(emb.index());
            cur = emb.index();
        }
        String code = null;
        boolean negated = false;
        for (int k = chain.size() - 1; k >= 0; k--) {
            int i = chain.get(k);
            Pattern own = k == chain.size() - 1 && reported == null ? verbMatches.get(i) : ownPattern(s, i, verbMatches.get(i));
            String ownCode = own == null || own.code().equals(LexiconLoader.NO_EVENT) ? null : own.code();
            Optional<String> next;
            if (k == chain.size() - 1) {
                next = Optional.ofNullable(ownCode);
            } else {
                int lower = chain.get(k + 1);
                Optional<CodeCombination.Transformed> t = code == null ? Optional.empty()
                        : rules.transform(ownCode, lemma(s.token(i)), code, lemma(s.token(lower)), "source", null, "target");
                next = t.isPresent() ? Optional.of(t.get().code()) : code == null ? Optional.ofNullable(ownCode)
                        : rules.combine(ownCode, code);
            }
            if (next.isEmpty()) {
                return new Chain(null, chain, negated, null);
            }
            code = next.get();
            if (isNegated(s, i)) {
                code = rules.negate(code).orElse(null);
                negated = true;
                if (code == null) {
                    return new Chain(null, chain, true, null);
                }
            } else {
                for (Token aux : s.children(i, "aux")) {
                    String auxCode = isolatedCode(lemma(aux));
                    if (auxCode != null) {
                        code = rules.combine(auxCode, code).orElse(null);
                        if (code == null) {
                            return new Chain(null, chain, negated, null);
                        }
                    }
                }
            }
        }
        return new Chain(code, chain, negated, reported);
    }

    /**
     * "attempted to assassinate": a governing verb with no code ({@code ATTEMPT [---]}) gives no
     * pattern, so the chain starts below it; the dictionary's transformations over it still apply.
     */
    private Chain governedByUncodedVerb(Sentence s, int v, Chain chain, Map<Integer, Pattern> verbMatches) {
        Token top = s.token(v);
        if (chain.code() == null || chain.reported() != null || !top.rel().startsWith("xcomp") || top.head() < 0
                || verbMatches.containsKey(top.head())) {
            return chain;
        }
        int lowest = chain.verbs().get(chain.verbs().size() - 1);
        return rules.transform(null, lemma(s.token(top.head())), chain.code(), lemma(s.token(lowest)), "source", null, "target")
                .map(t -> new Chain(t.code(), chain.verbs(), chain.negated(), null)).orElse(chain);
    }

    /**
     * "A said B attacked C": the dictionary's transformations of the reporting verb over the
     * clause's event, else the combined code from A to B where the rules allow it; else no event.
     */
    private void reported(CodingContext ctx, int v, Chain upper, List<Actor> sources, Map<Integer, Pattern> verbMatches,
                          Set<Integer> consumed, Map<String, Event> events) {
        Sentence s = ctx.s;
        Token r = upper.reported();
        Chain lower = chain(ctx, r.index(), verbMatches.get(r.index()), verbMatches, consumed);
        lower.verbs().forEach(i -> {
            consumed.add(i);
            ctx.cover(i);
        });
        if (lower.code() == null || lower.reported() != null) {
            return;
        }
        List<Actor> lowerSources = sourceFinder.subjects(ctx, r.index());
        int lowest = lower.verbs().get(lower.verbs().size() - 1);
        List<Actor> lowerTargets = targetFinder.targets(ctx, lowest, verbMatches.get(lowest));
        Actor a = sources.get(0);
        Actor b = lowerSources.isEmpty() ? null : lowerSources.get(0);
        Actor c = lowerTargets.isEmpty() ? null : lowerTargets.get(0);
        Optional<CodeCombination.Transformed> t = rules.transform(upper.code(), lemma(s.token(upper.verbs().get(upper.verbs().size() - 1))),
                lower.code(), lemma(s.token(lowest)), codeOf(a), codeOf(b), codeOf(c));
        Status st = statusReader.status(s, v, null);
        if (t.isPresent()) {
            List<Actor> src = role(t.get().source(), sources, lowerSources, lowerTargets);
            List<Actor> tgt = role(t.get().target(), sources, lowerSources, lowerTargets);
            if (!src.isEmpty()) {
                emitter.emit(ctx, v, t.get().code(), lower.code(), src, tgt, st, events);
            }
            return;
        }
        if (!lowerSources.isEmpty() && rules.combinesAcrossClauses(upper.code(), lower.code())) {
            Optional<String> combined = rules.combine(upper.code(), lower.code());
            if (combined.isPresent()) {
                emitter.emit(ctx, v, combined.get(), lower.code(), sources, lowerSources, st, events);
            }
        }
    }

    private static List<Actor> role(CodeCombination.Role role, List<Actor> upper, List<Actor> lowerSources, List<Actor> lowerTargets) {
        if (role == null) {
            return List.of();
        }
        return switch (role) {
            case UPPER_SOURCE -> upper;
            case LOWER_SOURCE -> lowerSources;
            case LOWER_TARGET -> lowerTargets;
        };
    }

    private static String codeOf(Actor a) {
        return a == null || a.code() == null ? null : a.code().code();
    }

    /** The verb's pattern resting on its own words only (not on the words of the clause it governs). */
    private Pattern ownPattern(Sentence s, int i, Pattern matched) {
        return PatternMatcher.best(s, s.token(i), verbs, true).orElse(matched == null || matched.slots().isEmpty() ? matched : null);
    }

    /** The code of a verb standing alone (a pattern with no further words), or null. */
    private String isolatedCode(String lemma) {
        for (Pattern p : verbs.forHead(lemma)) {
            if (p.slots().isEmpty() && p.targetPrep() == null && !p.code().equals(LexiconLoader.NO_EVENT)) {
                return p.code();
            }
        }
        return null;
    }

    private static boolean isNegated(Sentence s, int v) {
        for (Token c : s.children(v)) {
            if ((c.rel().equals("advmod") || c.rel().equals("neg")) && NOT.contains(c.lowerWord())) {
                return true;
            }
        }
        return false;
    }

    /** A clause with a subject of its own ("said [B attacked C]"), not one that shares its governor's ("intends to help"). */
    private static boolean hasOwnSubject(Sentence s, Token clause) {
        if (clause.rel().startsWith("xcomp")) {
            return false;
        }
        for (Token c : s.children(clause.index())) {
            if (c.rel().startsWith("nsubj") || c.rel().startsWith("csubj")) {
                return true;
            }
        }
        return false;
    }
}
