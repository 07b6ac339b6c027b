package org.attache.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.attache.model.Article;
import org.attache.model.Document;
import org.attache.model.Sentence;
import org.attache.model.Token;
import org.attache.nlp.NlpEngine;

/**
 * An NLP engine for tests without models: texts it knows come back with the parse written by
 * hand (words with {@code word|lemma}, Penn tags, {@code head:relation} with 1-based heads; one
 * sentence per entry, joined by single spaces); any other text is split into sentences at ". "
 * with no tokens (so nothing in it is coded).
 */
final class HandParsed implements NlpEngine {
    /** One sentence's parse. */
    record Parse(String words, String tags, String deps) {
        String text() {
            StringBuilder sb = new StringBuilder();
            for (String w : words.trim().split(" +")) {
                if (sb.length() > 0) {
                    sb.append(' ');
                }
                sb.append(w.split("\\|")[0]);
            }
            return sb.toString();
        }
    }

    private final Map<String, List<Parse>> known;

    HandParsed(Map<String, List<Parse>> known) {
        this.known = known;
    }

    /** The text of an article made of these sentences. */
    static String text(List<Parse> sentences) {
        return String.join(" ", sentences.stream().map(Parse::text).toList());
    }

    @Override
    public Document annotate(Article article) {
        for (List<Parse> parses : known.values()) {
            if (text(parses).equals(article.text())) {
                return parsed(article, parses);
            }
        }
        List<Sentence> out = new ArrayList<>();
        String t = article.text();
        int begin = 0;
        int i = 0;
        while (begin < t.length()) {
            int dot = t.indexOf(". ", begin);
            int end = dot < 0 ? t.length() : dot + 1;
            out.add(new Sentence(i++, t.substring(begin, end), begin, end, List.of()));
            begin = dot < 0 ? t.length() : dot + 2;
        }
        return new Document(article, out);
    }

    private static Document parsed(Article article, List<Parse> parses) {
        List<Sentence> out = new ArrayList<>();
        int at = 0;
        for (int si = 0; si < parses.size(); si++) {
            Parse p = parses.get(si);
            String[] words = p.words().trim().split(" +");
            String[] tags = p.tags().trim().split(" +");
            String[] deps = p.deps().trim().split(" +");
            int begin = at;
            List<Token> tokens = new ArrayList<>();
            for (int i = 0; i < words.length; i++) {
                String[] wl = words[i].split("\\|");
                String w = wl[0];
                String lemma = wl.length > 1 ? wl[1] : w.toLowerCase(Locale.ROOT);
                String[] hd = deps[i].split(":", 2);
                String ner = tags[i].startsWith("NNP") ? "MISC" : "O";
                tokens.add(new Token(i, w, lemma, tags[i], ner, at, at + w.length(), Integer.parseInt(hd[0]) - 1, hd[1]));
                at += w.length() + 1;
            }
            out.add(new Sentence(si, article.text().substring(begin, at - 1), begin, at - 1, tokens));
        }
        return new Document(article, out);
    }
}
