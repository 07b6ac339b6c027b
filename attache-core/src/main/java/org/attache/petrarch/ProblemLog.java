package org.attache.petrarch;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.attache.util.DataFileException;
import org.attache.util.DataProblem;

/**
 * Collects the problems of a dictionary load. Lenient (the default) keeps going; strict stops at
 * the end of the first file with a problem, with a {@link DataFileException} naming that file's
 * first bad line (a loader finds some problems only at the end of a block or of the file, so
 * stopping at the first one found could name a later line). A problem means the line (or part of
 * it) was rejected; a warning means the line was loaded as PETRARCH reads it but something about
 * it deserves a look (a code outside CAMEO, a typo PETRARCH tolerates): warnings never stop a
 * strict load. Both are listed in file order, then line order.
 */
public final class ProblemLog {
    private final boolean strict;
    private final List<DataProblem> problems = new ArrayList<>();
    private final List<DataProblem> warnings = new ArrayList<>();
    /** Files in the order they were first named, so listings keep the load order. */
    private final Map<String, Integer> fileOrder = new HashMap<>();
    private int checked;

    public ProblemLog(boolean strict) {
        this.strict = strict;
    }

    public void add(DataProblem p) {
        fileOrder.putIfAbsent(p.file(), fileOrder.size());
        problems.add(p);
    }

    public void addAll(List<DataProblem> ps) {
        ps.forEach(this::add);
    }

    /**
     * Called when a file (or a step that reports on files) is done: in strict mode, stops with the
     * earliest problem added since the last call, if any.
     */
    public void endOfFile() {
        List<DataProblem> fresh = problems.subList(checked, problems.size());
        checked = problems.size();
        if (strict && !fresh.isEmpty()) {
            throw new DataFileException("strict mode: stopped at the first bad line", List.of(sorted(fresh).get(0)));
        }
    }

    /** A line loaded with PETRARCH's meaning that still deserves a look. */
    public void warn(DataProblem p) {
        fileOrder.putIfAbsent(p.file(), fileOrder.size());
        warnings.add(new DataProblem(p.file(), p.line(), "warning: " + p.message()));
    }

    public boolean strict() { return strict; }

    public List<DataProblem> warnings() { return sorted(warnings); }

    public List<DataProblem> problems() { return sorted(problems); }

    private List<DataProblem> sorted(List<DataProblem> ps) {
        List<DataProblem> out = new ArrayList<>(ps);
        // stable: problems of one line keep the order they were found in
        out.sort(Comparator.<DataProblem>comparingInt(p -> fileOrder.getOrDefault(p.file(), Integer.MAX_VALUE))
                .thenComparingInt(DataProblem::line));
        return List.copyOf(out);
    }
}
