package org.attache.petrarch;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.attache.model.Document;
import org.attache.model.Sentence;
import org.attache.model.Token;
import org.attache.util.DataProblem;

/**
 * The {@code comma_*} options of PETRARCH and TABARI: comma-delimited clauses whose length in words
 * lies within a range are taken out of a sentence before it is coded ("Kenya, the region's largest
 * economy, helped Uganda" is coded as "Kenya helped Uganda"). {@code min}/{@code max}: a clause
 * between two commas; {@code bmin}/{@code bmax}: from the start of the sentence to its first comma;
 * {@code emin}/{@code emax}: from its last comma to the end. A maximum of 0 turns that kind off.
 * Internal clauses go first; the terminal clause follows the last comma left after them. Tokens
 * left without their head hang from the nearest head that stays. Immutable.
 */
public record CommaClauses(int min, int max, int bmin, int bmax, int emin, int emax) {
    /** The option names, as in {@code PETR_config.ini} and a validation file's {@code <Config>}. */
    static final List<String> OPTIONS = List.of("comma_min", "comma_max", "comma_bmin", "comma_bmax", "comma_emin", "comma_emax");

    /** All kinds off. */
    public static CommaClauses off() {
        return new CommaClauses(0, 0, 0, 0, 0, 0);
    }

    /** PETRARCH's defaults (from TABARI): internal 2–8, initial off, terminal 2–8. */
    public static CommaClauses defaults() {
        return new CommaClauses(2, 8, 0, 0, 2, 8);
    }

    public boolean isOff() {
        return max == 0 && bmax == 0 && emax == 0;
    }

    /**
     * The options given (others from {@code base}); a value that is not a whole number is a
     * problem at {@code line} of {@code file}, and the base value holds.
     */
    public static CommaClauses of(Map<String, String> options, CommaClauses base, String file, int line, List<DataProblem> problems) {
        int[] v = {base.min, base.max, base.bmin, base.bmax, base.emin, base.emax};
        for (int i = 0; i < OPTIONS.size(); i++) {
            String s = options.get(OPTIONS.get(i));
            if (s == null) {
                continue;
            }
            try {
                v[i] = Integer.parseInt(s.strip());
                if (v[i] < 0) {
                    throw new NumberFormatException();
                }
            } catch (NumberFormatException e) {
                problems.add(new DataProblem(file, line, OPTIONS.get(i) + " must be a whole number of words, got '" + s + "': "
                        + v[i] + " kept"));
            }
        }
        return new CommaClauses(v[0], v[1], v[2], v[3], v[4], v[5]);
    }

    /** The document with the clauses taken out of each sentence. */
    public Document apply(Document doc) {
        if (isOff()) {
            return doc;
        }
        List<Sentence> out = new ArrayList<>(doc.sentences().size());
        for (Sentence s : doc.sentences()) {
            out.add(apply(s));
        }
        return new Document(doc.article(), out, doc.notes());
    }

    Sentence apply(Sentence s) {
        List<Integer> commas = new ArrayList<>();
        for (Token t : s.tokens()) {
            if (t.word().equals(",")) {
                commas.add(t.index());
            }
        }
        if (commas.isEmpty()) {
            return s;
        }
        boolean[] drop = new boolean[s.size()];
        int end = s.size();
        while (end > 0 && isPunct(s.token(end - 1))) {
            end--;
        }
        if (bmax > 0 && within(words(s, 0, commas.get(0)), bmin, bmax)) {
            mark(drop, 0, commas.get(0) + 1);
        }
        if (max > 0) {
            for (int i = 0; i + 1 < commas.size(); i++) {
                int from = commas.get(i);
                int to = commas.get(i + 1);
                if (within(words(s, from + 1, to), min, max)) {
                    mark(drop, from, to + 1);
                }
            }
        }
        // the terminal clause follows the last comma that is still there once internal clauses are out
        int last = -1;
        for (int c : commas) {
            if (!drop[c]) {
                last = c;
            }
        }
        if (emax > 0 && last >= 0 && last < end && within(words(s, last + 1, end), emin, emax)) {
            mark(drop, last, end);
        }
        int[] newIndex = new int[s.size()];
        int n = 0;
        for (int i = 0; i < s.size(); i++) {
            newIndex[i] = drop[i] ? -1 : n++;
        }
        if (n == s.size() || n == 0) {
            return s;
        }
        List<Token> kept = new ArrayList<>(n);
        for (Token t : s.tokens()) {
            if (drop[t.index()]) {
                continue;
            }
            int h = t.head();
            while (h >= 0 && drop[h]) {
                h = s.token(h).head();
            }
            kept.add(new Token(newIndex[t.index()], t.word(), t.lemma(), t.pos(), t.ner(), t.begin(), t.end(),
                    h < 0 ? -1 : newIndex[h], h < 0 && t.head() >= 0 ? "root" : t.rel()));
        }
        return new Sentence(s.index(), s.text(), s.begin(), s.end(), kept);
    }

    private static boolean within(int n, int lo, int hi) {
        return n >= lo && n <= hi && n > 0;
    }

    private static void mark(boolean[] drop, int from, int to) {
        for (int i = from; i < to; i++) {
            drop[i] = true;
        }
    }

    /** Words (not punctuation) in tokens [from, to). */
    private static int words(Sentence s, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            if (!isPunct(s.token(i))) {
                n++;
            }
        }
        return n;
    }

    private static boolean isPunct(Token t) {
        return t.word().chars().noneMatch(Character::isLetterOrDigit);
    }
}
