package org.attache.app;

import java.io.PrintStream;

/** Periodic progress lines on standard error for long runs. */
final class Progress {
    private final PrintStream err;
    private final int total;
    private final long start = System.nanoTime();
    private long lastPrint = System.nanoTime();
    private int articles;
    private long sentences;
    private long events;
    private int errors;

    Progress(PrintStream err, int total) {
        this.err = err;
        this.total = total;
    }

    void article(int sentenceCount, int eventCount, boolean failed) {
        articles++;
        sentences += sentenceCount;
        events += eventCount;
        if (failed) {
            errors++;
        }
        long now = System.nanoTime();
        if (now - lastPrint > 5_000_000_000L) {
            lastPrint = now;
            err.println(line());
        }
    }

    String line() {
        double secs = Math.max(1e-9, (System.nanoTime() - start) / 1e9);
        double rate = sentences / secs;
        double perArticle = articles == 0 ? 0 : secs / articles;
        long eta = Math.round(perArticle * (total - articles));
        return String.format("coded %d/%d articles, %d sentences (%.1f sentences/s), %d events, %d errors, ETA %ds",
                articles, total, sentences, rate, events, errors, eta);
    }

    int errors() { return errors; }

    long events() { return events; }

    long sentences() { return sentences; }

    int articles() { return articles; }

    double seconds() { return (System.nanoTime() - start) / 1e9; }
}
