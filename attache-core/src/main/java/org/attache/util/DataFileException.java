package org.attache.util;

import java.util.List;

/** Thrown when a data file cannot be used at all (missing, unreadable, or strict mode). */
public class DataFileException extends RuntimeException {
    private final List<DataProblem> problems;

    public DataFileException(String message, List<DataProblem> problems) {
        super(message + (problems.isEmpty() ? "" : ": " + problems.get(0)));
        this.problems = List.copyOf(problems);
    }

    public List<DataProblem> problems() { return problems; }
}
