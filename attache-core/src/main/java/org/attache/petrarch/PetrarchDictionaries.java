package org.attache.petrarch;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.attache.actors.ActorDictionary;
import org.attache.actors.ActorDictionaryLoader;
import org.attache.coding.ComplementTable;
import org.attache.coding.Lexicon;
import org.attache.coding.LexiconLoader;
import org.attache.coding.Modality;
import org.attache.ontology.CameoOntology;
import org.attache.pipeline.Pipeline;
import org.attache.util.DataFileException;
import org.attache.util.DataProblem;

/**
 * Builds a {@link Pipeline} from PETRARCH/TABARI dictionary files. A kind of dictionary that is
 * given replaces the built-in one of that kind (or adds to it with {@code add}); a kind that is
 * not given keeps the built-in one. Nouns are always the built-in noun patterns (the formats
 * have none).
 */
public final class PetrarchDictionaries {
    /** The files of each kind (each list may be empty). */
    public record Files(List<Path> verbs, List<Path> actors, List<Path> agents, List<Path> discards, List<Path> issues) {
        public Files {
            verbs = List.copyOf(verbs);
            actors = List.copyOf(actors);
            agents = List.copyOf(agents);
            discards = List.copyOf(discards);
            issues = List.copyOf(issues);
        }

        public static Files none() {
            return new Files(List.of(), List.of(), List.of(), List.of(), List.of());
        }

        public boolean isEmpty() {
            return verbs.isEmpty() && actors.isEmpty() && agents.isEmpty() && discards.isEmpty() && issues.isEmpty();
        }

        /** These files, with any kind left empty here taken from {@code other}. */
        public Files orElse(Files other) {
            return new Files(verbs.isEmpty() ? other.verbs : verbs, actors.isEmpty() ? other.actors : actors,
                    agents.isEmpty() ? other.agents : agents, discards.isEmpty() ? other.discards : discards,
                    issues.isEmpty() ? other.issues : issues);
        }
    }

    /** The assembled pipeline, what was loaded (one line per file) and the problems found. */
    public record Loaded(Pipeline pipeline, List<String> summary, List<DataProblem> problems, long millis) {
    }

    private PetrarchDictionaries() {
    }

    /**
     * The dictionary files of a directory, by name: "verb" → verbs, "agent" → agents,
     * "discard" → discards, "issue" → issues, "actor" or "countr" → actors (case-insensitive;
     * plain files only, sorted by name).
     */
    public static Files inDirectory(Path dir) {
        if (!java.nio.file.Files.isDirectory(dir)) {
            throw new DataFileException(dir + ": not a directory", List.of());
        }
        List<Path> verbs = new ArrayList<>();
        List<Path> actors = new ArrayList<>();
        List<Path> agents = new ArrayList<>();
        List<Path> discards = new ArrayList<>();
        List<Path> issues = new ArrayList<>();
        try (Stream<Path> s = java.nio.file.Files.list(dir)) {
            for (Path p : s.sorted().toList()) {
                if (!java.nio.file.Files.isRegularFile(p)) {
                    continue;
                }
                String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
                if (n.contains("verb")) {
                    verbs.add(p);
                } else if (n.contains("agent")) {
                    agents.add(p);
                } else if (n.contains("discard")) {
                    discards.add(p);
                } else if (n.contains("issue")) {
                    issues.add(p);
                } else if (n.contains("actor") || n.contains("countr")) {
                    actors.add(p);
                }
            }
        } catch (IOException e) {
            throw new DataFileException(dir + ": cannot list: " + e.getMessage(), List.of());
        }
        if (verbs.isEmpty() && actors.isEmpty() && agents.isEmpty() && discards.isEmpty() && issues.isEmpty()) {
            throw new DataFileException(dir + ": no dictionary files (names containing verb, actor, agent, discard or issue)", List.of());
        }
        return new Files(verbs, actors, agents, discards, issues);
    }

    /**
     * The dictionary files a validation file's {@code <Environment>} names ({@code Verbfile},
     * {@code Actorfile}, {@code Agentfile}, {@code Discardfile}, {@code Issuefile}), resolved
     * against {@code dir}; a missing file is reported at its line in the validation file and left out.
     */
    public static Files fromEnvironment(ValidationFile vf, Path dir, List<DataProblem> problems) {
        return new Files(env(vf, "Verbfile", dir, problems), env(vf, "Actorfile", dir, problems),
                env(vf, "Agentfile", dir, problems), env(vf, "Discardfile", dir, problems),
                env(vf, "Issuefile", dir, problems));
    }

    private static List<Path> env(ValidationFile vf, String key, Path dir, List<DataProblem> problems) {
        List<Path> out = new ArrayList<>();
        for (ValidationFile.ValueAt v : vf.environment().getOrDefault(key, List.of())) {
            Path p = dir.resolve(v.value());
            if (java.nio.file.Files.isRegularFile(p)) {
                out.add(p);
            } else {
                problems.add(new DataProblem(vf.name(), v.line(), "<" + key + "> names " + p + ", which does not exist: not loaded"));
            }
        }
        return out;
    }

    /** Loads the files and assembles the pipeline; strict stops at the first problem. */
    public static Loaded load(Files files, boolean add, boolean strict) {
        long t0 = System.nanoTime();
        ProblemLog log = new ProblemLog(strict);
        List<String> summary = new ArrayList<>();
        CameoOntology ontology = CameoOntology.builtIn();
        Lexicon verbs;
        java.util.Map<String, String> pairs = java.util.Map.of();
        if (files.verbs().isEmpty()) {
            verbs = LexiconLoader.builtInVerbs(ontology);
        } else {
            LexiconLoader l = add ? LexiconLoader.withBuiltInVerbs(ontology) : new LexiconLoader(ontology);
            PetrarchVerbLoader vl = new PetrarchVerbLoader(l, log);
            for (Path p : files.verbs()) {
                int before = vl.patterns();
                int tBefore = vl.transformations();
                vl.load(DictionaryLines.read(p));
                summary.add(String.format("verbs %s: %d patterns, %d transformation lines skipped", p,
                        vl.patterns() - before, vl.transformations() - tBefore));
            }
            verbs = l.build();
            pairs = vl.pairedCodes();
            // pattern problems found by the lexicon itself (unknown CAMEO codes) count too
            // (once per line: a pattern line of a block with several verbs gives several patterns)
            new java.util.LinkedHashSet<>(verbs.problems()).forEach(log::add);
        }
        ActorDictionary.Builder ab = new ActorDictionary.Builder();
        if (files.actors().isEmpty() || add) {
            ActorDictionaryLoader.addBuiltInActors(ab);
        }
        if (files.agents().isEmpty() || add) {
            ActorDictionaryLoader.addBuiltInAgents(ab);
        }
        PetrarchActorLoader al = new PetrarchActorLoader(ab, log);
        for (Path p : files.actors()) {
            int before = al.actors();
            al.load(DictionaryLines.read(p));
            summary.add(String.format("actors %s: %d actors", p, al.actors() - before));
        }
        PetrarchAgentLoader gl = new PetrarchAgentLoader(ab, log);
        for (Path p : files.agents()) {
            int before = gl.agents();
            gl.load(DictionaryLines.read(p));
            summary.add(String.format("agents %s: %d agents", p, gl.agents() - before));
        }
        DiscardList discards = DiscardList.empty();
        for (Path p : files.discards()) {
            DiscardList d = DiscardList.load(DictionaryLines.read(p), log);
            summary.add(String.format("discards %s: %d phrases", p, d.size()));
            discards = discards.plus(d);
        }
        IssueDictionary issues = IssueDictionary.empty();
        for (Path p : files.issues()) {
            IssueDictionary d = IssueDictionary.load(DictionaryLines.read(p), log);
            summary.add(String.format("issues %s: %d phrases", p, d.phrases()));
            issues = issues.plus(d);
        }
        ActorDictionary actors = ab.build();
        Pipeline pipeline = new Pipeline(ontology, actors, verbs, LexiconLoader.builtInNouns(ontology),
                ComplementTable.builtIn(ontology), Modality.builtIn()).withDiscardsAndIssues(discards, issues)
                .withPairedCodes(pairs);
        return new Loaded(pipeline, List.copyOf(summary), log.problems(), (System.nanoTime() - t0) / 1_000_000);
    }
}
