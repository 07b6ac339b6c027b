package org.attache.actors;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Splits dictionary phrases the way the tokenizer splits text, so the two can be compared. */
public final class PhraseKeys {
    private PhraseKeys() {
    }

    /** "kurdistan workers' party" -> [kurdistan, workers, ', party]; "russia's" -> [russia, 's]. */
    public static List<String> tokens(String phrase) {
        List<String> out = new ArrayList<>();
        for (String w : phrase.toLowerCase(Locale.ROOT).trim().split("\\s+")) {
            if (w.isEmpty()) {
                continue;
            }
            if (w.endsWith("'s") && w.length() > 2) {
                out.add(w.substring(0, w.length() - 2));
                out.add("'s");
            } else if (w.endsWith("'") && w.length() > 1) {
                out.add(w.substring(0, w.length() - 1));
                out.add("'");
            } else if (w.endsWith(",") && w.length() > 1) {
                out.add(w.substring(0, w.length() - 1));
            } else {
                out.add(w);
            }
        }
        return out;
    }

    /** A text token in the form dictionary keys use: lower case, curly apostrophes straightened, -LRB- as "(". */
    public static String normalize(String word) {
        String w = word.toLowerCase(Locale.ROOT).replace('\u2019', '\'').replace('\u2018', '\'');
        // a tokenizer in Penn Treebank style writes brackets as -LRB- and -RRB-
        return switch (w) {
            case "-lrb-" -> "(";
            case "-rrb-" -> ")";
            case "-lsb-" -> "[";
            case "-rsb-" -> "]";
            default -> w;
        };
    }
}
