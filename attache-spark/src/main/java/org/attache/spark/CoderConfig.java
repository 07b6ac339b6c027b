package org.attache.spark;

import java.io.Serializable;
import java.nio.file.Path;
import org.attache.petrarch.PetrarchDictionaries;
import org.attache.pipeline.Pipeline;

/**
 * What an executor needs to build its coder: the dictionary directory (null: the built-in
 * dictionaries). Small and serializable: it travels with every task, the models never do.
 * The directory must be readable at the same path on every executor (a shared file system,
 * or the same path on each node).
 */
public record CoderConfig(String dictionaries) implements Serializable {
    public static CoderConfig builtIn() {
        return new CoderConfig(null);
    }

    /** Builds the coding stages (not CoreNLP): the built-ins, or the PETRARCH/TABARI dictionaries of the directory. */
    public Pipeline pipeline() {
        if (dictionaries == null) {
            return Pipeline.builtIn();
        }
        return PetrarchDictionaries.load(PetrarchDictionaries.inDirectory(Path.of(dictionaries)), false, false).pipeline();
    }
}
