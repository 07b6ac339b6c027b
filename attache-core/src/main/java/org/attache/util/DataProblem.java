package org.attache.util;

/** A bad line in a data file: names the file and the line, says what is wrong. */
public record DataProblem(String file, int line, String message) {
    @Override
    public String toString() {
        return file + ":" + line + ": " + message;
    }
}
