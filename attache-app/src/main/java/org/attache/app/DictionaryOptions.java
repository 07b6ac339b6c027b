package org.attache.app;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.attache.petrarch.Dialect;
import org.attache.petrarch.PetrarchConfig;
import org.attache.petrarch.PetrarchDictionaries;
import org.attache.pipeline.Pipeline;
import picocli.CommandLine.Option;

/** The PETRARCH/TABARI dictionary flags shared by {@code code} and {@code eval}. */
final class DictionaryOptions {
    @Option(names = "--dictionaries", paramLabel = "DIR", description = "PETRARCH/TABARI dictionaries, sorted by file name (verb, actor/countr, agent, discard, issue).")
    Path dictionaries;

    @Option(names = "--verbs", paramLabel = "FILE", description = "PETRARCH-2 or TABARI verb dictionary (repeatable).")
    List<Path> verbs = new ArrayList<>();

    @Option(names = "--actors", paramLabel = "FILE", description = "PETRARCH actor dictionary (repeatable).")
    List<Path> actors = new ArrayList<>();

    @Option(names = "--agents", paramLabel = "FILE", description = "PETRARCH agent dictionary (repeatable).")
    List<Path> agents = new ArrayList<>();

    @Option(names = "--discards", paramLabel = "FILE", description = "Discard list (repeatable).")
    List<Path> discards = new ArrayList<>();

    @Option(names = "--issues", paramLabel = "FILE", description = "Issue dictionary (repeatable).")
    List<Path> issues = new ArrayList<>();

    @Option(names = "--add", description = "Add the given dictionaries to the built-in ones instead of replacing them.")
    boolean add;

    @Option(names = "--strict", description = "Stop at the first bad dictionary line instead of reporting it and going on.")
    boolean strict;

    @Option(names = "--dialect", paramLabel = "NAME", description = "How PETRARCH dictionaries are read and coded: petrarch2 (default), petrarch1 or ud-petrarch.")
    String dialect = "petrarch2";

    @Option(names = "--require-dyad", arity = "1", paramLabel = "true|false", description = "With PETRARCH dictionaries: drop events without both a source and a target (default: the directory's PETR_config.ini, else true).")
    Boolean requireDyad;

    @Option(names = "--warnings", description = "Also print every dictionary warning (lines loaded as PETRARCH reads them that deserve a look); by default only their count.")
    boolean warnings;

    /** The files the flags name: single-kind flags win over the directory's files of that kind. */
    PetrarchDictionaries.Files files() {
        return files(new java.util.ArrayList<>());
    }

    /** As {@link #files()}, with problems of the directory's PETR_config.ini added to {@code problems}. */
    PetrarchDictionaries.Files files(List<org.attache.util.DataProblem> problems) {
        PetrarchDictionaries.Files flags = new PetrarchDictionaries.Files(verbs, actors, agents, discards, issues);
        return dictionaries == null ? flags : flags.orElse(PetrarchDictionaries.inDirectory(dictionaries, problems));
    }

    /** The dialect and require_dyad: flags, else the directory's PETR_config.ini, else PETRARCH's defaults. */
    PetrarchDictionaries.Options options(List<org.attache.util.DataProblem> problems) {
        Dialect d = Dialect.of(dialect);
        boolean dyad = requireDyad != null ? requireDyad
                : dictionaries == null ? true
                : PetrarchConfig.find(dictionaries).map(c -> c.requireDyad(problems)).orElse(true);
        return new PetrarchDictionaries.Options(d, dyad);
    }

    boolean given() {
        return dictionaries != null || !files().isEmpty();
    }

    /** Loads the files (or the built-ins when there are none), reporting what was loaded on {@code err}. */
    Pipeline pipeline(PetrarchDictionaries.Files files, PrintStream err, String command) {
        if (files.isEmpty()) {
            Pipeline p = Pipeline.builtIn();
            p.problems().forEach(pr -> err.println("attache: data: " + pr));
            return p;
        }
        List<org.attache.util.DataProblem> configProblems = new java.util.ArrayList<>();
        PetrarchDictionaries.Options options = options(configProblems);
        configProblems.forEach(p -> err.println(command + ": " + p));
        PetrarchDictionaries.Loaded l = PetrarchDictionaries.load(files, add, strict, options);
        l.summary().forEach(s -> err.println(command + ": " + s));
        l.problems().forEach(p -> err.println(command + ": " + p));
        if (warnings) {
            l.warnings().forEach(p -> err.println(command + ": " + p));
        }
        err.printf("%s: dictionaries loaded in %d ms (%d line(s) rejected, %d warning(s)%s; dialect %s, require_dyad %s)%s%n",
                command, l.millis(), l.problems().size(), l.warnings().size(),
                warnings || l.warnings().isEmpty() ? "" : ": --warnings prints them", options.dialect(),
                options.requireDyad(), add ? ", added to the built-in ones" : "");
        return l.pipeline();
    }
}
