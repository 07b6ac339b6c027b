package org.attache.model;

/**
 * One token of a parsed sentence. {@code index} is 0-based within the sentence; {@code head}
 * is the index of the governing token, or -1 for the root. {@code rel} is the Universal
 * Dependencies relation to the head (lower-case, with subtypes such as {@code nsubj:pass}).
 * {@code begin}/{@code end} are character offsets into the article text.
 */
public record Token(int index, String word, String lemma, String pos, String ner,
                    int begin, int end, int head, String rel) {

    public boolean isVerb() { return pos.startsWith("VB"); }

    public boolean isNoun() { return pos.startsWith("NN") || pos.startsWith("PRP"); }

    public boolean isPastTense() { return pos.equals("VBD") || pos.equals("VBN"); }

    public String lowerWord() { return word.toLowerCase(java.util.Locale.ROOT); }

    /** The same token hung under another head with another relation (a repaired parse). */
    public Token withHead(int newHead, String newRel) {
        return new Token(index, word, lemma, pos, ner, begin, end, newHead, newRel);
    }
}
