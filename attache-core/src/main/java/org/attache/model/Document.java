package org.attache.model;

import java.util.List;

/** An article after NLP: its sentences, parsed. */
public record Document(Article article, List<Sentence> sentences) {
    public Document {
        sentences = List.copyOf(sentences);
    }

    public int tokenCount() {
        return sentences.stream().mapToInt(Sentence::size).sum();
    }
}
