package org.attache.petrarch;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.attache.model.Actor;
import org.attache.model.Document;
import org.attache.model.Event;
import org.attache.model.EventType;
import org.attache.model.Sentence;
import org.attache.model.Token;
import org.attache.ontology.CameoOntology;
import org.attache.pipeline.EventRules;

/**
 * PETRARCH's coding rules over the coder's events, when PETRARCH dictionaries are in use:
 * <ul>
 *   <li>{@code require_dyad}: an event needs a source and a target (the null actor {@code ---}
 *       is no actor);</li>
 *   <li>{@code [:Y]} patterns code only a passive verb;</li>
 *   <li>{@code [X:Y]} pairs: in {@link Dialect#PETRARCH2} and {@link Dialect#PETRARCH1} a passive
 *       verb gets Y (the pipeline adds nothing); in {@link Dialect#UD_PETRARCH} the pipeline's
 *       paired codes add the reversed Y event.</li>
 *   <li>composite actor codes {@code A/B/C}: one actor each in {@link Dialect#PETRARCH1}, kept whole
 *       otherwise.</li>
 * </ul>
 * Immutable and thread-safe.
 */
public final class PetrarchRules implements EventRules {
    /** A null actor: recognised by the dictionary but coded as nobody. */
    public static final String NULL_ACTOR = "---";

    private final Dialect dialect;
    private final boolean requireDyad;
    private final Set<String> passiveOnly;
    private final Map<String, String> pairs;
    private final CameoOntology ontology;
    private final CodeArithmetic arithmetic;
    private final int newActorLength;

    public PetrarchRules(Dialect dialect, boolean requireDyad, Set<String> passiveOnly, Map<String, String> pairs,
                         CameoOntology ontology) {
        this(dialect, requireDyad, passiveOnly, pairs, ontology, null, 0);
    }

    private PetrarchRules(Dialect dialect, boolean requireDyad, Set<String> passiveOnly, Map<String, String> pairs,
                          CameoOntology ontology, CodeArithmetic arithmetic, int newActorLength) {
        this.dialect = dialect;
        this.requireDyad = requireDyad;
        this.passiveOnly = Set.copyOf(passiveOnly);
        this.pairs = Map.copyOf(pairs);
        this.ontology = ontology;
        this.arithmetic = arithmetic;
        this.newActorLength = newActorLength;
    }

    /** These rules, remembering the code arithmetic in use (a validation file's {@code <PICOfile>} replaces its table). */
    public PetrarchRules withArithmetic(CodeArithmetic a) {
        return new PetrarchRules(dialect, requireDyad, passiveOnly, pairs, ontology, a, newActorLength);
    }

    /**
     * These rules with PETRARCH's {@code new_actor_length}: above 0, a source or target phrase that
     * no dictionary entry codes ({@code ---}), of at most that many words, is an actor coded by its
     * text in double quotes ({@code "HOODED RIDERS"}), as PETRARCH-1 writes it; 0 (the default) keeps {@code ---}.
     */
    public PetrarchRules withNewActorLength(int words) {
        return new PetrarchRules(dialect, requireDyad, passiveOnly, pairs, ontology, arithmetic, words);
    }

    public int newActorLength() { return newActorLength; }

    /** The code arithmetic in use, or null (verbs added to the built-in ones keep the project's tables). */
    public CodeArithmetic arithmetic() { return arithmetic; }

    public Dialect dialect() { return dialect; }

    public boolean requireDyad() { return requireDyad; }

    /** The same rules with {@code require_dyad} set (a validation file's {@code <Config>} changes it per record). */
    public PetrarchRules withRequireDyad(boolean on) {
        return new PetrarchRules(dialect, on, passiveOnly, pairs, ontology, arithmetic, newActorLength);
    }

    @Override
    public List<Event> apply(Document doc, List<Event> events) {
        List<Event> out = new ArrayList<>(events.size());
        for (Event e : events) {
            Sentence s = sentence(doc, e);
            Token trigger = s == null ? null : trigger(s, e);
            String key = trigger == null ? null : trigger.lemma().toLowerCase(Locale.ROOT) + "|" + e.code();
            boolean passive = trigger != null && isPassive(s, trigger);
            if (key != null && passiveOnly.contains(key) && !passive) {
                continue;
            }
            if (key != null && passive && dialect != Dialect.UD_PETRARCH && pairs.containsKey(key)) {
                Optional<EventType> second = ontology.find(pairs.get(key));
                if (second.isPresent()) {
                    e = new Event(e.articleId(), e.sentenceIndex(), e.sentence(), e.source(), e.target(), second.get(),
                            e.trigger(), e.date(), e.dateBasis(), e.status(), e.attribution(), e.place(), e.issues(),
                            e.embeddedCode());
                }
            }
            if (newActorLength > 0) {
                Actor src = newActor(e.source());
                Actor tgt = newActor(e.target());
                if (src != e.source() || tgt != e.target()) {
                    e = e.withActors(src, tgt);
                }
            }
            if (requireDyad && (isNull(e.source()) || isNull(e.target()))) {
                continue;
            }
            if (dialect == Dialect.PETRARCH1) {
                // PETRARCH-1 reads a composite code "A/B/C" as one actor each; PETRARCH-2 keeps it whole
                for (Actor src : parts(e.source())) {
                    for (Actor tgt : parts(e.target())) {
                        Event split = src == e.source() && tgt == e.target() ? e : e.withActors(src, tgt);
                        if (!out.contains(split)) {
                            out.add(split);
                        }
                    }
                }
                continue;
            }
            out.add(e);
        }
        return out;
    }

    /** An uncoded phrase ({@code ---}) of at most {@code new_actor_length} words as a new actor, else the actor as it is. */
    private Actor newActor(Actor a) {
        if (a == null || a.code() == null || !a.code().code().equals(NULL_ACTOR) || a.span() == null) {
            return a;
        }
        String text = a.span().text().strip().replaceAll("\\s+", " ").toUpperCase(Locale.ROOT);
        if (text.isEmpty() || text.split(" ").length > newActorLength) {
            return a;
        }
        return new Actor(new org.attache.model.ActorCode("\"" + text + "\"", "", List.of()), a.span(), "new actor", a.inferred());
    }

    /** The actors of a composite code {@code A/B/C}, one per part (the actor itself when it is not composite). */
    static List<Actor> parts(Actor a) {
        if (a == null || a.code() == null || !a.code().code().contains("/")) {
            return java.util.Collections.singletonList(a);
        }
        List<Actor> out = new ArrayList<>();
        for (String part : a.code().code().split("/")) {
            String p = part.strip();
            if (!p.isEmpty()) {
                out.add(new Actor(org.attache.model.ActorCode.parse(p), a.span(), a.basis(), a.inferred()));
            }
        }
        return out.isEmpty() ? java.util.Collections.singletonList(a) : out;
    }

    private static boolean isNull(Actor a) {
        return a == null || a.code() == null || a.code().code().isEmpty() || a.code().code().equals(NULL_ACTOR);
    }

    private static Sentence sentence(Document doc, Event e) {
        for (Sentence s : doc.sentences()) {
            if (s.index() == e.sentenceIndex()) {
                return s;
            }
        }
        return null;
    }

    private static Token trigger(Sentence s, Event e) {
        return e.trigger() == null ? null : s.tokenAt(e.trigger().start());
    }

    /** A passive verb: it has a passive subject or auxiliary (UD v2 or v1 labels). */
    static boolean isPassive(Sentence s, Token verb) {
        for (Token c : s.children(verb.index())) {
            String r = c.rel();
            if (r.equals("nsubj:pass") || r.equals("aux:pass") || r.equals("csubj:pass") || r.equals("nsubjpass")
                    || r.equals("auxpass") || r.equals("csubjpass")) {
                return true;
            }
        }
        return false;
    }
}
