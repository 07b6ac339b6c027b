package org.attache.coding;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.attache.model.Sentence;
import org.attache.model.Token;

/**
 * Step "pattern matching": finds the most specific lexicon pattern for a head word. A pattern
 * matches when every one of its slots has an alternative whose words all occur in the head's
 * word bag (its particle, object, oblique, complement words and their modifiers, up to three
 * levels down the dependency graph).
 */
final class PatternMatcher {
    /** Relations whose words count when matching a pattern's further words. */
    private static final Set<String> BAG_RELATIONS = Set.of(
            "compound:prt", "prt", "obj", "dobj", "iobj", "xcomp", "amod", "compound", "case", "fixed", "flat", "advmod");

    private PatternMatcher() {
    }

    /** The best (most specific) pattern whose head is this token's lemma and whose words all occur around it. */
    static Optional<Pattern> best(Sentence s, Token t, Lexicon lexicon) {
        return best(s, t, lexicon, false);
    }

    /** With {@code ownWordsOnly}, words inside an embedded clause (xcomp) do not count. */
    static Optional<Pattern> best(Sentence s, Token t, Lexicon lexicon, boolean ownWordsOnly) {
        return best(s, t, lexicon, ownWordsOnly, Set.of());
    }

    /** With {@code extra} words counted as if they were around the head ("car" in "car bomb" sees "bomb"). */
    static Optional<Pattern> best(Sentence s, Token t, Lexicon lexicon, boolean ownWordsOnly, Set<String> extra) {
        List<Pattern> candidates = lexicon.forHead(lemma(t));
        if (candidates.isEmpty()) {
            return Optional.empty();
        }
        // "called on Moscow to accept a ceasefire" is an appeal; the ceasefire belongs to the embedded verb
        Set<String> bag = wordBag(s, t.index(), ownWordsOnly || isAppealFrame(s, t.index()));
        bag.addAll(extra);
        for (Pattern p : candidates) {
            if (mayFit(p, bag)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    /** Whether the pattern's preposition and a choice of words for each of its slots are all in {@code words}. */
    static boolean mayFit(Pattern p, Set<String> words) {
        if (p.targetPrep() != null && !words.contains(p.targetPrep())) {
            return false;
        }
        for (List<List<String>> slot : p.slots()) {
            if (slot.stream().noneMatch(words::containsAll)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Every word a word bag ({@link #wordBag}) of this sentence can hold, whatever its parse: its
     * lemmas and lower-case words, and the "on" a misparsed appeal adds. Kept beside wordBag: a
     * new source of bag words must be added here too.
     */
    static Set<String> possibleBagWords(Sentence s) {
        Set<String> words = new HashSet<>();
        for (Token t : s.tokens()) {
            words.add(lemma(t));
            words.add(t.lowerWord());
        }
        words.add("on");
        return words;
    }

    /** Lemmas (and lower-case words) of the head's particle, object, oblique and complement words. */
    static Set<String> wordBag(Sentence s, int head) {
        return wordBag(s, head, false);
    }

    static Set<String> wordBag(Sentence s, int head, boolean ownWordsOnly) {
        Set<String> bag = new HashSet<>();
        Deque<int[]> queue = new ArrayDeque<>();
        queue.add(new int[] {head, 0});
        while (!queue.isEmpty()) {
            int[] cur = queue.poll();
            for (Token c : s.children(cur[0])) {
                String rel = c.rel();
                if (cur[1] == 0 && MisparseRepair.isMisparsedAppeal(s, c)) {
                    // "called on Israel to halt": the parser often hangs "on Israel to halt" as an advcl
                    // marked "on"; its preposition belongs to the verb
                    bag.add("on");
                }
                boolean keep = BAG_RELATIONS.contains(rel) || rel.startsWith("obl") || rel.startsWith("nmod")
                        || rel.startsWith("compound") || (cur[1] > 0 && rel.equals("conj"));
                if (!keep || rel.equals("nmod:poss") || rel.equals("obl:agent") || ownWordsOnly && rel.startsWith("xcomp")) {
                    continue;
                }
                if (rel.equals("case") && (PARTICLES.contains(c.lowerWord()) || isTime(s.token(cur[0])))) {
                    // "drills off Palawan" is no "hold off", "a strike on Tuesday" no strike "on" anyone
                    continue;
                }
                bag.add(lemma(c));
                bag.add(c.lowerWord());
                if (cur[1] < 3) {
                    queue.add(new int[] {c.index(), cur[1] + 1});
                }
            }
        }
        return bag;
    }

    /** Particles of phrasal verbs ("hold off", "call off") that as a noun's preposition ("off Palawan") are none. */
    private static final Set<String> PARTICLES = Set.of("off");
    /** Nouns of time: their prepositions ("on Tuesday", "in March") introduce no target. */
    private static final Set<String> TIME_WORDS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july", "august",
            "september", "october", "november", "december", "day", "week", "weekend", "month", "year", "morning",
            "afternoon", "evening", "night", "hour", "minute", "time", "date", "today", "yesterday", "tonight",
            "decade", "century", "period", "season", "moment");

    static boolean isTime(Token t) {
        String w = t.lowerWord();
        boolean month = w.equals("march") || w.equals("may");
        if (t.ner().equals("PERSON") || t.ner().equals("ORGANIZATION")) {
            // "Theresa May"
            return false;
        }
        return TIME_WORDS.contains(w) && (!month || Character.isUpperCase(t.word().charAt(0))) || t.ner().equals("DATE") || t.ner().equals("TIME")
                || t.rel().equals("obl:tmod") || t.pos().equals("CD") && t.word().matches("(1[89]|20)\\d\\d");
    }

    /** "called on X to do": a verb with an "on" phrase and an embedded clause appeals to X. */
    static boolean isAppealFrame(Sentence s, int v) {
        boolean on = false;
        boolean clause = false;
        for (Token c : s.children(v)) {
            if (c.rel().startsWith("obl") && s.children(c.index(), "case").stream().anyMatch(k -> k.lowerWord().equals("on"))
                    && !isTime(c)) {
                on = true;
            }
            if (c.rel().startsWith("xcomp") || c.rel().startsWith("advcl") && !s.children(c.index(), "mark").isEmpty()
                    && s.children(c.index(), "mark").get(0).lowerWord().equals("to")) {
                clause = true;
            }
        }
        return on && clause;
    }

    /** Every word a pattern names, in any slot. */
    static Set<String> patternWords(Pattern p) {
        Set<String> words = new HashSet<>();
        for (List<List<String>> slot : p.slots()) {
            for (List<String> alt : slot) {
                words.addAll(alt);
            }
        }
        return words;
    }

    static String lemma(Token t) {
        return t.lemma().toLowerCase(Locale.ROOT);
    }
}
