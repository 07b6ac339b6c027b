package org.attache.petrarch;

import java.util.ArrayList;
import java.util.List;
import org.attache.util.DataFileException;
import org.attache.util.DataProblem;

/**
 * Collects the problems of a dictionary load. Lenient (the default) keeps going; strict stops at
 * the first problem with a {@link DataFileException} naming its file and line. A problem means the
 * line (or part of it) was rejected; a warning means the line was loaded as PETRARCH reads it but
 * something about it deserves a look (a code outside CAMEO, a typo PETRARCH tolerates): warnings
 * never stop a strict load.
 */
public final class ProblemLog {
    private final boolean strict;
    private final List<DataProblem> problems = new ArrayList<>();
    private final List<DataProblem> warnings = new ArrayList<>();

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

    /** A line loaded with PETRARCH's meaning that still deserves a look. */
    public void warn(DataProblem p) {
        warnings.add(new DataProblem(p.file(), p.line(), "warning: " + p.message()));
    }

    public boolean strict() { return strict; }

    public List<DataProblem> warnings() { return List.copyOf(warnings); }

    public List<DataProblem> problems() { return List.copyOf(problems); }
}
