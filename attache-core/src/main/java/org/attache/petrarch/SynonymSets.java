package org.attache.petrarch;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.attache.petrarch.DictionaryLines.Line;

/**
 * The synonym sets of one PETRARCH verb file ({@code &CROWD} then {@code + MOB},
 * {@code + ANGRY_&CROWD} lines): defined as the file is read, expanded when a pattern names them
 * (members that are sets expanded recursively, a cycle cut). A set without a name or without
 * members, and an empty member, are problems naming the file and line.
 */
final class SynonymSets {
    private final ProblemLog log;
    private final Map<String, List<List<String>>> sets = new HashMap<>();
    /** Each set's defining line, in the order first defined (a set defined again keeps its place). */
    private final Map<String, Line> definedAt = new LinkedHashMap<>();

    SynonymSets(ProblemLog log) {
        this.log = log;
    }

    /**
     * {@code &NAME …}: starts the set (a set defined again starts over); its name, or null when the
     * line names none (a problem).
     */
    String define(Line line) {
        String name = name(line.trimmed().split("\\s+")[0]);
        if (name.length() < 2) {
            log.add(line.problem("synonym set without a name"));
            return null;
        }
        sets.put(name, new ArrayList<>());
        definedAt.put(name, line);
        return name;
    }

    /** {@code + ANGRY_&CROWD}: a member of set {@code name} (words joined by '_' or spaces). */
    void addMember(String name, Line line) {
        List<String> words = PatternLines.words(line.trimmed().substring(1).strip().replaceAll("\\s+", "_"));
        if (words.isEmpty()) {
            log.add(line.problem("empty synonym"));
        } else {
            sets.get(name).add(words);
        }
    }

    /** Once the file is read: a problem for each set without members; the number of sets defined. */
    int finish() {
        for (var e : definedAt.entrySet()) {
            if (sets.get(e.getKey()).isEmpty()) {
                log.add(e.getValue().problem("synonym set " + e.getKey() + " has no members"));
            }
        }
        return definedAt.size();
    }

    /**
     * The members of the set a pattern names ({@code &CROWD}, {@code &CROWD_}), each a list of
     * words, sets among them expanded; null when the set is not defined.
     */
    List<List<String>> expand(String token) {
        return members(name(token), new HashSet<>());
    }

    /** {@code &MILITARY_} and {@code &MILITARY} name the same set (the '_' only stops plurals). */
    private static String name(String raw) {
        String n = raw.toUpperCase(Locale.ROOT).replace("{", "").replace("}", "").replace("(", "").replace(")", "");
        while (n.endsWith("_")) {
            n = n.substring(0, n.length() - 1);
        }
        return n;
    }

    /** A set's members, members that are sets expanded recursively (null for an undefined set). */
    private List<List<String>> members(String name, Set<String> seen) {
        List<List<String>> direct = sets.get(name);
        if (direct == null) {
            return null;
        }
        if (!seen.add(name)) {
            return List.of();
        }
        List<List<String>> out = new ArrayList<>();
        for (List<String> m : direct) {
            List<List<String>> expanded = List.of(List.of());
            for (String w : m) {
                List<List<String>> options;
                if (w.startsWith("&")) {
                    options = members(name(w), seen);
                    if (options == null || options.isEmpty()) {
                        options = List.of(List.of(w));
                    }
                } else {
                    options = List.of(List.of(w));
                }
                List<List<String>> next = new ArrayList<>();
                for (List<String> prefix : expanded) {
                    for (List<String> o : options) {
                        List<String> joined = new ArrayList<>(prefix);
                        joined.addAll(o);
                        next.add(joined);
                    }
                }
                expanded = next;
            }
            out.addAll(expanded);
        }
        seen.remove(name);
        return out;
    }
}
