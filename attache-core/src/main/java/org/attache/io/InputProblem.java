package org.attache.io;

/** A file or line of input that could not be used; {@code line} is 0 when the whole file is bad. */
public record InputProblem(String file, int line, String message) {
    @Override
    public String toString() {
        return line > 0 ? file + ":" + line + ": " + message : file + ": " + message;
    }
}
