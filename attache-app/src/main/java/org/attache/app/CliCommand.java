package org.attache.app;

import java.io.PrintStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** A command that prints: its streams come from {@link Main}'s factory, so tests can capture them. */
abstract class CliCommand implements Main.Streams {
    protected PrintStream out;
    protected PrintStream err;

    @Override
    public void streams(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    /**
     * A {@code --date} option: null means today; a bad value is reported on standard error as
     * "attache CMD: --date must be YYYY-MM-DD" and gives null through {@code Optional.empty()}.
     */
    protected java.util.Optional<LocalDate> publicationDate(String command, String date) {
        try {
            return java.util.Optional.of(date == null ? LocalDate.now() : LocalDate.parse(date));
        } catch (DateTimeParseException e) {
            err.println("attache " + command + ": --date must be YYYY-MM-DD, got '" + date + "'");
            return java.util.Optional.empty();
        }
    }

    /** The bounds on one article's work: the engine's sentence limit and the time budget. */
    protected record WorkLimits(org.attache.nlp.corenlp.CoreNlpEngine.Limits engine, java.time.Duration budget) {
    }

    /**
     * {@code --article-timeout} and {@code --max-sentence-tokens}; a bad value is reported on
     * standard error and gives {@code Optional.empty()}.
     */
    protected java.util.Optional<WorkLimits> engineLimits(String command, double timeoutSeconds, int maxSentenceTokens) {
        if (!(timeoutSeconds > 0) || timeoutSeconds > 86_400) {
            err.println("attache " + command + ": --article-timeout must be between 0 and 86400 seconds, got " + timeoutSeconds);
            return java.util.Optional.empty();
        }
        if (maxSentenceTokens < 10) {
            err.println("attache " + command + ": --max-sentence-tokens must be at least 10, got " + maxSentenceTokens);
            return java.util.Optional.empty();
        }
        var defaults = org.attache.nlp.corenlp.CoreNlpEngine.Limits.DEFAULT;
        return java.util.Optional.of(new WorkLimits(
                new org.attache.nlp.corenlp.CoreNlpEngine.Limits(maxSentenceTokens, defaults.maxSegmentChars()),
                java.time.Duration.ofMillis(Math.round(timeoutSeconds * 1000))));
    }
}
