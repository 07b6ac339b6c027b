package org.attache.pipeline;

import java.util.ArrayList;
import java.util.List;
import org.attache.actors.ActorDictionary;
import org.attache.actors.ActorResolver;
import org.attache.attribution.AttributionFinder;
import org.attache.attribution.AttributionLexicon;
import org.attache.coding.ComplementTable;
import org.attache.coding.EventCoder;
import org.attache.coding.Lexicon;
import org.attache.coding.LexiconLoader;
import org.attache.coding.Modality;
import org.attache.grounding.DateResolver;
import org.attache.model.Attribution;
import org.attache.model.Document;
import org.attache.model.Event;
import org.attache.model.SourcingProfile;
import org.attache.ontology.CameoOntology;
import org.attache.util.DataProblem;

/**
 * The coding stages after NLP, assembled once from data files: actor resolution, event coding,
 * date grounding, attribution. Immutable and safe to share between threads.
 */
public final class Pipeline {
    private final CameoOntology ontology;
    private final ActorDictionary actors;
    private final Lexicon verbs;
    private final Lexicon nouns;
    private final EventCoder coder;
    private final AttributionFinder attributions;
    private final List<DataProblem> problems;

    public Pipeline(CameoOntology ontology, ActorDictionary actors, Lexicon verbs, Lexicon nouns,
                    ComplementTable complements, Modality modality) {
        this(ontology, actors, verbs, nouns, complements, modality, AttributionLexicon.builtIn());
    }

    public Pipeline(CameoOntology ontology, ActorDictionary actors, Lexicon verbs, Lexicon nouns,
                    ComplementTable complements, Modality modality, AttributionLexicon attributionLexicon) {
        this.ontology = ontology;
        this.actors = actors;
        this.verbs = verbs;
        this.nouns = nouns;
        this.coder = new EventCoder(ontology, verbs, nouns, complements, modality,
                new ActorResolver(actors), new DateResolver());
        this.attributions = new AttributionFinder(attributionLexicon, new ActorResolver(actors));
        List<DataProblem> all = new ArrayList<>();
        all.addAll(ontology.problems());
        all.addAll(actors.problems());
        all.addAll(verbs.problems());
        all.addAll(nouns.problems());
        all.addAll(complements.problems());
        all.addAll(modality.problems());
        all.addAll(attributionLexicon.problems());
        this.problems = List.copyOf(all);
    }

    /** The pipeline with the built-in ontology, dictionaries and lexicons. */
    public static Pipeline builtIn() {
        CameoOntology ontology = CameoOntology.builtIn();
        return new Pipeline(ontology, ActorDictionary.builtIn(), LexiconLoader.builtInVerbs(ontology),
                LexiconLoader.builtInNouns(ontology), ComplementTable.builtIn(ontology), Modality.builtIn());
    }

    /** The article's events, each with its attribution (or null when nothing in the text claims it). */
    public List<Event> code(Document doc) {
        return AttributionFinder.attach(attributions.find(doc), coder.code(doc));
    }

    /** Who claims what in the article. */
    public List<Attribution> attributions(Document doc) {
        return attributions.find(doc);
    }

    /** The article's sourcing profile, from its parse and its coded (attributed) events. */
    public SourcingProfile sourcing(Document doc, List<Event> events) {
        return SourcingProfile.of(doc.article().id(), attributions.find(doc), events);
    }

    public AttributionFinder attributionFinder() { return attributions; }

    public EventCoder coder() { return coder; }

    public CameoOntology ontology() { return ontology; }

    public ActorDictionary actors() { return actors; }

    public Lexicon verbs() { return verbs; }

    public Lexicon nouns() { return nouns; }

    /** Problems in the data files (each names its file and line). */
    public List<DataProblem> problems() { return problems; }
}
