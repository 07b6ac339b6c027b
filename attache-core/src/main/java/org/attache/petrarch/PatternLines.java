package org.attache.petrarch;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import org.attache.petrarch.DictionaryLines.Line;

/**
 * Parses the pattern lines of a PETRARCH verb dictionary ({@code - * (TO {BANNED PARTIES}) $ [1722]})
 * into the words a pattern requires, its target preposition and its code as written. The markers:
 * {@code *} the verb; {@code (PREP …)} a prepositional phrase, whose preposition is the target's
 * when a {@code +} or {@code %} stands inside it; {@code { }} a noun phrase (its words required);
 * {@code $ + % ^} otherwise keep the coder's default roles; {@code &NAME} a synonym set; TABARI's
 * {@code _} glue next to a marker is read as a space. Bad lines are problems naming the file and line.
 */
final class PatternLines {
    /** Words the parser puts in relations the coder does not look at (determiners): dropped from patterns. */
    private static final Set<String> DROPPED = Set.of("a", "an", "the");

    /** A pattern line read: the required words (slots of alternatives), the target preposition (null: none), the code as written. */
    record Parsed(List<List<List<String>>> slots, String prep, String code) {
    }

    private final ProblemLog log;
    private final SynonymSets sets;
    private final Map<String, String> formToBase;

    /** {@code sets}: the file's synonym sets; {@code formToBase}: inflected forms to verb words (a pattern's words are mapped to their base). */
    PatternLines(ProblemLog log, SynonymSets sets, Map<String, String> formToBase) {
        this.log = log;
        this.sets = sets;
        this.formToBase = formToBase;
    }

    /**
     * {@code - * (TO {BANNED PARTIES}) $ [1722]} -> required words, target preposition, code (null
     * when the line is rejected; the problem is logged). TABARI's {@code _} glue next to a marker
     * ({@code IN_*}, {@code *_LAWS}, {@code TO_+}, {@code GOVERNMENT_&INVESTIGATION}) and a marker
     * written against a word ({@code *SCEPTICAL}) are read as separate tokens; {@code A/B} is a slot
     * of alternatives; a stray {@code )} or {@code }} is ignored with a warning; a pattern without
     * {@code *} has all its words before the verb (as PETRARCH-1 reads it).
     */
    Parsed read(Line line) {
        String t = line.trimmed().substring(1).strip();
        String code = null;
        Matcher cm = CodeFields.CODE_AT_END.matcher(t);
        if (cm.find()) {
            code = cm.group(1);
            t = t.substring(0, cm.start()).strip();
        }
        if (t.contains("[") || t.contains("]")) {
            log.add(line.problem("'[' inside a pattern: the code must come last"));
            return null;
        }
        t = t.replaceAll("_(?=[*+$%^&])|(?<=[*+$%^])_", " ").replace("*", " * ")
                // TABARI's "+-SPONSORED" (the target, then a word glued to it) and quoted words
                .replaceAll("(?<=^|\\s)([+$%^])(?=[\\p{L}\\p{N}-])", "$1 ").replace("\"", "");
        List<String> toks = new ArrayList<>();
        for (String raw : t.replace("(", " ( ").replace(")", " ) ").replace("{", " { ").replace("}", " } ").split("\\s+")) {
            if (!raw.isEmpty()) {
                toks.add(raw);
            }
        }
        List<List<List<String>>> slots = new ArrayList<>();
        String prep = null;
        boolean star = false;
        int parens = 0;
        int braces = 0;
        List<String> ppPreps = null;
        boolean ppTarget = false;
        boolean expectPrep = false;
        for (String tok : toks) {
            switch (tok) {
                case "*" -> star = true;
                case "(" -> {
                    if (parens > 0) {
                        log.add(line.problem("nested '(' in pattern"));
                        return null;
                    }
                    parens++;
                    expectPrep = true;
                    ppPreps = null;
                    ppTarget = false;
                }
                case ")" -> {
                    if (parens == 0 || braces > 0) {
                        log.warn(line.problem("unbalanced ')' in pattern: ignored"));
                        continue;
                    }
                    parens--;
                    if (ppPreps == null) {
                        log.add(line.problem("'( )' without a preposition"));
                        return null;
                    }
                    if (ppTarget && prep == null && ppPreps.size() == 1) {
                        prep = ppPreps.get(0);
                    } else {
                        slots.add(ppPreps.stream().map(List::of).toList());
                    }
                }
                case "{" -> {
                    if (braces > 0) {
                        log.add(line.problem("nested '{' in pattern"));
                        return null;
                    }
                    braces++;
                }
                case "}" -> {
                    if (braces == 0) {
                        log.warn(line.problem("unbalanced '}' in pattern: ignored"));
                        continue;
                    }
                    braces--;
                }
                case "+", "%" -> {
                    if (parens > 0) {
                        ppTarget = true;
                    }
                }
                case "$", "^" -> { }
                default -> {
                    if (tok.startsWith("&")) {
                        List<List<String>> members = sets.expand(tok);
                        if (members == null) {
                            log.warn(line.problem("synonym set " + tok + " is not defined: the pattern can never match"));
                            return null;
                        }
                        if (!members.isEmpty()) {
                            slots.add(members.stream().map(this::base).toList());
                        }
                        expectPrep = false;
                        continue;
                    }
                    if (!tok.chars().allMatch(c -> Character.isLetterOrDigit(c) || c == '_' || c == '\'' || c == '-'
                            || c == '.' || c == '/' || c == ',')) {
                        log.add(line.problem("unexpected '" + tok + "' in pattern"));
                        return null;
                    }
                    List<List<String>> alternatives = new ArrayList<>();
                    for (String alt : tok.split("/")) {
                        List<String> ws = base(words(alt));
                        if (!ws.isEmpty()) {
                            alternatives.add(ws);
                        }
                    }
                    if (alternatives.isEmpty()) {
                        continue;
                    }
                    if (expectPrep) {
                        expectPrep = false;
                        ppPreps = new ArrayList<>();
                        List<String> rest = null;
                        for (List<String> alt : alternatives) {
                            ppPreps.add(alt.get(0));
                            rest = alt.subList(1, alt.size());
                        }
                        alternatives = alternatives.size() == 1 && !rest.isEmpty() ? List.of(rest) : List.of();
                    }
                    if (alternatives.size() > 1) {
                        slots.add(alternatives);
                    } else {
                        for (List<String> alt : alternatives) {
                            for (String w : alt) {
                                if (!DROPPED.contains(w)) {
                                    slots.add(List.of(List.of(w)));
                                }
                            }
                        }
                    }
                }
            }
            if (!tok.equals("(")) {
                expectPrep = false;
            }
        }
        if (parens != 0 || braces != 0) {
            log.warn(line.problem("unclosed '(' or '{' in pattern: closed at the end of the line"));
            if (parens > 0 && ppPreps != null) {
                slots.add(ppPreps.stream().map(List::of).toList());
            }
        }
        if (!star) {
            log.warn(line.problem("pattern without '*': its words are read as coming before the verb"));
        }
        return new Parsed(slots, prep, code);
    }

    /** Inflected forms the file's verb lines list mapped to their verb word. */
    private List<String> base(List<String> words) {
        List<String> out = new ArrayList<>(words.size());
        for (String w : words) {
            out.add(formToBase.getOrDefault(w, w));
        }
        return out;
    }

    /** {@code BANNED_PARTIES_} -> [banned, parties]: '_' joins words, a trailing '_' only stops plurals. */
    static List<String> words(String phrase) {
        List<String> out = new ArrayList<>();
        for (String w : phrase.toLowerCase(Locale.ROOT).split("_")) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }
}
