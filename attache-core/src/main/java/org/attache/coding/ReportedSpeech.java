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
import org.attache.model.Token;

/**
 * Step "reported speech": who speaks in a sentence and what that makes. A reporting verb with no
 * other event in its clause is a statement; a demand in a reported clause ("Russia says Israel
 * must end…", "Kyiv must stop…, the Kremlin said") is the speaker's.
 */
final class ReportedSpeech {
    private final StatementVerbs statementVerbs;
    private final SourceFinder sourceFinder;
    private final TargetFinder targetFinder;
    private final StatusReader statusReader;
    private final EventEmitter emitter;

    ReportedSpeech(StatementVerbs statementVerbs, SourceFinder sourceFinder, TargetFinder targetFinder,
                   StatusReader statusReader, EventEmitter emitter) {
        this.statementVerbs = statementVerbs;
        this.sourceFinder = sourceFinder;
        this.targetFinder = targetFinder;
        this.statusReader = statusReader;
        this.emitter = emitter;
    }

    /** Verbs that report a demand as an order ("…, the court ordered"). */
    private static final Set<String> ORDERING = Set.of("order", "rule", "demand", "insist", "urge", "warn");

    /**
     * A statement verb with no other event in its clause is a statement (010, or the 01x the verb
     * gives): "Lavrov suggested that the plan is an attempt…". A postposed reporting clause
     * ("…, officials said") or one hanging off another event ("criticised X, saying…") reports or
     * elaborates the sentence's other events and is no event of its own.
     */
    void codeStatements(CodingContext ctx, Set<Integer> consumed, Map<String, Event> events) {
        Sentence s = ctx.s;
        for (Token t : s.tokens()) {
            if (!t.isVerb() || ctx.covered.contains(t.index()) || consumed.contains(t.index())) {
                continue;
            }
            Optional<String> code = statementVerbs.codeOf(lemma(t));
            if (code.isEmpty()) {
                continue;
            }
            if (t.rel().equals("parataxis")) {
                // "…, officials said": the clause it interrupts is the claim, coded or not
                continue;
            }
            List<Event> sofar = new ArrayList<>(events.values());
            boolean mainVerb = t.head() < 0;
            if (!sofar.isEmpty() && (!mainVerb || MainEventOrder.dominatesEvent(s, t.index(), sofar))) {
                // the statement only attributes or elaborates the sentence's events: "…, officials said",
                // "criticised X, saying it undermined…"
                continue;
            }
            List<Actor> sources = sourceFinder.subjects(ctx, t.index());
            List<Actor> targets = new ArrayList<>();
            for (Token c : s.children(t.index())) {
                if (c.rel().equals("iobj") || c.rel().equals("obj") && lemma(t).equals("tell")) {
                    targets.addAll(ctx.actors(c.index()));
                }
            }
            if (targets.isEmpty()) {
                targets.addAll(targetFinder.prepTargets(ctx, t.index(), Set.of("to", "with")));
            }
            // "told reporters", "told state television": the press is the channel, not the addressee
            targets.removeIf(a -> a.code().sectors().contains("MED"));
            if (sources.isEmpty()) {
                Actor unknown = sourceFinder.unresolved(ctx, t.index());
                if (targets.isEmpty() && unknown.code().sectors().isEmpty() && unknown.code().country().isEmpty()
                        && !namesSomeone(s, t.index())) {
                    // "she said", "sources said", "the operator said": nobody known said it to anyone known;
                    // the attribution records who spoke, there is no event to code
                    continue;
                }
                sources = List.of(unknown);
            }
            emitter.emit(ctx, t.index(), code.get(), null, sources, targets, statusReader.status(s, t.index(), null), events);
        }
    }

    /**
     * The resolved subject of the reporting verb whose reported clause is {@code v} ("Russia says…",
     * "the minister insisted that…"), or nothing.
     */
    List<Actor> speakerOf(CodingContext ctx, int v) {
        Token tv = ctx.s.token(v);
        for (Token c : ctx.s.children(v)) {
            // "Israel must stop its operations in Rafah, the court ordered": a postposed reporting clause
            if (c.index() > v && (c.rel().equals("parataxis") || c.rel().startsWith("ccomp"))
                    && (statementVerbs.codeOf(lemma(c)).isPresent() || ORDERING.contains(lemma(c)))) {
                return sourceFinder.subjects(ctx, c.index());
            }
        }
        if (tv.head() < 0 || !(tv.rel().startsWith("ccomp") || tv.rel().equals("parataxis") || tv.rel().equals("dep"))) {
            return List.of();
        }
        Token gov = ctx.s.token(tv.head());
        if (statementVerbs.codeOf(lemma(gov)).isEmpty()) {
            return List.of();
        }
        return sourceFinder.subjects(ctx, gov.index());
    }

    /** Whether the subject of {@code v} names someone ("Mackenzie Eaglen says", "IMA said"), not "she" or "sources". */
    private static boolean namesSomeone(Sentence s, int v) {
        for (Token c : s.children(v)) {
            if (c.rel().startsWith("nsubj")) {
                int[] ext = SourceFinder.phraseExtent(s, c.index());
                for (int i = ext[0]; i <= ext[1]; i++) {
                    Token w = s.token(i);
                    if (w.ner().equals("PERSON") || w.ner().equals("ORGANIZATION")) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
