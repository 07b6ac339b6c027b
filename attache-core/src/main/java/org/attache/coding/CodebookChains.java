package org.attache.coding;

import static org.attache.coding.PatternMatcher.lemma;

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
 * Step "codebook verb chains", the project's own rules for a verb match (used unless a dictionary
 * brings its own, {@link DictionaryChains}): a verb that governs an embedded action combines with
 * it through the complement table ("urged X to halt airstrikes" is an appeal for the halt, with
 * the action kept as the embedded code); intent, demand and refusal read from the modality
 * ("will provide aid", "must hand over", "did not agree"); forces sent to another country keep the
 * peace there; the speaker of a reported demand is its source; violence refined by weapon or
 * method. Immutable and thread-safe.
 */
final class CodebookChains {
    private final Lexicon verbs;
    private final ComplementTable complements;
    private final SourceFinder sourceFinder;
    private final TargetFinder targetFinder;
    private final StatusReader statusReader;
    private final EventEmitter emitter;
    private final ReportedSpeech reportedSpeech;
    private final ViolenceRefiner violence;

    CodebookChains(Lexicon verbs, ComplementTable complements, SourceFinder sourceFinder, TargetFinder targetFinder,
                   StatusReader statusReader, EventEmitter emitter, ReportedSpeech reportedSpeech,
                   ViolenceRefiner violence) {
        this.verbs = verbs;
        this.complements = complements;
        this.sourceFinder = sourceFinder;
        this.targetFinder = targetFinder;
        this.statusReader = statusReader;
        this.emitter = emitter;
        this.reportedSpeech = reportedSpeech;
        this.violence = violence;
    }

    /** Codes the verb match at {@code v} (and the verbs it governs) into {@code events}. */
    void code(CodingContext ctx, int v, Pattern p, Map<Integer, Pattern> verbMatches, Set<Integer> consumed,
              Map<String, Event> events) {
        Sentence s = ctx.s;
        if (p.code().equals(LexiconLoader.NO_EVENT)) {
            // "struck a conciliatory tone": the most specific pattern says these words are no event
            consumed.add(v);
            ctx.cover(v);
            return;
        }
        String code = p.code();
        String embeddedCode = null;
        Status status = null;
        List<Actor> targets = null;
        ComplementKind kind = p.complement() != null ? p.complement() : CodebookMapping.kindOfRoot(code);
        Token embedded = MisparseRepair.complementOf(s, v);
        Token inner = kind == null ? null : embedded;
        if (kind == null && embedded != null && PatternMatcher.patternWords(p).contains(lemma(embedded))) {
            // "called on Moscow to accept a ceasefire" coded by one pattern that names the embedded verb
            consumed.add(embedded.index());
            ctx.cover(embedded.index());
        }
        if (inner != null) {
            Pattern ip = verbMatches.get(inner.index());
            boolean addressee = kind == ComplementKind.APPEAL || kind == ComplementKind.DEMAND;
            // the addressee: the object, or the subject of a passive ("Kenya has been asked by Uganda to…")
            List<Actor> ownTargets = targetFinder.targets(ctx, v, p);
            if (addressee && (inner.rel().startsWith("ccomp") || inner.rel().startsWith("advcl"))) {
                // "demanded that Islamabad halt the deportations": the embedded subject is addressed
                ownTargets = sourceFinder.subjects(ctx, inner.index());
            }
            if (ip != null) {
                consumed.add(inner.index());
                ctx.cover(inner.index());
                // "threatened to strike nuclear facilities": the governing verb's pattern must rest on its
                // own words, not on words of the embedded clause, which is coded in its own right
                // (a ~marked pattern is not replaced by an unmarked one)
                Optional<Pattern> own = PatternMatcher.best(s, s.token(v), verbs, true)
                        .filter(o -> o.complement() != null || p.complement() == null);
                if (own.isPresent()) {
                    code = own.get().code();
                    if (own.get().complement() != null) {
                        kind = own.get().complement();
                    }
                }
                if (own.map(Pattern::complement).isPresent() || p.complement() != null || CodebookMapping.isGeneric(code)) {
                    Optional<String> combined = complements.combine(ip.code(), kind);
                    if (combined.isPresent()) {
                        code = combined.get();
                        embeddedCode = ip.code();
                    }
                }
                List<Actor> innerTargets = targetFinder.targets(ctx, inner.index(), ip);
                targets = addressee ? (ownTargets.isEmpty() ? innerTargets : ownTargets)
                        : (innerTargets.isEmpty() ? ownTargets : innerTargets);
            } else if (!ownTargets.isEmpty()) {
                targets = ownTargets;
            }
        }
        if (inner != null || p.complement() != null) {
            status = CodebookMapping.statusOfCode(code, kind);
        }
        if (targets == null) {
            targets = targetFinder.targets(ctx, v, p);
        }
        List<Actor> sources = sourceFinder.subjects(ctx, v);
        if (targets.isEmpty()) {
            // the place of a protest, or of an act between two parties, is where it happened
            boolean places = !code.startsWith("14") && sources.size() < 2;
            targets = targetFinder.fallback(ctx, v, p, -1, places);
        }
        if (ClauseFilter.isAllegedContent(s, v)) {
            // "accused Rwanda of backing the rebels", "denied targeting civilians": what is alleged or
            // denied is the content of the accusation or denial, coded by its verb, not an event of its own
            return;
        }
        if (sources.isEmpty()) {
            if (ClauseFilter.isModifier(s.token(v))) {
                // "the detained president", "captured soldiers": a participle describing a noun, with no one
                // named as doing it, is a description, not news of an event
                return;
            }
            sources = List.of(sourceFinder.unresolved(ctx, v));
        }
        List<Actor> hosts = targetFinder.hostCountry(ctx, v, code, sources);
        if (!hosts.isEmpty()) {
            // "Uganda sent 300 soldiers to Somalia": forces sent to another country protect or keep the
            // peace there (074); "would be willing to send troops to Haiti" is the intent (0334)
            code = "074";
            targets = hosts;
        }
        Status st = statusReader.status(s, v, status);
        if (status == null && st == Status.DEMANDED) {
            // "Russia says Israel must end attacks on Syria": the speaker demands it of the clause's subject
            List<Actor> speakers = reportedSpeech.speakerOf(ctx, v);
            if (!speakers.isEmpty()) {
                List<Actor> addressed = sources;
                if (addressed.isEmpty() || "unknown".equals(addressed.get(0).basis())) {
                    // "Russia says Israel must end…" parsed with Israel as the object of "says"
                    addressed = MisparseRepair.reportedSubjectAsObject(ctx, v);
                }
                targets = addressed;
                sources = speakers;
            }
        }
        if (status == null && (st == Status.INTENDED || st == Status.DEMANDED)) {
            // CAMEO codes what is said about the action: "Kenya will provide aid", "ready to hold talks" are
            // expressions of intent (033, 036), "Uganda must hand over the suspects" a demand (10x); the action
            // itself stays as the embedded code and the status says it has not happened
            Optional<String> said = complements.combine(code, st == Status.INTENDED
                    ? ComplementKind.INTENT : ComplementKind.DEMAND);
            if (said.isPresent()) {
                embeddedCode = code;
                code = said.get();
                if (code.startsWith("13")) {
                    // an intended attack is a threat, and the threat is made
                    st = Status.ASSERTED;
                }
            }
        }
        st = CodebookMapping.statusOfRoot(code, st);
        if (st == Status.NEGATED && CodebookMapping.NEGATION_RECODED_ROOTS.contains(code.substring(0, 2))) {
            // "did not agree", "did not withdraw": a refusal (12x); "could not verify" is no rejection
            Optional<String> refused = complements.combine(code, ComplementKind.REJECT);
            if (refused.isPresent()) {
                embeddedCode = embeddedCode == null ? code : embeddedCode;
                code = refused.get();
            }
        }
        code = violence.refine(s, v, code);
        ctx.cover(v);
        emitter.emit(ctx, v, code, embeddedCode, sources, targets, st, events);
        if (inner != null && verbMatches.containsKey(inner.index())) {
            // "urged X to halt airstrikes and allow aid deliveries": each conjoined action is appealed for too
            for (Token c : s.children(inner.index(), "conj")) {
                Pattern cp = verbMatches.get(c.index());
                if (cp == null || consumed.contains(c.index())) {
                    continue;
                }
                consumed.add(c.index());
                ctx.cover(c.index());
                Optional<String> combined = complements.combine(cp.code(), kind);
                String cc = combined.orElse(p.code());
                List<Actor> ct = kind == ComplementKind.APPEAL || kind == ComplementKind.DEMAND
                        ? targets : targetFinder.targets(ctx, c.index(), cp);
                emitter.emit(ctx, v, cc, combined.isPresent() ? cp.code() : null, sources, ct,
                        statusReader.status(s, v, CodebookMapping.statusOfCode(cc, kind)), events);
            }
        }
    }
}
