package org.attache.coding;

import static org.attache.coding.PatternMatcher.lemma;
import static org.attache.coding.SourceFinder.caseOf;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.attache.actors.ActorMemory;
import org.attache.actors.ActorResolver;
import org.attache.actors.ActorResolver.SentenceMatches;
import org.attache.grounding.DateResolver;
import org.attache.model.Actor;
import org.attache.model.Article;
import org.attache.model.Document;
import org.attache.model.Event;
import org.attache.model.Sentence;
import org.attache.model.Status;
import org.attache.model.Token;
import org.attache.nlp.Dateline;
import org.attache.ontology.CameoOntology;

/**
 * Codes CAMEO events from parsed sentences by matching lexicon patterns over the dependency
 * graph. The steps live in their own classes: {@link PatternMatcher} (which pattern a word
 * matches), {@link SourceFinder} (who acts), {@link TargetFinder} (whom it is aimed at),
 * {@link StatusReader} (negation, conditionals, modals), {@link CodebookMapping} (how CAMEO
 * reads a verb that governs an embedded action), {@link MisparseRepair},
 * {@link ReportingClauseRepair} and {@link AmountRepair} (the parser's common errors), {@link CodebookChains} (a verb match coded by the project's rules) or
 * {@link DictionaryChains} (by a dictionary's own, PETRARCH's), {@link ReportedSpeech},
 * {@link EventEmitter} (events per actor pair) and {@link TwoPartyTargets}. This class runs them in
 * order for each sentence and codes event nouns.
 *
 * <p>Immutable and thread-safe: all per-sentence state is local.
 */
public final class EventCoder {
    /** Nouns in these relations modify another noun and are part of its phrase, not mentions of their own. */
    private static final Set<String> MODIFIER_RELATIONS = Set.of("compound", "flat", "amod", "nmod:poss", "appos");

    private final Lexicon verbs;
    private final Lexicon nouns;
    private final ComplementTable complements;
    private final ActorResolver actors;
    private final SourceFinder sourceFinder;
    private final TargetFinder targetFinder;
    private final StatusReader statusReader;
    private final EventEmitter emitter;
    private final LightVerbs lightVerbs;
    private final StatementVerbs statementVerbs;
    private final MainEventOrder mainEventOrder;
    private final ReportedSpeech reportedSpeech;
    private final CameoOntology ontology;
    private final Modality modality;
    private final DateResolver dates;
    /** The project's codebook rules for a verb match, used unless {@link #chains} is set. */
    private final CodebookChains codebook;
    /** A dictionary's own combination rules (PETRARCH's), or null for the project's codebook mapping. */
    private final DictionaryChains chains;

    public EventCoder(CameoOntology ontology, Lexicon verbs, Lexicon nouns, ComplementTable complements,
                      Modality modality, ActorResolver actors, DateResolver dates) {
        this(ontology, verbs, nouns, complements, modality, LightVerbs.builtIn(), StatementVerbs.builtIn(), actors, dates);
    }

    public EventCoder(CameoOntology ontology, Lexicon verbs, Lexicon nouns, ComplementTable complements,
                      Modality modality, LightVerbs lightVerbs, StatementVerbs statementVerbs,
                      ActorResolver actors, DateResolver dates) {
        this(ontology, verbs, nouns, complements, modality, lightVerbs, statementVerbs, actors, dates, null);
    }

    private EventCoder(CameoOntology ontology, Lexicon verbs, Lexicon nouns, ComplementTable complements,
                       Modality modality, LightVerbs lightVerbs, StatementVerbs statementVerbs,
                       ActorResolver actors, DateResolver dates, CodeCombination combination) {
        this.ontology = ontology;
        this.modality = modality;
        this.dates = dates;
        this.lightVerbs = lightVerbs;
        this.statementVerbs = statementVerbs;
        this.mainEventOrder = new MainEventOrder(statementVerbs);
        this.verbs = verbs;
        this.nouns = nouns;
        this.complements = complements;
        this.actors = actors;
        this.sourceFinder = new SourceFinder(verbs);
        this.targetFinder = new TargetFinder();
        this.statusReader = new StatusReader(modality);
        this.emitter = new EventEmitter(ontology, dates, combination != null);
        this.reportedSpeech = new ReportedSpeech(statementVerbs, sourceFinder, targetFinder, statusReader, emitter);
        this.codebook = new CodebookChains(verbs, complements, sourceFinder, targetFinder, statusReader, emitter,
                reportedSpeech, new ViolenceRefiner(nouns, WeaponPlatforms.builtIn(ontology)));
        this.chains = combination == null ? null
                : new DictionaryChains(verbs, combination, sourceFinder, targetFinder, statusReader, emitter);
    }

    /**
     * This coder with a dictionary's own rules for verbs that govern other verbs and for negation
     * ({@link DictionaryChains}) and PETRARCH's pairing of actors, instead of the project's
     * complement and modality tables.
     */
    public EventCoder withCombination(CodeCombination combination) {
        return new EventCoder(ontology, verbs, nouns, complements, modality, lightVerbs, statementVerbs, actors, dates,
                combination);
    }

    public List<Event> code(Document doc) {
        List<Event> out = new ArrayList<>();
        String datelineCountry = datelineCountry(doc.article());
        ActorMemory memory = new ActorMemory();
        for (Sentence s : doc.sentences()) {
            out.addAll(code(doc.article(), s, datelineCountry, memory));
        }
        return TwoPartyTargets.infer(out, memory);
    }

    /** The country of the article's dateline ("NAIROBI:" -> KEN), or null. */
    public String datelineCountry(Article article) {
        Optional<Dateline> d = Dateline.find(article.text());
        if (d.isEmpty()) {
            return null;
        }
        String country = actors.countryOfPlace(d.get().place());
        if (country != null) {
            return country;
        }
        // "PESHAWAR, Pakistan, May 7 (Meridian Wire) -": a city the dictionary does not know, with its country
        String line = article.text().substring(d.get().start(), d.get().end()).replaceAll("\\([^)]*\\)", " ");
        for (String piece : line.split(",")) {
            String name = piece.replaceAll("[:\u2013\u2014-]+\\s*$", "").strip();
            if (!name.isEmpty() && !name.equalsIgnoreCase(d.get().place())) {
                country = actors.countryOfPlace(name);
                if (country != null) {
                    return country;
                }
            }
        }
        return null;
    }

    /**
     * Whether the dependency parse of a tagged sentence can matter to {@link #code(Document)}: a
     * word (of any part of speech) heads a verb or noun pattern whose other words are all in the
     * sentence ({@link PatternMatcher#mayFit}), or is a statement verb, so an event may be found
     * (an event with an unknown source is still an event); or a dictionary match can name an
     * actor, so the article's memory may learn a mention that later sentences and the inferred
     * targets use. False means the sentence yields no event and changes no other sentence's,
     * parsed or not. Kept beside {@link #code(Article, Sentence, String, ActorMemory)}: whatever
     * new a sentence contributes there must make this true.
     */
    public boolean needsParse(Article article, Sentence tagged, String datelineCountry) {
        Set<String> words = null;
        for (Token t : tagged.tokens()) {
            String l = lemma(t);
            if (statementVerbs.codeOf(l).isPresent()) {
                return true;
            }
            for (Lexicon lexicon : List.of(verbs, nouns)) {
                for (Pattern p : lexicon.forHead(l)) {
                    words = words == null ? PatternMatcher.possibleBagWords(tagged) : words;
                    if (PatternMatcher.mayFit(p, words)) {
                        return true;
                    }
                }
            }
        }
        return actors.mayName(actors.match(tagged, article.date()), datelineCountry);
    }

    /** Events of one sentence on its own (no article context). */
    public List<Event> code(Article article, Sentence s, String defaultCountry) {
        return code(article, s, defaultCountry, new ActorMemory());
    }

    /**
     * Events of one sentence, in order of their triggers. {@code defaultCountry} (the dateline's
     * country, or null) is the country of agents whose phrase names none ("police said");
     * {@code memory} holds the article's earlier mentions and learns this sentence's.
     */
    public List<Event> code(Article article, Sentence parsed, String defaultCountry, ActorMemory memory) {
        Sentence s = AmountRepair.repair(ReportingClauseRepair.repair(parsed));
        SentenceMatches m = actors.match(s, article.date());
        // the context is made before this sentence's mentions are learnt: the article's main country
        // comes from earlier sentences, not from the phrase being resolved
        CodingContext ctx = new CodingContext(article, s, m, actors, defaultCountry, memory);
        for (Token t : s.tokens()) {
            if (t.pos().startsWith("NN") && !MODIFIER_RELATIONS.contains(t.rel())) {
                Actor a = actors.actorAt(m, article.text(), t.index(), defaultCountry);
                if (a != null && isPlace(s, t) && (a.code().sectors().isEmpty() || "metonym".equals(a.basis()))) {
                    // "met in Vientiane": where something happened is no party "the two sides" or "it" refer to
                    continue;
                }
                if (a != null) {
                    boolean named = s.children(t.index(), "appos").stream().anyMatch(c -> c.ner().equals("PERSON"));
                    memory.observe(s, t.index(), a, actors.isTitle(m, t.index()) || named);
                    for (Token c : s.children(t.index(), "appos")) {
                        if (c.ner().equals("PERSON")) {
                            // "Afghanistan's foreign minister, Amir Khan Muttaqi": the name is the same person
                            // ("he", "Muttaqi" later)
                            memory.observe(s, c.index(), a);
                        }
                    }
                }
            }
        }
        Map<Integer, Pattern> verbMatches = new LinkedHashMap<>();
        for (Token t : s.tokens()) {
            if (t.isVerb() || t.pos().startsWith("JJ") && isPredicative(s, t) && !verbs.forHead(lemma(t)).isEmpty()) {
                PatternMatcher.best(s, t, verbs).ifPresent(p -> verbMatches.put(t.index(), p));
            }
        }
        Set<Integer> consumed = new HashSet<>();
        Map<String, Event> events = new LinkedHashMap<>();
        for (var e : verbMatches.entrySet()) {
            int v = e.getKey();
            if (consumed.contains(v)) {
                continue;
            }
            codeVerb(ctx, v, e.getValue(), verbMatches, consumed, events);
        }
        for (Token t : s.tokens()) {
            if (t.pos().startsWith("NN") && !ctx.covered.contains(t.index())) {
                PatternMatcher.best(s, t, nouns).ifPresent(p -> codeNoun(ctx, t.index(), p, events));
            }
        }
        if (chains == null) {
            // with a dictionary's own rules only its verbs code: the project's statement-verb table adds nothing
            reportedSpeech.codeStatements(ctx, consumed, events);
        }
        for (Event e : events.values()) {
            String root = e.code().substring(0, 2);
            if (root.equals("18") || root.equals("19") || root.equals("20")) {
                memory.observeForce(e.source());
            }
        }
        return List.copyOf(mainEventOrder.order(s, new ArrayList<>(events.values())));
    }

    /** A noun in a place phrase ("in Vientiane", "at the Torkham crossing"). */
    private static boolean isPlace(Sentence s, Token t) {
        if (!(t.rel().startsWith("obl") || t.rel().startsWith("nmod")) || t.rel().equals("nmod:poss")) {
            return false;
        }
        for (Token c : s.children(t.index(), "case")) {
            if (PLACE_WORDS.contains(c.lowerWord())) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> PLACE_WORDS = Set.of("in", "at", "near", "outside", "inside", "across");

    /**
     * An adjective that is a clause's predicate ("was ready to", "is willing"), not a modifier
     * ("close to the border", "a close ally").
     */
    private static boolean isPredicative(Sentence s, Token t) {
        String r = t.rel();
        return !s.children(t.index(), "cop").isEmpty() || r.equals("root") || r.startsWith("ccomp")
                || r.startsWith("xcomp") || r.equals("parataxis");
    }

    private void codeVerb(CodingContext ctx, int v, Pattern p, Map<Integer, Pattern> verbMatches,
                          Set<Integer> consumed, Map<String, Event> events) {
        if (chains != null) {
            chains.code(ctx, v, p, verbMatches, consumed, events);
        } else {
            codebook.code(ctx, v, p, verbMatches, consumed, events);
        }
    }

    private void codeNoun(CodingContext ctx, int n, Pattern p, Map<String, Event> events) {
        Sentence s = ctx.s;
        if (!ctx.resolver.actorsAt(ctx.m, ctx.text(), n, ctx.defaultCountry).isEmpty()) {
            // "Mali's transitional government rejected…": a noun that names an actor is the actor, not an event
            return;
        }
        List<Actor> sources = new ArrayList<>();
        List<Actor> targets = new ArrayList<>();
        for (Token c : s.children(n)) {
            if (c.rel().equals("nmod:poss")) {
                sources.addAll(ctx.actors(c.index()));
            }
        }
        for (Token c : s.children(n)) {
            if (!c.rel().startsWith("nmod") || c.rel().equals("nmod:poss")) {
                continue;
            }
            String prep = caseOf(s, c);
            if (prep == null) {
                continue;
            }
            List<Actor> found = ctx.actors(c.index());
            if (prep.equals("between") && found.size() >= 2 && sources.isEmpty()) {
                // "talks between X and Y": both take part; emit() pairs them both ways
                sources.addAll(found);
            } else if ((prep.equals("by") || prep.equals("from")) && sources.isEmpty()) {
                sources.addAll(found);
            } else if (p.targetPrep() != null ? prep.equals(p.targetPrep()) : TargetFinder.TARGET_PREPS.contains(prep)) {
                targets.addAll(found);
            }
        }
        Token gov = s.head(s.token(n));
        if (sources.isEmpty() && gov != null && gov.isVerb()
                && lightVerbs.carries(lemma(gov), s.token(n).rel(), caseOf(s, s.token(n)))) {
            // "launched an offensive against X", "issued a warning to X": the light verb's subject acts
            sources.addAll(sourceFinder.subjects(ctx, gov.index()));
            if (sources.isEmpty()) {
                sources.add(sourceFinder.unresolved(ctx, gov.index()));
            }
            if (targets.isEmpty()) {
                for (Token c : s.children(gov.index(), "iobj")) {
                    targets.addAll(ctx.actors(c.index()));
                }
            }
            if (targets.isEmpty()) {
                targets.addAll(targetFinder.prepTargets(ctx, gov.index(), p.targetPrep() != null
                        ? Set.of(p.targetPrep()) : TargetFinder.TARGET_PREPS));
            }
        }
        if (sources.isEmpty()) {
            return;
        }
        if (targets.isEmpty()) {
            targets.addAll(targetFinder.nounFallback(ctx, n, p));
        }
        if (targets.isEmpty() && gov != null && gov.isVerb()
                && lightVerbs.carries(lemma(gov), s.token(n).rel(), caseOf(s, s.token(n)))) {
            targets.addAll(targetFinder.fallback(ctx, gov.index(), p, n, !p.code().startsWith("14") && sources.size() < 2));
        }
        // a noun's status follows the verb it depends on ("demanded talks with X" is not itself talks)
        Status st = gov != null && gov.isVerb() ? statusReader.status(s, gov.index(), null) : Status.ASSERTED;
        emitter.emit(ctx, n, p.code(), null, sources, targets, CodebookMapping.statusOfRoot(p.code(), st), events);
    }
}
