package org.attache.petrarch;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
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
 *
 * <p>This class sorts a file's lines into blocks and emits the patterns; the steps live in their
 * own classes: {@link VerbLines} (verb lines and their {@code {forms}}), {@link PatternLines}
 * (pattern lines and their markers), {@link SynonymSets} ({@code &NAME} sets), {@link CodeFields}
 * ({@code [code]} fields, pairs, passive-only codes) and {@link TransformationLines}.
 */
public final class PetrarchVerbLoader {
    private static final java.util.regex.Pattern HEADER =
            java.util.regex.Pattern.compile("^-{3,}\\s*(.*?)\\s*(?:\\[([^\\]]*)\\])?\\s*-*\\s*$");

    /** The code of a pattern that means "no event" (the coder finds no event type for it). */
    public static final String NO_EVENT = "---";

    private final LexiconLoader target;
    private final ProblemLog log;
    private final CodeFields codeFields;
    private int patterns;
    private int transformations;
    private int synsets;
    private int verbs;
    private int patternLines;
    /** Each verb word's own code (the verb line's, else its block's; null: none), for transformation lines. */
    private final Map<String, String> verbCodes = new HashMap<>();
    private final List<Transformation> transformationList = new ArrayList<>();

    /** Loads into {@code target}; problems go to {@code log}. */
    public PetrarchVerbLoader(LexiconLoader target, ProblemLog log) {
        this.target = target;
        this.log = log;
        this.codeFields = new CodeFields(log);
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

    /**
     * The code pairs seen: "head|first code" -> second code ({@code VISIT … [042:043]} gives
     * "visit|042" -> "043"), for {@link org.attache.pipeline.Pipeline#withPairedCodes}.
     */
    public Map<String, String> pairedCodes() {
        return codeFields.pairedCodes();
    }

    /** "head|code" of the patterns written {@code [:code]}: coded only when the verb is passive. */
    public Set<String> passiveOnly() {
        return codeFields.passiveOnly();
    }

    /** The event codes used that are not CAMEO codes (kept as written). */
    public Set<String> extraCodes() {
        return codeFields.extraCodes();
    }

    /** Counts for a report line. */
    public Map<String, Integer> counts() {
        Map<String, Integer> m = new LinkedHashMap<>();
        m.put("patterns", patterns);
        m.put("transformations", transformations);
        return m;
    }

    /** A {@code --- NAME [code] ---} block: its verb lines and pattern lines, emitted once the file is read. */
    private static final class Block {
        final String name;
        final String code;
        final Line line;
        final List<VerbLines.Verb> verbs = new ArrayList<>();
        final List<Line> patternLines = new ArrayList<>();

        Block(String name, String code, Line line) {
            this.name = name;
            this.code = code;
            this.line = line;
        }
    }

    /**
     * Reads one file: sorts its lines into synonym sets, blocks (verb and pattern lines) and
     * transformation lines, then emits the blocks' patterns (every synonym set and verb form of the
     * file is known by then) and reads the transformation lines.
     */
    public PetrarchVerbLoader load(DictionaryLines.Result file) {
        log.addAll(file.problems());
        // a file's synonym sets and verb forms are its own
        SynonymSets sets = new SynonymSets(log);
        Map<String, String> formToBase = new HashMap<>();
        VerbLines verbLines = new VerbLines(log, formToBase);
        List<Block> blocks = new ArrayList<>();
        List<Line> transformationLines = new ArrayList<>();
        Block block = null;
        String set = null;
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
                String name = sets.define(line);
                if (name == null) {
                    continue;
                }
                set = name;
                block = null;
                continue;
            }
            if (set != null && t.startsWith("+")) {
                sets.addMember(set, line);
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
            VerbLines.Verb v = verbLines.read(line);
            if (v != null) {
                block.verbs.add(v);
            }
        }
        synsets += sets.finish();
        PatternLines patternReader = new PatternLines(log, sets, formToBase);
        for (Block b : blocks) {
            emitBlock(b, verbLines, patternReader);
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

    /** A block's patterns: one per verb, then one per verb and pattern line. */
    private void emitBlock(Block b, VerbLines verbLines, PatternLines patternReader) {
        List<VerbLines.Verb> verbs = new ArrayList<>(b.verbs);
        if (verbs.isEmpty()) {
            // TABARI/PETRARCH-1: the block's name is its verb
            VerbLines.Verb v = verbLines.read(b.line, b.name);
            if (v == null) {
                return;
            }
            verbs.add(v);
        }
        this.verbs += verbs.size();
        for (VerbLines.Verb v : verbs) {
            String vcode = v.code() != null ? v.code() : b.code;
            if (v.extra().isEmpty()) {
                verbCodes.putIfAbsent(v.head(), CodeFields.ownCode(vcode));
            }
            CodeFields.Codes c = codeFields.read(v.line(), vcode, false);
            // a verb coded [---] alone gives no pattern: no event is what no pattern gives too
            if (c != null && !c.none()) {
                codeFields.remember(v.head(), c);
                add(new Pattern(c.patternCode(), v.head(), slotsOf(v.extra()), null, null, v.line().file(), v.line().number()));
            }
        }
        for (Line pl : b.patternLines) {
            PatternLines.Parsed pp = patternReader.read(pl);
            if (pp == null) {
                continue;
            }
            CodeFields.Codes c = codeFields.read(pl, pp.code() != null ? pp.code() : b.code, true);
            if (c == null) {
                continue;
            }
            patternLines++;
            for (VerbLines.Verb v : verbs) {
                codeFields.remember(v.head(), c);
                List<List<List<String>>> slots = new ArrayList<>(slotsOf(v.extra()));
                slots.addAll(pp.slots());
                add(new Pattern(c.patternCode(), v.head(), slots, pp.prep(), null, pl.file(), pl.number()));
            }
        }
    }

    private void add(Pattern p) {
        target.addPattern(p, true);
        patterns++;
    }

    private static List<List<List<String>>> slotsOf(List<String> words) {
        List<List<List<String>>> slots = new ArrayList<>();
        for (String w : words) {
            slots.add(List.of(List.of(w)));
        }
        return slots;
    }
}
