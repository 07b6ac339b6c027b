package org.attache.petrarch;

import java.util.ArrayList;
import java.util.List;
import org.attache.util.DataFileException;
import org.attache.util.DataProblem;

/**
 * Collects the problems of a dictionary load. Lenient (the default) keeps going; strict stops at
 * the first problem with a {@link DataFileException} naming its file and line.
 */
public final class ProblemLog {
    private final boolean strict;
    private final List<DataProblem> problems = new ArrayList<>();

    public ProblemLog(boolean strict) {
        this.strict = strict;
    }

    public void add(DataProblem p) {
        problems.add(p);
        if (strict) {
            throw new DataFileException("strict mode: stopped at the first bad line", List.of(p));
        }
    }

    public void addAll(List<DataProblem> ps) {
        ps.forEach(this::add);
    }

    public boolean strict() { return strict; }

    public List<DataProblem> problems() { return List.copyOf(problems); }
}
