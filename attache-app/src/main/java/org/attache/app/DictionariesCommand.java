package org.attache.app;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.attache.petrarch.PetrarchDictionaries;
import org.attache.util.DataFileException;
import org.attache.util.DataProblem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code attache dictionaries check DIR}: loads PETRARCH/TABARI dictionaries and reports what loaded and every problem. */
@Command(name = "dictionaries", description = "PETRARCH/TABARI dictionaries.",
        subcommands = {DictionariesCommand.Check.class})
final class DictionariesCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "check", description = "Load a directory's dictionaries (its PETR_config.ini's files, else by file name) "
            + "and print, per file, what was loaded, the lines rejected and the warnings; exit 1 when a line was rejected.")
    static final class Check extends CliCommand implements Callable<Integer> {
        @Parameters(index = "0", arity = "0..1", paramLabel = "DIR", description = "Dictionary directory (or give files with the flags).")
        Path dir;

        @picocli.CommandLine.Mixin
        DictionaryOptions dictionaries = new DictionaryOptions();

        @Option(names = "--quiet", description = "Only the per-file summary, not every rejected line and warning.")
        boolean quiet;

        @Override
        public Integer call() {
            if (dir != null) {
                dictionaries.dictionaries = dir;
            }
            List<DataProblem> configProblems = new ArrayList<>();
            PetrarchDictionaries.Files files;
            PetrarchDictionaries.Options options;
            try {
                files = dictionaries.files(configProblems);
                options = dictionaries.options(configProblems);
            } catch (DataFileException | IllegalArgumentException e) {
                err.println("attache dictionaries check: " + e.getMessage());
                return 2;
            }
            if (files.isEmpty()) {
                err.println("attache dictionaries check: no dictionaries given: a DIR or --verbs/--actors/--agents/--discards/--issues");
                return 2;
            }
            PetrarchDictionaries.Loaded l;
            try {
                l = PetrarchDictionaries.load(files, dictionaries.add, dictionaries.strict, options);
            } catch (DataFileException e) {
                err.println("attache dictionaries check: " + e.getMessage());
                e.problems().forEach(p -> err.println("  " + p));
                return 1;
            }
            if (!quiet) {
                configProblems.forEach(p -> out.println(p));
                l.problems().forEach(p -> out.println(p));
                l.warnings().forEach(p -> out.println(p));
            }
            out.printf("%-9s %-45s %9s %9s  %s%n", "kind", "file", "rejected", "warnings", "loaded");
            for (PetrarchDictionaries.FileReport r : l.files()) {
                out.printf("%-9s %-45s %9d %9d  %s%n", r.kind(), r.file().getFileName(), r.problems(), r.warnings(), r.loaded());
            }
            int rejected = l.problems().size() + configProblems.size();
            out.printf("total: %d line(s) rejected, %d warning(s); loaded in %d ms; dialect %s, require_dyad %s%n",
                    rejected, l.warnings().size(), l.millis(), options.dialect(), options.requireDyad());
            return rejected == 0 ? 0 : 1;
        }
    }
}
