package org.attache.testing;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.attache.model.Article;
import org.attache.model.Document;
import org.attache.model.Sentence;
import org.attache.model.Token;
import org.attache.util.TsvReader;

/**
 * Builds parsed sentences by hand, no models needed (spaCy's test convention):
 * <pre>
 *   Parsed.doc("2024-03-17",
 *       "Pakistan rejected|reject the offer",
 *       "NNP VBD DT NN",
 *       "2:nsubj 0:root 4:det 2:obj");
 * </pre>
 * Words are space-separated ({@code word|lemma} gives a lemma, {@code word|lemma|PERSON} also an NER
 * tag; otherwise the lower-cased word); heads are 1-based with 0 for the root. A sentence given as
 * {words, tags, deps, Parsed.PARAGRAPH} starts a new paragraph (a blank line before it).
 */
public final class Parsed {
    /** Marks a sentence that starts a new paragraph (fourth element of its spec). */
    public static final String PARAGRAPH = "\u00b6";

    private Parsed() {
    }

    /** A one-sentence document. */
    public static Document doc(String date, String words, String tags, String deps) {
        return docOf(date, new String[][] {{words, tags, deps}});
    }

    /** A document of several sentences, each given as {words, tags, deps}. */
    public static Document docOf(String date, String[]... sentences) {
        StringBuilder text = new StringBuilder();
        List<List<Token>> toks = new ArrayList<>();
        List<int[]> bounds = new ArrayList<>();
        for (String[] spec : sentences) {
            if (text.length() > 0) {
                text.append(spec.length > 3 && spec[3].equals(PARAGRAPH) ? "\n\n" : " ");
            }
            String[] words = spec[0].trim().split(" +");
            String[] tags = spec[1].trim().split(" +");
            String[] deps = spec[2].trim().split(" +");
            if (words.length != tags.length || words.length != deps.length) {
                throw new IllegalArgumentException("words/tags/deps differ in length: " + words.length + "/"
                        + tags.length + "/" + deps.length + " in '" + spec[0] + "'");
            }
            int sBegin = text.length();
            List<Token> list = new ArrayList<>();
            for (int i = 0; i < words.length; i++) {
                String w = words[i];
                String lemma;
                String nerTag = null;
                int bar = w.indexOf('|');
                if (bar > 0) {
                    String[] parts = w.split("\\|", 3);
                    lemma = parts[1];
                    nerTag = parts.length > 2 ? parts[2] : null;
                    w = parts[0];
                } else {
                    lemma = w.toLowerCase(java.util.Locale.ROOT);
                }
                if (i > 0) {
                    text.append(' ');
                }
                int b = text.length();
                text.append(w);
                String[] hd = deps[i].split(":", 2);
                int head = Integer.parseInt(hd[0]) - 1;
                String ner = nerTag != null ? nerTag
                        : Character.isUpperCase(w.charAt(0)) && tags[i].startsWith("NNP") ? "MISC" : "O";
                list.add(new Token(i, w, lemma, tags[i], ner, b, text.length(), head, hd[1]));
            }
            toks.add(list);
            bounds.add(new int[] {sBegin, text.length()});
        }
        String t = text.toString();
        List<Sentence> out = new ArrayList<>();
        for (int i = 0; i < toks.size(); i++) {
            int[] b = bounds.get(i);
            out.add(new Sentence(i, t.substring(b[0], b[1]), b[0], b[1], toks.get(i)));
        }
        return new Document(new Article("test", LocalDate.parse(date), "", "", "", t), out);
    }

    /** Rows of a data file given inline (tab-separated lines). */
    public static List<TsvReader.Row> rows(String name, String... lines) {
        String s = String.join("\n", lines) + "\n";
        return TsvReader.read(name, new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8)));
    }
}
