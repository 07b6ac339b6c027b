package org.attache.attribution;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.attache.util.DataProblem;
import org.attache.util.TsvReader;
import org.attache.util.TsvReader.Row;

/**
 * Loads the attribution data files ({@code cues.tsv}, {@code sources.tsv}, {@code channels.tsv};
 * formats in docs/data-formats.md). Lenient: a bad or duplicate line becomes a problem naming
 * its file and line, and the rest loads.
 */
public final class AttributionLexiconLoader {
    private static final String BASE = "org/attache/attribution/";
    private static final Set<String> VERB_FLAGS = Set.of("obj", "tell");

    private final Map<String, Set<String>> verbs = new LinkedHashMap<>();
    private final List<List<String>> preps = new ArrayList<>();
    private final Set<String> passives = new LinkedHashSet<>();
    private final Map<String, Set<String>> stances = new LinkedHashMap<>();
    private final Map<String, Set<String>> nouns = new LinkedHashMap<>();
    private final Set<String> lightVerbs = new LinkedHashSet<>();
    private final Map<SourceKind, List<List<String>>> markers = new EnumMap<>(SourceKind.class);
    private final Set<String> markerKeys = new HashSet<>();
    private final Map<List<String>, String> channels = new HashMap<>();
    private final List<DataProblem> problems = new ArrayList<>();

    public static AttributionLexicon builtIn() {
        return new AttributionLexiconLoader()
                .cues(TsvReader.readResource(BASE + "cues.tsv"))
                .sources(TsvReader.readResource(BASE + "sources.tsv"))
                .channels(TsvReader.readResource(BASE + "channels.tsv"))
                .build();
    }

    /** {@code cue_type  phrase  flags}: verb, prep, passive, stance or noun cues. */
    public AttributionLexiconLoader cues(List<Row> rows) {
        Set<String> seen = new HashSet<>();
        for (Row r : rows) {
            String type = r.get(0);
            String phrase = TsvReader.normalizePhrase(r.get(1));
            if (phrase.isEmpty()) {
                problems.add(r.problem("missing phrase"));
                continue;
            }
            if (!seen.add(type + "\t" + phrase)) {
                problems.add(r.problem("duplicate cue '" + phrase + "'"));
                continue;
            }
            switch (type) {
                case "verb" -> {
                    if (phrase.contains(" ")) {
                        problems.add(r.problem("a reporting verb is one lemma, got '" + phrase + "'"));
                        continue;
                    }
                    Set<String> flags = new HashSet<>();
                    for (String f : TsvReader.list(r.get(2))) {
                        if (!VERB_FLAGS.contains(f)) {
                            problems.add(r.problem("unknown flag '" + f + "' (use obj, tell or -)"));
                        } else {
                            flags.add(f);
                        }
                    }
                    verbs.put(phrase, Set.copyOf(flags));
                }
                case "prep" -> preps.add(List.of(phrase.split(" ")));
                case "passive" -> passives.add(phrase);
                case "light" -> {
                    if (phrase.contains(" ")) {
                        problems.add(r.problem("a light verb is one lemma, got '" + phrase + "'"));
                        continue;
                    }
                    lightVerbs.add(phrase);
                }
                case "stance", "noun" -> {
                    if (phrase.contains(" ")) {
                        problems.add(r.problem("a " + (type.equals("noun") ? "claim noun" : "verb of stance")
                                + " is one lemma, got '" + phrase + "'"));
                        continue;
                    }
                    Set<String> flags = new HashSet<>();
                    for (String f : TsvReader.list(r.get(2))) {
                        if (!f.matches("[a-z]+") || f.equals("obj") && type.equals("noun")) {
                            problems.add(r.problem("unknown flag '" + f + "' (use "
                                    + (type.equals("noun") ? "" : "obj, ") + "prepositions such as of, for, against, or -)"));
                        } else {
                            flags.add(f);
                        }
                    }
                    (type.equals("noun") ? nouns : stances).put(phrase, Set.copyOf(flags));
                }
                default -> problems.add(r.problem("unknown cue type '" + type + "' (use verb, prep, passive, stance, noun or light)"));
            }
        }
        return this;
    }

    /** {@code kind  phrase}: source markers. */
    public AttributionLexiconLoader sources(List<Row> rows) {
        for (Row r : rows) {
            SourceKind kind = markerKind(r.get(0));
            String phrase = TsvReader.normalizePhrase(r.get(1));
            if (kind == null) {
                problems.add(r.problem("unknown source kind '" + r.get(0)
                        + "' (use anonymous, document, outlet, official, organization, other)"));
                continue;
            }
            if (phrase.isEmpty()) {
                problems.add(r.problem("missing phrase"));
                continue;
            }
            if (!markerKeys.add(phrase)) {
                problems.add(r.problem("duplicate source marker '" + phrase + "'"));
                continue;
            }
            markers.computeIfAbsent(kind, k -> new ArrayList<>()).add(List.of(phrase.split(" ")));
        }
        return this;
    }

    /** {@code phrase  medium}: channels. */
    public AttributionLexiconLoader channels(List<Row> rows) {
        for (Row r : rows) {
            String phrase = TsvReader.normalizePhrase(r.get(0));
            String medium = r.get(1);
            if (phrase.isEmpty() || medium.isEmpty()) {
                problems.add(r.problem("a channel line is 'phrase<TAB>medium'"));
                continue;
            }
            if (channels.putIfAbsent(List.of(phrase.split(" ")), medium) != null) {
                problems.add(r.problem("duplicate channel '" + phrase + "'"));
            }
        }
        return this;
    }

    public AttributionLexicon build() {
        Map<SourceKind, List<List<String>>> m = new EnumMap<>(SourceKind.class);
        markers.forEach((k, v) -> m.put(k, List.copyOf(v)));
        return new AttributionLexicon(verbs, preps, passives, stances, nouns, lightVerbs, m, channels, problems);
    }

    private static SourceKind markerKind(String label) {
        return switch (label) {
            case "anonymous" -> SourceKind.ANONYMOUS;
            case "document" -> SourceKind.DOCUMENT;
            case "outlet" -> SourceKind.OUTLET;
            case "official" -> SourceKind.OFFICIAL_UNNAMED;
            case "organization" -> SourceKind.ORGANIZATION;
            case "other" -> SourceKind.OTHER;
            default -> null;
        };
    }
}
