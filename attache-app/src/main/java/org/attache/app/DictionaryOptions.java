package org.attache.app;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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

    /** The files the flags name: single-kind flags win over the directory's files of that kind. */
    PetrarchDictionaries.Files files() {
        PetrarchDictionaries.Files flags = new PetrarchDictionaries.Files(verbs, actors, agents, discards, issues);
        return dictionaries == null ? flags : flags.orElse(PetrarchDictionaries.inDirectory(dictionaries));
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
        PetrarchDictionaries.Loaded l = PetrarchDictionaries.load(files, add, strict);
        l.summary().forEach(s -> err.println(command + ": " + s));
        l.problems().forEach(p -> err.println(command + ": " + p));
        err.printf("%s: dictionaries loaded in %d ms (%d problem(s))%s%n", command, l.millis(), l.problems().size(),
                add ? ", added to the built-in ones" : "");
        return l.pipeline();
    }
}
