package org.attache.coding;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.attache.ontology.CameoOntology;
import org.attache.util.DataProblem;
import org.attache.util.TsvReader;
import org.attache.util.TsvReader.Row;

/**
 * Loads verb and noun pattern files ({@code code<TAB>pattern}, {@code &SET<TAB>a|b|c}); see
 * docs/data-formats.md. Synonym sets are shared by the files loaded together.
 */
public final class LexiconLoader {
    /** A pattern coded {@code ---} says its words make no event ("struck a conciliatory tone"). */
    public static final String NO_EVENT = "---";

    public static final List<String> BUILT_IN_VERBS = List.of(
            "org/attache/coding/verbs-cooperation.tsv", "org/attache/coding/verbs-conflict.tsv");
    public static final List<String> BUILT_IN_NOUNS = List.of(
            "org/attache/coding/nouns-cooperation.tsv", "org/attache/coding/nouns-conflict.tsv");

    private final CameoOntology ontology;
    private final Map<String, List<List<String>>> sets = new HashMap<>();
    private final Map<String, List<Pattern>> byHead = new HashMap<>();
    private final List<DataProblem> problems = new ArrayList<>();

    public LexiconLoader(CameoOntology ontology) {
        this.ontology = ontology;
    }

    public static Lexicon builtInVerbs(CameoOntology ontology) {
        LexiconLoader l = new LexiconLoader(ontology);
        BUILT_IN_VERBS.forEach(r -> l.add(TsvReader.readResource(r)));
        return l.build();
    }

    public static Lexicon builtInNouns(CameoOntology ontology) {
        LexiconLoader l = new LexiconLoader(ontology);
        BUILT_IN_NOUNS.forEach(r -> l.add(TsvReader.readResource(r)));
        return l.build();
    }

    public LexiconLoader add(List<Row> rows) {
        for (Row row : rows) {
            try {
                addRow(row);
            } catch (IllegalArgumentException e) {
                problems.add(row.problem(e.getMessage()));
            }
        }
        return this;
    }

    /**
     * Adds a pattern built elsewhere (another dictionary format); its code must be in the
     * ontology, else it is reported against its own file and line and skipped.
     */
    public LexiconLoader addPattern(Pattern p) {
        return addPattern(p, false);
    }

    /**
     * As {@link #addPattern(Pattern)}; with {@code anyCode} a code outside the ontology is kept as
     * written (another format's own codes, or a "no event" code that blocks less specific patterns).
     */
    public LexiconLoader addPattern(Pattern p, boolean anyCode) {
        if (!anyCode && !ontology.contains(p.code())) {
            problems.add(new DataProblem(p.file(), p.line(), "unknown CAMEO code '" + p.code() + "'"));
            return this;
        }
        byHead.computeIfAbsent(p.head(), k -> new ArrayList<>()).add(p);
        return this;
    }

    /** A loader already holding the built-in verb patterns (to add other dictionaries to them). */
    public static LexiconLoader withBuiltInVerbs(CameoOntology ontology) {
        LexiconLoader l = new LexiconLoader(ontology);
        BUILT_IN_VERBS.forEach(r -> l.add(TsvReader.readResource(r)));
        return l;
    }

    public Lexicon build() {
        return new Lexicon(byHead, problems);
    }

    private void addRow(Row row) {
        String first = row.get(0);
        if (row.size() < 2 || row.get(1).isEmpty()) {
            throw new IllegalArgumentException("expected two tab-separated columns: code and pattern");
        }
        if (first.startsWith("&")) {
            List<List<String>> members = new ArrayList<>();
            for (String m : TsvReader.list(row.get(1))) {
                members.add(List.of(m.split(" ")));
            }
            if (members.isEmpty()) {
                throw new IllegalArgumentException("synonym set " + first + " has no members");
            }
            sets.put(first.toUpperCase(Locale.ROOT), members);
            return;
        }
        if (!ontology.contains(first) && !first.equals(NO_EVENT)) {
            throw new IllegalArgumentException("unknown CAMEO code '" + first + "'");
        }
        String[] toks = TsvReader.normalizePhrase(row.get(1)).split(" ");
        String head = toks[0];
        if (head.startsWith("&") || head.endsWith("+") || head.startsWith("~")) {
            throw new IllegalArgumentException("a pattern must start with a head lemma: '" + row.get(1) + "'");
        }
        List<List<List<String>>> slots = new ArrayList<>();
        String prep = null;
        ComplementKind complement = null;
        for (int i = 1; i < toks.length; i++) {
            String t = toks[i];
            if (t.startsWith("~")) {
                try {
                    complement = ComplementKind.parse(t.substring(1));
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("unknown complement marker '" + t + "'");
                }
            } else if (t.endsWith("+") && t.length() > 1) {
                prep = t.substring(0, t.length() - 1);
            } else if (t.equals("+") || t.equals("$")) {
                continue;
            } else if (t.startsWith("&")) {
                List<List<String>> set = sets.get(t.toUpperCase(Locale.ROOT));
                if (set == null) {
                    throw new IllegalArgumentException("synonym set " + t + " is not defined before use");
                }
                slots.add(set);
            } else {
                slots.add(List.of(List.of(t)));
            }
        }
        Pattern p = new Pattern(first, head, slots, prep, complement, row.file(), row.line());
        byHead.computeIfAbsent(head, k -> new ArrayList<>()).add(p);
    }
}
