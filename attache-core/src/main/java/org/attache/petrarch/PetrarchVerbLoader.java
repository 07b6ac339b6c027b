package org.attache.petrarch;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import org.attache.coding.LexiconLoader;
import org.attache.coding.Pattern;
import org.attache.petrarch.DictionaryLines.Line;

/**
 * Loads PETRARCH-2 and TABARI/PETRARCH-1 verb dictionaries into the project's own lexicon
 * ({@link Pattern}s), so the existing coder uses them. See docs/data-formats.md for the mapping:
 * every word of a pattern (before or after {@code *}, inside {@code (PREP …)} and {@code {…}})
 * becomes a required dependent word, lower-cased, inflected verb forms mapped to their base;
 * {@code (PREP … + …)} names the target preposition; {@code $ + % ^} otherwise keep the coder's
 * default roles (subject source, object target); a pair {@code [042:043]} gives patterns with its first code;
 * transformation lines ({@code ~ a (b . ATTACK) SAY = a b 112}) are read into {@link Transformation}s,
 * their verb words resolved to the verbs' own codes ({@link #transformationList()}). The pairs are kept
 * ({@link #pairedCodes()}) so the pipeline can add the reversed second event.
 */
public final class PetrarchVerbLoader {
    private static final java.util.regex.Pattern HEADER =
            java.util.regex.Pattern.compile("^-{3,}\\s*(.*?)\\s*(?:\\[([^\\]]*)\\])?\\s*-*\\s*$");
    private static final java.util.regex.Pattern CODE_AT_END =
            java.util.regex.Pattern.compile("\\[([^\\[\\]]*)\\]\\s*$");
    private static final java.util.regex.Pattern CODE_ANYWHERE = java.util.regex.Pattern.compile("\\[([^\\[\\]]*)\\]");
    private static final java.util.regex.Pattern CODE = java.util.regex.Pattern.compile("[0-9]{2,4}");
    /** Words the parser puts in relations the coder does not look at (determiners): dropped from patterns. */
    private static final Set<String> DROPPED = Set.of("a", "an", "the");

    private final LexiconLoader target;
    private final ProblemLog log;
    private int patterns;
    private int transformations;
    private int synsets;
    private int verbs;
    private int patternLines;
    private final Map<String, String> pairs = new HashMap<>();
    private final Set<String> passiveOnly = new java.util.TreeSet<>();
    private final Set<String> extraCodes = new java.util.TreeSet<>();
    private final org.attache.ontology.CameoOntology ontology = org.attache.ontology.CameoOntology.builtIn();
    private final java.util.Set<String> unpaired = new java.util.HashSet<>();
    /** Each verb word's own code (the verb line's, else its block's; null: none), for transformation lines. */
    private final Map<String, String> verbCodes = new HashMap<>();
    private final List<Transformation> transformationList = new ArrayList<>();

    /** Loads into {@code target}; problems go to {@code log}. */
    public PetrarchVerbLoader(LexiconLoader target, ProblemLog log) {
        this.target = target;
        this.log = log;
    }

    /** Patterns added so far (one per verb and pattern line). */
    public int patterns() { return patterns; }

    /** Synonym sets defined so far. */
    public int synsets() { return synsets; }

    /** Verbs (verb lines, or TABARI blocks named after their verb) loaded so far. */
    public int verbs() { return verbs; }

    /** Pattern lines ({@code - …}) loaded so far. */
    public int patternLines() { return patternLines; }

    /** Transformation lines read. */
    public int transformations() { return transformations; }

    /** The transformation lines read so far, their verbs resolved (a verb the dictionary lacks never matches). */
    public List<Transformation> transformationList() { return List.copyOf(transformationList); }

    private record Verb(String head, List<String> extra, String code, Line line) {
    }

    private static final class Block {
        final String name;
        final String code;
        final Line line;
        final List<Verb> verbs = new ArrayList<>();
        final List<Line> patternLines = new ArrayList<>();

        Block(String name, String code, Line line) {
            this.name = name;
            this.code = code;
            this.line = line;
        }
    }

    public PetrarchVerbLoader load(DictionaryLines.Result file) {
        log.addAll(file.problems());
        Map<String, List<List<String>>> sets = new HashMap<>();
        Map<String, String> formToBase = new HashMap<>();
        Map<String, Line> setLines = new LinkedHashMap<>();
        List<Block> blocks = new ArrayList<>();
        List<Line> transformationLines = new ArrayList<>();
        Block block = null;
        List<List<String>> set = null;
        for (Line line : file.lines()) {
            String t = line.trimmed();
            if (t.startsWith("####")) {
                set = null;
                continue;
            }
            if (t.startsWith("---")) {
                Matcher m = HEADER.matcher(t);
                if (!m.matches() || m.group(1).isEmpty()) {
                    log.add(line.problem("bad block header: expected '--- NAME [code] ---'"));
                    block = null;
                    continue;
                }
                block = new Block(m.group(1), m.group(2), line);
                blocks.add(block);
                set = null;
                continue;
            }
            if (t.startsWith("&")) {
                String name = setName(t.split("\\s+")[0]);
                if (name.length() < 2) {
                    log.add(line.problem("synonym set without a name"));
                    continue;
                }
                set = new ArrayList<>();
                sets.put(name, set);
                setLines.put(name, line);
                block = null;
                continue;
            }
            if (set != null && t.startsWith("+")) {
                List<String> words = words(t.substring(1).strip().replaceAll("\\s+", "_"));
                if (words.isEmpty()) {
                    log.add(line.problem("empty synonym"));
                } else {
                    set.add(words);
                }
                continue;
            }
            set = null;
            if (t.startsWith("~")) {
                transformationLines.add(line);
                continue;
            }
            if (block == null) {
                log.add(line.problem("line outside a '--- NAME [code] ---' block: '" + t + "'"));
                continue;
            }
            if (t.startsWith("-")) {
                block.patternLines.add(line);
                continue;
            }
            Verb v = verbLine(line, t, formToBase);
            if (v != null) {
                block.verbs.add(v);
            }
        }
        synsets += setLines.size();
        for (var e : setLines.entrySet()) {
            if (sets.get(e.getKey()).isEmpty()) {
                log.add(e.getValue().problem("synonym set " + e.getKey() + " has no members"));
            }
        }
        for (Block b : blocks) {
            emitBlock(b, sets, formToBase);
        }
        TransformationLines reader = new TransformationLines(log, verbCodes, formToBase);
        for (Line tl : transformationLines) {
            reader.read(tl).ifPresent(t -> {
                transformations++;
                transformationList.add(t);
            });
        }
        log.endOfFile();
        return this;
    }

    /** {@code SPEED {SPEEDING SPEEDS SPED } [code]}, {@code +CORDON_OFF {…}}: the verb word, its other words, forms. */
    private Verb verbLine(Line line, String t, Map<String, String> formToBase) {
        String code = null;
        Matcher cm = CODE_AT_END.matcher(t);
        Matcher anywhere = CODE_ANYWHERE.matcher(t);
        if (cm.find()) {
            code = cm.group(1);
            t = t.substring(0, cm.start()).strip();
        } else if (anywhere.find()) {
            // "SNUB [111] {SNUBS SNUBBING SNUBBED}": the code before the forms
            code = anywhere.group(1);
            t = (t.substring(0, anywhere.start()) + " " + t.substring(anywhere.end())).strip();
        }
        String forms = "";
        int brace = t.indexOf('{');
        if (brace >= 0) {
            int close = t.indexOf('}', brace);
            if (close < 0) {
                log.add(line.problem("'{' without '}' in verb line"));
                return null;
            }
            forms = t.substring(brace + 1, close);
            t = t.substring(0, brace).strip();
        }
        if (t.contains(" ")) {
            // "SCOF AT": the words of a verb written with spaces are read as joined by '_'
            log.warn(line.problem("verb '" + t + "' written with spaces: read as '" + t.replaceAll("\\s+", "_") + "'"));
            t = t.replaceAll("\\s+", "_");
        }
        if (t.isEmpty() || !t.replace("+", "").replace("_", "").chars().allMatch(
                c -> Character.isLetterOrDigit(c) || c == '\'' || c == '-' || c == '.')) {
            log.add(line.problem("bad verb line: expected 'VERB {FORMS} [code]', got '" + line.trimmed() + "'"));
            return null;
        }
        String[] parts = t.split("_");
        int verbAt = 0;
        for (int i = 0; i < parts.length; i++) {
            if (parts[i].startsWith("+")) {
                verbAt = i;
            }
        }
        String head = parts[verbAt].replace("+", "").toLowerCase(Locale.ROOT);
        List<String> extra = new ArrayList<>();
        for (int i = 0; i < parts.length; i++) {
            String w = parts[i].replace("+", "").toLowerCase(Locale.ROOT);
            if (i != verbAt && !w.isEmpty()) {
                extra.add(w);
            }
        }
        for (String f : forms.trim().split("\\s+")) {
            if (f.isEmpty()) {
                continue;
            }
            String[] fp = f.split("_");
            String form = (fp.length == parts.length ? fp[verbAt] : fp[0]).replace("+", "").toLowerCase(Locale.ROOT);
            formToBase.putIfAbsent(form, head);
        }
        return new Verb(head, extra, code, line);
    }

    private void emitBlock(Block b, Map<String, List<List<String>>> sets, Map<String, String> formToBase) {
        List<Verb> verbs = new ArrayList<>(b.verbs);
        if (verbs.isEmpty()) {
            // TABARI/PETRARCH-1: the block's name is its verb
            Verb v = verbLine(b.line, b.name, formToBase);
            if (v == null) {
                return;
            }
            verbs.add(v);
        }
        this.verbs += verbs.size();
        for (Verb v : verbs) {
            String vcode = v.code() != null ? v.code() : b.code;
            String own = vcode == null || vcode.strip().matches("-*") ? null : vcode.strip();
            if (own != null && own.contains(":")) {
                own = own.substring(0, own.indexOf(':')).strip();
                own = own.matches("-*") ? null : own;
            }
            if (v.extra().isEmpty()) {
                verbCodes.putIfAbsent(v.head(), own);
            }
            Codes c = codes(v.line(), vcode, false);
            // a verb coded [---] alone gives no pattern: no event is what no pattern gives too
            if (c != null && !c.none()) {
                remember(v.head(), c);
                add(new Pattern(c.patternCode(), v.head(), slotsOf(v.extra()), null, null, v.line().file(), v.line().number()));
            }
        }
        for (Line pl : b.patternLines) {
            ParsedPattern pp = parsePattern(pl, sets, formToBase);
            if (pp == null) {
                continue;
            }
            Codes c = codes(pl, pp.code != null ? pp.code : b.code, true);
            if (c == null) {
                continue;
            }
            patternLines++;
            for (Verb v : verbs) {
                remember(v.head(), c);
                List<List<List<String>>> slots = new ArrayList<>(slotsOf(v.extra()));
                slots.addAll(pp.slots);
                add(new Pattern(c.patternCode(), v.head(), slots, pp.prep, null, pl.file(), pl.number()));
            }
        }
    }

    /** Remembers the pair or the passive-only code of a verb's pattern. */
    private void remember(String head, Codes c) {
        if (c.none()) {
            return;
        }
        if (c.active().isEmpty()) {
            passiveOnly.add(head + "|" + c.passive());
            return;
        }
        pair(head, c.passive().isEmpty() ? c.active() : c.active() + ":" + c.passive());
    }

    /**
     * Remembers {@code [042:043]}: the verb's events with the first code also imply the reversed
     * event with the second. A verb that also has the first code unpaired is left out (ambiguous).
     */
    private void pair(String head, String field) {
        String f = field == null ? "" : field.strip();
        String[] parts = f.split(":");
        if (!CODE.matcher(parts[0].strip()).matches()) {
            return;
        }
        String key = head + "|" + parts[0].strip();
        if (parts.length == 2 && CODE.matcher(parts[1].strip()).matches() && !unpaired.contains(key)) {
            String before = pairs.putIfAbsent(key, parts[1].strip());
            if (before != null && !before.equals(parts[1].strip())) {
                pairs.remove(key);
                unpaired.add(key);
            }
        } else {
            pairs.remove(key);
            unpaired.add(key);
        }
    }

    /**
     * The code pairs seen: "head|first code" -> second code ({@code VISIT … [042:043]} gives
     * "visit|042" -> "043"), for {@link org.attache.pipeline.Pipeline#withPairedCodes}.
     */
    public Map<String, String> pairedCodes() {
        return Map.copyOf(pairs);
    }

    private void add(Pattern p) {
        target.addPattern(p, true);
        patterns++;
    }

    /** "head|code" of the patterns written {@code [:code]}: coded only when the verb is passive. */
    public Set<String> passiveOnly() {
        return java.util.Collections.unmodifiableSet(passiveOnly);
    }

    /** The event codes used that are not CAMEO codes (kept as written). */
    public Set<String> extraCodes() {
        return java.util.Collections.unmodifiableSet(extraCodes);
    }

    private static List<List<List<String>>> slotsOf(List<String> words) {
        List<List<List<String>>> slots = new ArrayList<>();
        for (String w : words) {
            slots.add(List.of(List.of(w)));
        }
        return slots;
    }

    /**
     * A code field as written: {@code 042}; {@code 042:043} (a pair); {@code :173} (coded only in the
     * passive); {@code ---} (no event: the pattern is kept, so that it blocks the verb's other
     * codes); any other string kept verbatim, with a warning when it is not a CAMEO code.
     */
    record Codes(String active, String passive, boolean none) {
        /** The code the lexicon pattern carries. */
        String patternCode() {
            return none ? NO_EVENT : active.isEmpty() ? passive : active;
        }
    }

    /** The code of a pattern that means "no event" (the coder finds no event type for it). */
    public static final String NO_EVENT = "---";

    private Codes codes(Line line, String field, boolean required) {
        if (field == null || field.isBlank()) {
            if (required) {
                log.add(line.problem("pattern without a code and its block has none"));
            }
            return null;
        }
        String f = field.strip();
        if (f.matches("-+")) {
            return new Codes("", "", true);
        }
        int colon = f.indexOf(':');
        String active = (colon < 0 ? f : f.substring(0, colon)).strip();
        String passive = colon < 0 ? "" : f.substring(colon + 1).strip();
        if (active.matches("-+")) {
            active = "";
        }
        if (passive.matches("-+")) {
            passive = "";
        }
        if (active.isEmpty() && passive.isEmpty()) {
            return new Codes("", "", true);
        }
        for (String c : new String[] {active, passive}) {
            if (c.isEmpty()) {
                continue;
            }
            if (c.length() < 2 || c.contains(" ")) {
                log.add(line.problem("bad event code '[" + f + "]'"));
                return null;
            }
            if (!ontology.contains(c)) {
                extraCodes.add(c);
                log.warn(line.problem("event code '" + c + "' is not in CAMEO: kept as written"));
            }
        }
        return new Codes(active, passive, false);
    }

    private record ParsedPattern(List<List<List<String>>> slots, String prep, String code) {
    }

    /**
     * {@code - * (TO {BANNED PARTIES}) $ [1722]} -> required words, target preposition, code.
     * TABARI's {@code _} glue next to a marker ({@code IN_*}, {@code *_LAWS}, {@code TO_+},
     * {@code GOVERNMENT_&INVESTIGATION}) and a marker written against a word ({@code *SCEPTICAL})
     * are read as separate tokens; {@code A/B} is a slot of alternatives; a stray {@code )} or
     * {@code }} is ignored with a warning; a pattern without {@code *} has all its words before the
     * verb (as PETRARCH-1 reads it).
     */
    private ParsedPattern parsePattern(Line line, Map<String, List<List<String>>> sets, Map<String, String> formToBase) {
        String t = line.trimmed().substring(1).strip();
        String code = null;
        Matcher cm = CODE_AT_END.matcher(t);
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
                        List<List<String>> members = members(setName(tok), sets, new java.util.HashSet<>());
                        if (members == null) {
                            log.warn(line.problem("synonym set " + tok + " is not defined: the pattern can never match"));
                            return null;
                        }
                        if (!members.isEmpty()) {
                            slots.add(members.stream().map(m -> base(m, formToBase)).toList());
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
                        List<String> ws = base(words(alt), formToBase);
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
        return new ParsedPattern(slots, prep, code);
    }

    /** {@code &MILITARY_} and {@code &MILITARY} name the same set (the '_' only stops plurals). */
    private static String setName(String raw) {
        String n = raw.toUpperCase(Locale.ROOT).replace("{", "").replace("}", "").replace("(", "").replace(")", "");
        while (n.endsWith("_")) {
            n = n.substring(0, n.length() - 1);
        }
        return n;
    }

    /** A set's members, members that are sets expanded recursively (null for an undefined set). */
    private static List<List<String>> members(String name, Map<String, List<List<String>>> sets, java.util.Set<String> seen) {
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
                    options = members(setName(w), sets, seen);
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

    private static List<String> base(List<String> words, Map<String, String> formToBase) {
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

    /** Counts for a report line. */
    public Map<String, Integer> counts() {
        Map<String, Integer> m = new LinkedHashMap<>();
        m.put("patterns", patterns);
        m.put("transformations", transformations);
        return m;
    }
}
