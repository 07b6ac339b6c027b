package org.attache.coding;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.attache.util.DataProblem;

/** Patterns indexed by head lemma, most specific first. Immutable once built. */
public final class Lexicon {
    private final Map<String, List<Pattern>> byHead;
    private final int size;
    private final List<DataProblem> problems;

    Lexicon(Map<String, List<Pattern>> byHead, List<DataProblem> problems) {
        Map<String, List<Pattern>> m = new HashMap<>();
        int n = 0;
        for (var e : byHead.entrySet()) {
            List<Pattern> ps = new ArrayList<>(e.getValue());
            ps.sort(Comparator.comparingInt(Pattern::specificity).reversed());
            m.put(e.getKey(), List.copyOf(ps));
            n += ps.size();
        }
        this.byHead = Collections.unmodifiableMap(m);
        this.size = n;
        this.problems = List.copyOf(problems);
    }

    public List<Pattern> forHead(String lemma) {
        return byHead.getOrDefault(lemma, List.of());
    }

    /** Number of patterns (before synonym-set expansion). */
    public int size() { return size; }

    /** Number of concrete word sequences the patterns cover once synonym sets are expanded. */
    public long expandedSize() {
        long n = 0;
        for (List<Pattern> ps : byHead.values()) {
            for (Pattern p : ps) {
                long k = 1;
                for (List<List<String>> slot : p.slots()) {
                    k *= slot.size();
                }
                n += k;
            }
        }
        return n;
    }

    public int heads() { return byHead.size(); }

    public List<DataProblem> problems() { return problems; }
}
