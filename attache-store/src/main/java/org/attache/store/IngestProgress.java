package org.attache.store;

import java.io.PrintStream;
import org.attache.io.InputProblem;
import org.attache.model.Article;

/**
 * Shows an ingest's progress: on a terminal a bar redrawn in place at most 5 times a second;
 * otherwise (logs, pipes) a plain line every {@code intervalSeconds}. Problems are printed as
 * they come ({@code file:line: message}), above the bar.
 */
public final class IngestProgress implements Ingest.Listener {
    private final PrintStream err;
    private final boolean terminal;
    private final String prefix;
    private final long intervalNanos;
    private long last;
    private boolean barShown;

    public IngestProgress(PrintStream err, boolean terminal, String prefix, double intervalSeconds) {
        this.err = err;
        this.terminal = terminal;
        this.prefix = prefix;
        this.intervalNanos = (long) ((terminal ? 0.2 : intervalSeconds) * 1e9);
        this.last = System.nanoTime();
    }

    @Override
    public void problem(InputProblem p) {
        clearBar();
        err.println(prefix + p);
    }

    @Override
    public void failed(Article a, String error) {
        clearBar();
        err.println(prefix + "article " + a.id() + ": " + error + " (stored as failed; a re-run skips it unless --retry-failed)");
    }

    @Override
    public void note(Article a, String note) {
        clearBar();
        err.println(prefix + "article " + a.id() + ": " + note);
    }

    @Override
    public void progress(Ingest.Summary s, int total) {
        long now = System.nanoTime();
        if (now - last < intervalNanos) {
            return;
        }
        last = now;
        if (terminal) {
            err.print("\r" + bar(s, total) + "\u001b[K");
            err.flush();
            barShown = true;
        } else {
            err.println(prefix + line(s, total));
        }
    }

    /** Call when done, before printing a summary. */
    public void finish() {
        clearBar();
    }

    private void clearBar() {
        if (barShown) {
            err.print("\r\u001b[K");
            barShown = false;
        }
    }

    static String bar(Ingest.Summary s, int total) {
        int done = s.written() + s.skipped() + s.failed() + s.failedBefore();
        int width = 24;
        int filled = total == 0 ? width : (int) Math.min(width, (long) width * done / total);
        return "[" + "#".repeat(filled) + "-".repeat(width - filled) + "] " + line(s, total);
    }

    static String line(Ingest.Summary s, int total) {
        double secs = Math.max(1e-9, s.seconds());
        int done = s.written() + s.skipped() + s.failed() + s.failedBefore();
        double perArticle = done == 0 ? 0 : secs / done;
        long eta = Math.round(perArticle * Math.max(0, total - done));
        return String.format("%d/%d articles (%d already stored), %.1f sentences/s, %d events, %d errors, ETA %s",
                done, total, s.skipped(), s.sentences() / secs, s.mentions(), s.failed() + s.inputProblems(),
                done == 0 ? "?" : duration(eta));
    }

    static String duration(long secs) {
        return secs >= 3600 ? String.format("%dh%02dm", secs / 3600, secs / 60 % 60)
                : secs >= 60 ? String.format("%dm%02ds", secs / 60, secs % 60) : secs + "s";
    }
}
