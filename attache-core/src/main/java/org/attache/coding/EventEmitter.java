package org.attache.coding;

import static org.attache.coding.PatternMatcher.lemma;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.attache.grounding.DateResolver;
import org.attache.model.Actor;
import org.attache.model.ActorCode;
import org.attache.model.Event;
import org.attache.model.EventType;
import org.attache.model.Sentence;
import org.attache.model.Span;
import org.attache.model.Status;
import org.attache.model.Token;
import org.attache.ontology.CameoOntology;

/**
 * Step "emit": turns a coded action into events, one per source and target pair (both ways for
 * a symmetric act between conjoined parties: "Kenya and Uganda signed an agreement"), with its
 * trigger span and date.
 */
final class EventEmitter {
    private static final Set<String> SYMMETRIC_ROOTS = Set.of("03", "04", "05", "06", "08");
    /** Verbs whose compound subject acts on itself both ways ("India and Pakistan exchanged fire"). */
    private static final Set<String> RECIPROCAL = Set.of("exchange", "swap", "trade", "clash", "fight");

    /** PETRARCH pairs co-subjects with each other only for these roots, and only with no target. */
    private static final Set<String> DICTIONARY_COOPERATIVE_ROOTS = Set.of("03", "04", "05", "06");

    private final CameoOntology ontology;
    private final DateResolver dates;
    private final boolean dictionaryPairs;

    EventEmitter(CameoOntology ontology, DateResolver dates) {
        this(ontology, dates, false);
    }

    /**
     * {@code dictionaryPairs}: pair actors as PETRARCH does (each source with each target; with no
     * target, co-subjects with each other for a cooperative act, 03–06) instead of the project's
     * rules (symmetric and reciprocal acts, counterparts).
     */
    EventEmitter(CameoOntology ontology, DateResolver dates, boolean dictionaryPairs) {
        this.ontology = ontology;
        this.dates = dates;
        this.dictionaryPairs = dictionaryPairs;
    }

    void emit(CodingContext ctx, int trigger, String code, String embeddedCode, List<Actor> sources,
              List<Actor> targets, Status status, Map<String, Event> events) {
        Optional<EventType> type = ontology.find(code);
        if (type.isEmpty()) {
            return;
        }
        Sentence s = ctx.s;
        Token tt = s.token(trigger);
        Span triggerSpan = new Span(ctx.text().substring(tt.begin(), tt.end()), tt.begin(), tt.end());
        DateResolver.Resolution when = dates.resolve(s, trigger, ctx.article.date());
        if (!dictionaryPairs && sources.size() > 1 && !targets.isEmpty() && targets.stream().allMatch(a -> "unknown".equals(a.basis()))
                && (SYMMETRIC_ROOTS.contains(code.substring(0, 2)) || RECIPROCAL.contains(lemma(tt)))) {
            // "Russia and Ukraine exchanged 200 prisoners": the parties act on each other; the people
            // exchanged are no party
            targets = List.of();
        }
        List<Actor[]> pairs = dictionaryPairs ? dictionaryPairs(code, sources, targets) : projectPairs(code, tt, sources, targets);
        for (Actor[] pair : pairs) {
            Actor src = pair[0];
            Actor tgt = pair[1];
            if (!dictionaryPairs) {
                tgt = counterpart(src, tgt);
                if (tgt != null && tgt.code().code().equals(src.code().code())) {
                    tgt = null;
                    if (targets.size() > 0 && pairs.size() > 1) {
                        continue;
                    }
                }
            }
            String key = src.code().code() + "|" + (tgt == null ? "" : tgt.code().code()) + "|" + code + "|" + trigger;
            events.putIfAbsent(key, new Event(ctx.article.id(), s.index(), s.text(), src, tgt, type.get(),
                    triggerSpan, when.date(), when.basis(), status, null, null, List.of(), embeddedCode));
        }
    }

    /** The project's pairs: conjoined parties of a symmetric or reciprocal act act on each other. */
    private static List<Actor[]> projectPairs(String code, Token trigger, List<Actor> sources, List<Actor> targets) {
        if (targets.isEmpty() && sources.size() > 1
                && (SYMMETRIC_ROOTS.contains(code.substring(0, 2)) || RECIPROCAL.contains(lemma(trigger)))) {
            List<Actor[]> pairs = new ArrayList<>();
            for (Actor a : sources) {
                for (Actor b : sources) {
                    if (a != b) {
                        pairs.add(new Actor[] {a, b});
                    }
                }
            }
            return pairs;
        }
        return eachWithEach(sources, targets);
    }

    /** PETRARCH's pairs: each source with each target; with no target, co-subjects of a cooperative act (03–06). */
    private static List<Actor[]> dictionaryPairs(String code, List<Actor> sources, List<Actor> targets) {
        List<Actor[]> pairs = eachWithEach(sources, targets);
        if (targets.isEmpty() && sources.size() > 1 && DICTIONARY_COOPERATIVE_ROOTS.contains(code.substring(0, 2))) {
            for (Actor a : sources) {
                for (Actor b : sources) {
                    if (a != b && !a.code().code().equals(b.code().code())) {
                        pairs.add(new Actor[] {a, b});
                    }
                }
            }
        }
        return pairs;
    }

    /** Each source with each target, or with none when there is no target. */
    private static List<Actor[]> eachWithEach(List<Actor> sources, List<Actor> targets) {
        List<Actor[]> pairs = new ArrayList<>();
        for (Actor a : sources) {
            if (targets.isEmpty()) {
                pairs.add(new Actor[] {a, null});
            }
            for (Actor b : targets) {
                pairs.add(new Actor[] {a, b});
            }
        }
        return pairs;
    }

    /** "his Russian counterpart": the target holds the source's office in its own country. */
    private static Actor counterpart(Actor src, Actor tgt) {
        if (tgt == null || !tgt.code().sectors().isEmpty() || tgt.code().country().isEmpty()
                || src.code().sectors().isEmpty() || !tgt.span().text().toLowerCase(Locale.ROOT).contains("counterpart")) {
            return tgt;
        }
        return new Actor(ActorCode.of(tgt.code().country(), src.code().sectors()), tgt.span(), "title", tgt.inferred());
    }
}
