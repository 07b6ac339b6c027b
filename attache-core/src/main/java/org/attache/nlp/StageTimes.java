package org.attache.nlp;

import java.util.concurrent.atomic.LongAdder;

/**
 * Time spent in each NLP stage and how many sentences were parsed, summed over every thread
 * that used the engine. Thread-safe; read it with {@link #snapshot()}.
 */
public final class StageTimes {
    private final LongAdder tagging = new LongAdder();
    private final LongAdder ner = new LongAdder();
    private final LongAdder parse = new LongAdder();
    private final LongAdder sentences = new LongAdder();
    private final LongAdder parsed = new LongAdder();

    /** Adds one article: nanoseconds per stage, its sentences and how many of them were parsed. */
    public void add(long taggingNanos, long nerNanos, long parseNanos, int sentenceCount, int parsedCount) {
        tagging.add(taggingNanos);
        ner.add(nerNanos);
        parse.add(parseNanos);
        sentences.add(sentenceCount);
        parsed.add(parsedCount);
    }

    public Snapshot snapshot() {
        return new Snapshot(tagging.sum(), ner.sum(), parse.sum(), sentences.sum(), parsed.sum());
    }

    /**
     * Totals at one moment: tokenize+ssplit+pos+lemma, NER and dependency parse nanoseconds,
     * sentences seen and sentences parsed.
     */
    public record Snapshot(long taggingNanos, long nerNanos, long parseNanos, long sentences, long parsed) {
        /** What happened between {@code earlier} and this snapshot. */
        public Snapshot since(Snapshot earlier) {
            return new Snapshot(taggingNanos - earlier.taggingNanos, nerNanos - earlier.nerNanos,
                    parseNanos - earlier.parseNanos, sentences - earlier.sentences, parsed - earlier.parsed);
        }

        /** Share of sentences parsed (1 when none were seen). */
        public double parsedShare() {
            return sentences == 0 ? 1.0 : (double) parsed / sentences;
        }
    }
}
