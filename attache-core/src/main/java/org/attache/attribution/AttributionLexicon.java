package org.attache.attribution;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.attache.util.DataProblem;

/**
 * What the attribution finder knows about words: reporting verbs (with their flags), multiword
 * prepositional cues ("according to"), passive quoting verbs ("quoted as saying"), verbs of stance
 * ("vow", "accuse") and claim nouns ("threat", "claim") with the complements that carry their
 * content, source markers by kind, and channel phrases. Immutable; built by {@link AttributionLexiconLoader}.
 * Phrases are lower-case token lists.
 */
public record AttributionLexicon(Map<String, Set<String>> verbs, List<List<String>> preps, Set<String> passives,
                                 Map<String, Set<String>> stances, Map<String, Set<String>> nouns, Set<String> lightVerbs,
                                 Map<SourceKind, List<List<String>>> markers, Map<List<String>, String> channels,
                                 List<DataProblem> problems) {
    public AttributionLexicon {
        verbs = Map.copyOf(verbs);
        stances = Map.copyOf(stances);
        nouns = Map.copyOf(nouns);
        lightVerbs = Set.copyOf(lightVerbs);
        preps = List.copyOf(preps);
        passives = Set.copyOf(passives);
        markers = Map.copyOf(markers);
        channels = Map.copyOf(channels);
        problems = List.copyOf(problems);
    }

    /** The built-in lexicon from {@code org/attache/attribution/*.tsv}. */
    public static AttributionLexicon builtIn() {
        return AttributionLexiconLoader.builtIn();
    }

    public boolean isReportingVerb(String lemma) { return verbs.containsKey(lemma); }

    public boolean verbHas(String lemma, String flag) {
        return verbs.getOrDefault(lemma, Set.of()).contains(flag);
    }

    /** The complements of a verb of stance ({@code obj} and prepositions), or null when the lemma is none. */
    public Set<String> stance(String lemma) { return stances.get(lemma); }

    /** The complements of a claim noun ({@code obj} never; prepositions), or null when the lemma is none. */
    public Set<String> claimNoun(String lemma) { return nouns.get(lemma); }

    /** Whether the verb carries a claim noun as its object, its subject the claimant ("issued a warning"). */
    public boolean isLightVerb(String lemma) { return lightVerbs.contains(lemma); }

    public List<List<String>> markers(SourceKind kind) { return markers.getOrDefault(kind, List.of()); }
}
