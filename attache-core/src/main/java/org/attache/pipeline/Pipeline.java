package org.attache.pipeline;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.attache.actors.ActorDictionary;
import org.attache.actors.ActorResolver;
import org.attache.attribution.AttributionFinder;
import org.attache.attribution.AttributionLexicon;
import org.attache.coding.CodeCombination;
import org.attache.coding.ComplementTable;
import org.attache.coding.EventCoder;
import org.attache.coding.Lexicon;
import org.attache.coding.LexiconLoader;
import org.attache.coding.Modality;
import org.attache.grounding.DateResolver;
import org.attache.grounding.Gazetteer;
import org.attache.grounding.PlaceResolver;
import org.attache.model.Attribution;
import org.attache.model.Document;
import org.attache.model.Event;
import org.attache.model.EventType;
import org.attache.model.Sentence;
import org.attache.model.SourcingProfile;
import org.attache.model.Token;
import org.attache.nlp.ParseSelector;
import org.attache.ontology.CameoOntology;
import org.attache.petrarch.DiscardList;
import org.attache.petrarch.IssueDictionary;
import org.attache.util.DataProblem;

/**
 * The coding stages after NLP, assembled once from data files: actor resolution, event coding,
 * date and place grounding, discards and issues, attribution. Immutable and safe to share
 * between threads.
 */
public final class Pipeline {
    private final CameoOntology ontology;
    private final ActorDictionary actors;
    private final Lexicon verbs;
    private final Lexicon nouns;
    private final EventCoder coder;
    private final PlaceResolver places;
    private final AttributionFinder attributions;
    private final List<DataProblem> problems;
    private final DiscardList discards;
    private final IssueDictionary issues;
    private final Map<String, String> pairedCodes;
    private final EventRules rules;

    public Pipeline(CameoOntology ontology, ActorDictionary actors, Lexicon verbs, Lexicon nouns,
                    ComplementTable complements, Modality modality) {
        this(ontology, actors, verbs, nouns, complements, modality, Gazetteer.builtIn(), AttributionLexicon.builtIn());
    }

    public Pipeline(CameoOntology ontology, ActorDictionary actors, Lexicon verbs, Lexicon nouns,
                    ComplementTable complements, Modality modality, AttributionLexicon attributionLexicon) {
        this(ontology, actors, verbs, nouns, complements, modality, Gazetteer.builtIn(), attributionLexicon);
    }

    public Pipeline(CameoOntology ontology, ActorDictionary actors, Lexicon verbs, Lexicon nouns,
                    ComplementTable complements, Modality modality, Gazetteer gazetteer) {
        this(ontology, actors, verbs, nouns, complements, modality, gazetteer, AttributionLexicon.builtIn());
    }

    public Pipeline(CameoOntology ontology, ActorDictionary actors, Lexicon verbs, Lexicon nouns,
                    ComplementTable complements, Modality modality, Gazetteer gazetteer,
                    AttributionLexicon attributionLexicon) {
        this.ontology = ontology;
        this.actors = actors;
        this.verbs = verbs;
        this.nouns = nouns;
        ActorResolver resolver = new ActorResolver(actors);
        this.coder = new EventCoder(ontology, verbs, nouns, complements, modality, resolver, new DateResolver());
        this.places = new PlaceResolver(gazetteer, resolver::countryOfWord);
        this.attributions = new AttributionFinder(attributionLexicon, resolver);
        List<DataProblem> all = new ArrayList<>();
        all.addAll(ontology.problems());
        all.addAll(actors.problems());
        all.addAll(verbs.problems());
        all.addAll(nouns.problems());
        all.addAll(complements.problems());
        all.addAll(modality.problems());
        all.addAll(gazetteer.problems());
        all.addAll(attributionLexicon.problems());
        this.problems = List.copyOf(all);
        this.discards = DiscardList.empty();
        this.issues = IssueDictionary.empty();
        this.pairedCodes = Map.of();
        this.rules = EventRules.NONE;
    }

    private Pipeline(Pipeline base, DiscardList discards, IssueDictionary issues, Map<String, String> pairedCodes) {
        this(base, discards, issues, pairedCodes, base.rules);
    }

    private Pipeline(Pipeline base, DiscardList discards, IssueDictionary issues, Map<String, String> pairedCodes,
                     EventRules rules) {
        this(base, discards, issues, pairedCodes, rules, base.coder);
    }

    private Pipeline(Pipeline base, DiscardList discards, IssueDictionary issues, Map<String, String> pairedCodes,
                     EventRules rules, EventCoder coder) {
        this.ontology = base.ontology;
        this.actors = base.actors;
        this.verbs = base.verbs;
        this.nouns = base.nouns;
        this.coder = coder;
        this.places = base.places;
        this.attributions = base.attributions;
        this.problems = base.problems;
        this.discards = discards;
        this.issues = issues;
        this.pairedCodes = Map.copyOf(pairedCodes);
        this.rules = rules;
    }

    /** This pipeline with rules applied to each article's coded events before grounding (a dictionary dialect's). */
    public Pipeline withRules(EventRules r) {
        return new Pipeline(this, discards, issues, pairedCodes, r);
    }

    public EventRules rules() { return rules; }

    /**
     * This pipeline with a dictionary's own rules for verbs that govern verbs, negation and actor
     * pairs (PETRARCH's code arithmetic) instead of the project's complement and modality tables.
     */
    public Pipeline withCodeCombination(CodeCombination combination) {
        return new Pipeline(this, discards, issues, pairedCodes, rules, coder.withCombination(combination));
    }

    /**
     * This pipeline with a discard list (a whole-story phrase drops every event of the article,
     * another phrase those of its sentence) and an issue dictionary (issues of the event's sentence).
     */
    public Pipeline withDiscardsAndIssues(DiscardList discards, IssueDictionary issues) {
        return new Pipeline(this, discards, issues, pairedCodes);
    }

    /**
     * This pipeline with PETRARCH code pairs ({@code [042:043]}: "visit|042" -> "043"): an event
     * with a target whose trigger lemma and code form a pair is followed by the reversed event
     * (target as source, source as target) with the second code, as a visit implies its hosting.
     */
    public Pipeline withPairedCodes(Map<String, String> pairs) {
        return new Pipeline(this, discards, issues, pairs);
    }

    /** The discard phrase that drops this whole article, if any. */
    public Optional<DiscardList.Entry> storyDiscard(Document doc) {
        return discards.storyDiscard(doc.article().text());
    }

    /** The pipeline with the built-in ontology, dictionaries and lexicons. */
    public static Pipeline builtIn() {
        CameoOntology ontology = CameoOntology.builtIn();
        return new Pipeline(ontology, ActorDictionary.builtIn(), LexiconLoader.builtInVerbs(ontology),
                LexiconLoader.builtInNouns(ontology), ComplementTable.builtIn(ontology), Modality.builtIn());
    }

    /** The article's events, grounded, filtered by the discard list, with issues and attribution (or null). */
    public List<Event> code(Document doc) {
        return codeArticle(doc).events();
    }

    /** An article's events, its sourcing profile and all its attributions, from one pass of the attribution finder. */
    public record CodedArticle(List<Event> events, SourcingProfile sourcing, List<Attribution> attributions) {
    }

    /** As {@link #code(Document)}, with the article's sourcing profile built from the same attributions. */
    public CodedArticle codeArticle(Document doc) {
        List<Attribution> found = attributions.find(doc);
        List<Event> events = AttributionFinder.attach(found, withDiscardsAndIssues(doc, places.ground(doc, rules.apply(doc, coder.code(doc)))));
        return new CodedArticle(events, SourcingProfile.of(doc.article().id(), found, events), found);
    }

    private List<Event> withDiscardsAndIssues(Document doc, List<Event> events) {
        if (discards.size() == 0 && issues.phrases() == 0 && pairedCodes.isEmpty()) {
            return events;
        }
        if (storyDiscard(doc).isPresent()) {
            return List.of();
        }
        Map<Integer, Sentence> byIndex = new HashMap<>();
        doc.sentences().forEach(s -> byIndex.put(s.index(), s));
        Map<Integer, Boolean> dropped = new HashMap<>();
        Map<Integer, List<String>> issuesOf = new HashMap<>();
        List<Event> out = new ArrayList<>();
        for (Event e : events) {
            Sentence s = byIndex.get(e.sentenceIndex());
            String text = s == null ? e.sentence() : s.text();
            if (dropped.computeIfAbsent(e.sentenceIndex(), k -> discards.sentenceDiscard(text).isPresent())) {
                continue;
            }
            List<String> is = issuesOf.computeIfAbsent(e.sentenceIndex(), k -> issues.issues(text, doc.article().text()));
            out.add(is.isEmpty() ? e : e.withIssues(is));
            Event reversed = reversed(e, s);
            if (reversed != null) {
                out.add(is.isEmpty() ? reversed : reversed.withIssues(is));
            }
        }
        return out;
    }

    /**
     * The sentences whose dependency parse can change this pipeline's output: those the coder or
     * the attribution finder needs (see {@link EventCoder#needsParse} and
     * {@link AttributionFinder#needsParse}). Grounding, discards and issues read only the events'
     * own sentences and the text, so the output is the same as with every sentence parsed.
     */
    public ParseSelector parseSelector() {
        return (article, tagged) -> {
            String country = coder.datelineCountry(article);
            boolean[] out = new boolean[tagged.size()];
            for (int i = 0; i < out.length; i++) {
                Sentence s = tagged.get(i);
                out[i] = coder.needsParse(article, s, country) || attributions.needsParse(s);
            }
            return out;
        };
    }

    /** Who claims what in the article. */
    public List<Attribution> attributions(Document doc) {
        return attributions.find(doc);
    }

    public AttributionFinder attributionFinder() { return attributions; }

    private Event reversed(Event e, Sentence s) {
        if (pairedCodes.isEmpty() || e.target() == null || s == null) {
            return null;
        }
        Token t = s.tokenAt(e.trigger().start());
        if (t == null) {
            return null;
        }
        String second = pairedCodes.get(t.lemma().toLowerCase(Locale.ROOT) + "|" + e.code());
        Optional<EventType> type = second == null ? Optional.empty() : ontology.find(second);
        return type.map(value -> e.withActors(e.target(), e.source()).withType(value)).orElse(null);
    }

    public EventCoder coder() { return coder; }

    public CameoOntology ontology() { return ontology; }

    public ActorDictionary actors() { return actors; }

    public Lexicon verbs() { return verbs; }

    public Lexicon nouns() { return nouns; }

    /** Problems in the data files (each names its file and line). */
    public List<DataProblem> problems() { return problems; }
}
