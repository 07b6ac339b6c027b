package org.attache.model;

import java.util.List;

/**
 * An article after NLP: its sentences, parsed, and notes on what the engine had to bound
 * (a sentence parsed in chunks, text tokenized in pieces), each one line for the user.
 */
public record Document(Article article, List<Sentence> sentences, List<String> notes) {
    public Document {
        sentences = List.copyOf(sentences);
        notes = List.copyOf(notes);
    }

    public Document(Article article, List<Sentence> sentences) {
        this(article, sentences, List.of());
    }

    public int tokenCount() {
        return sentences.stream().mapToInt(Sentence::size).sum();
    }
}
