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
}
