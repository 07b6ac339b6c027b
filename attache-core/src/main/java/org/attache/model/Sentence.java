package org.attache.model;

import java.util.ArrayList;
import java.util.List;

/** A parsed sentence: tokens with their dependency heads. Immutable. */
public record Sentence(int index, String text, int begin, int end, List<Token> tokens) {
    public Sentence {
        tokens = List.copyOf(tokens);
    }

    public Token token(int i) { return tokens.get(i); }

    public int size() { return tokens.size(); }

    /** Children of token {@code i}, in sentence order. */
    public List<Token> children(int i) {
        List<Token> out = new ArrayList<>();
        for (Token t : tokens) {
            if (t.head() == i) {
                out.add(t);
            }
        }
        return out;
    }

    /** Children of token {@code i} whose relation equals {@code rel} or starts with {@code rel + ":"}. */
    public List<Token> children(int i, String rel) {
        List<Token> out = new ArrayList<>();
        for (Token t : tokens) {
            if (t.head() == i && (t.rel().equals(rel) || t.rel().startsWith(rel + ":"))) {
                out.add(t);
            }
        }
        return out;
    }

    public Token head(Token t) { return t.head() < 0 ? null : tokens.get(t.head()); }

    /** The token that starts at character offset {@code begin} (an event's trigger), or null. */
    public Token tokenAt(int begin) {
        for (Token t : tokens) {
            if (t.begin() == begin) {
                return t;
            }
        }
        return null;
    }

    /** The text covered by tokens {@code from..to} inclusive. */
    public Span span(String articleText, int from, int to) {
        int s = tokens.get(from).begin();
        int e = tokens.get(to).end();
        return new Span(articleText.substring(s, e), s, e);
    }
}
