package org.attache.actors;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.attache.util.DataProblem;

/**
 * Phrases that name actors (countries, their adjectives and seats of power, organizations,
 * agents and titles), looked up by token sequence. Immutable and thread-safe once built.
 */
public final class ActorDictionary {
    private final Map<String, List<ActorEntry>> byKey;
    private final int maxTokens;
    private final List<DataProblem> problems;

    private ActorDictionary(Map<String, List<ActorEntry>> byKey, int maxTokens, List<DataProblem> problems) {
        this.byKey = byKey;
        this.maxTokens = maxTokens;
        this.problems = List.copyOf(problems);
    }

    /** The built-in dictionaries from the classpath. */
    public static ActorDictionary builtIn() {
        return ActorDictionaryLoader.loadBuiltIn();
    }

    public int maxTokens() { return maxTokens; }

    public int size() { return byKey.size(); }

    public List<DataProblem> problems() { return problems; }

    /** Entries for an exact token sequence (already normalized), or an empty list. */
    public List<ActorEntry> lookup(List<String> tokens) {
        return byKey.getOrDefault(String.join(" ", tokens), List.of());
    }

    /** Accumulates entries; {@link #build()} freezes them. */
    public static final class Builder {
        private final Map<String, List<ActorEntry>> byKey = new HashMap<>();
        private final List<DataProblem> problems = new ArrayList<>();
        private int maxTokens = 1;

        public Builder add(String phrase, ActorEntry entry) {
            List<String> toks = PhraseKeys.tokens(phrase);
            if (toks.isEmpty()) {
                return this;
            }
            String key = String.join(" ", toks);
            List<ActorEntry> list = byKey.computeIfAbsent(key, k -> new ArrayList<>());
            if (!list.contains(entry)) {
                list.add(entry);
            }
            maxTokens = Math.max(maxTokens, toks.size());
            return this;
        }

        public Builder problem(DataProblem p) {
            problems.add(p);
            return this;
        }

        public ActorDictionary build() {
            Map<String, List<ActorEntry>> frozen = new HashMap<>();
            byKey.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
            return new ActorDictionary(Collections.unmodifiableMap(frozen), maxTokens, problems);
        }
    }
}
