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

    /** The coding rules that go with the dictionaries: the dialect and {@code require_dyad}. */
    public record Options(Dialect dialect, boolean requireDyad) {
        /** PETRARCH-2 with {@code require_dyad} on, as {@code PETR_config.ini} ships. */
        public static Options defaults() {
            return new Options(Dialect.PETRARCH2, true);
        }
    }

    /** What one file gave: its kind, a summary of what loaded, and its rejected lines and warnings. */
    public record FileReport(String kind, Path file, String loaded, int problems, int warnings) {
    }

    /**
     * The assembled pipeline, what was loaded (one line per file), the problems found (lines
     * rejected) and the warnings (lines loaded as PETRARCH reads them that deserve a look).
     */
    public record Loaded(Pipeline pipeline, List<String> summary, List<DataProblem> problems, long millis,
                         List<DataProblem> warnings, List<FileReport> files) {
        public Loaded(Pipeline pipeline, List<String> summary, List<DataProblem> problems, long millis) {
            this(pipeline, summary, problems, millis, List.of(), List.of());
        }
    }

    private PetrarchDictionaries() {
    }

    /**
     * The dictionary files of a directory (those its {@code PETR_config.ini} names, if it has one),
     * else by name: "verb" or a name starting "cameo" → verbs, "agent" → agents,
     * "discard" → discards, "issue" → issues, "actor" or "countr" → actors (case-insensitive;
     * plain files only, sorted by name).
     */
    public static Files inDirectory(Path dir) {
        return inDirectory(dir, new ArrayList<>());
    }

    /**
     * The dictionary files of a directory: those its {@code PETR_config.ini} names, when it has one
     * (problems with it go to {@code problems}); else by name, as {@link #inDirectory(Path)} says
     * ("cameo" also means verbs).
     */
    public static Files inDirectory(Path dir, List<DataProblem> problems) {
        if (!java.nio.file.Files.isDirectory(dir)) {
            throw new DataFileException(dir + ": not a directory", List.of());
        }
        java.util.Optional<PetrarchConfig> config = PetrarchConfig.find(dir);
        if (config.isPresent()) {
            problems.addAll(config.get().problems());
            Files named = config.get().files(problems);
            if (!named.isEmpty()) {
                return named;
            }
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
                if (n.contains("verb") || n.startsWith("cameo")) {
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

    /** Loads the files and assembles the pipeline with the default options; strict stops at the first problem. */
    public static Loaded load(Files files, boolean add, boolean strict) {
        return load(files, add, strict, Options.defaults());
    }

    /**
     * Loads the files and assembles the pipeline; strict stops at the first problem. When a verb
     * dictionary is given (and not added to the built-in one), the built-in noun patterns are off,
     * as PETRARCH has none, and PETRARCH's code arithmetic ({@link CodeArithmetic}, with the
     * dictionary's transformation lines) combines governing and governed verbs instead of the
     * project's complement and modality tables; {@link PetrarchRules} apply PETRARCH's coding rules.
     */
    public static Loaded load(Files files, boolean add, boolean strict, Options options) {
        long t0 = System.nanoTime();
        ProblemLog log = new ProblemLog(strict);
        List<String> summary = new ArrayList<>();
        List<String[]> perFile = new ArrayList<>();
        CameoOntology ontology = CameoOntology.builtIn();
        Lexicon verbs;
        java.util.Map<String, String> pairs = java.util.Map.of();
        java.util.Set<String> passiveOnly = java.util.Set.of();
        CodeArithmetic arithmetic = null;
        if (files.verbs().isEmpty()) {
            verbs = LexiconLoader.builtInVerbs(ontology);
        } else {
            LexiconLoader l = add ? LexiconLoader.withBuiltInVerbs(ontology) : new LexiconLoader(ontology);
            PetrarchVerbLoader vl = new PetrarchVerbLoader(l, log);
            for (Path p : files.verbs()) {
                int before = vl.patterns();
                int tBefore = vl.transformations();
                int sBefore = vl.synsets();
                int vBefore = vl.verbs();
                int lBefore = vl.patternLines();
                vl.load(DictionaryLines.read(p));
                if (vl.patterns() == before) {
                    nothingLoaded(log, p, "verb pattern", add ? null : "verbs");
                }
                String loaded = String.format("%d synonym sets, %d verbs, %d pattern lines (%d patterns, one per verb), "
                        + "%d transformation lines", vl.synsets() - sBefore, vl.verbs() - vBefore,
                        vl.patternLines() - lBefore, vl.patterns() - before, vl.transformations() - tBefore);
                summary.add("verbs " + p + ": " + loaded);
                perFile.add(new String[] {"verbs", p.toString(), loaded});
            }
            verbs = l.build();
            pairs = vl.pairedCodes();
            passiveOnly = vl.passiveOnly();
            if (!add) {
                arithmetic = CodeArithmetic.builtIn().withTransformations(vl.transformationList());
            }
            ontology = ontology.withCodes(vl.extraCodes(), "PETRARCH verb dictionary");
            // pattern problems found by the lexicon itself count too
            // (once per line: a pattern line of a block with several verbs gives several patterns)
            new java.util.LinkedHashSet<>(verbs.problems()).forEach(log::add);
            log.endOfFile();
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
            int nBefore = al.names();
            int dBefore = al.datedRows();
            al.load(DictionaryLines.read(p));
            if (al.actors() == before) {
                nothingLoaded(log, p, "actor", add ? null : "actors");
            }
            String loaded = String.format("%d actors, %d names, %d dated roles", al.actors() - before,
                    al.names() - nBefore, al.datedRows() - dBefore);
            summary.add("actors " + p + ": " + loaded);
            perFile.add(new String[] {"actors", p.toString(), loaded});
        }
        PetrarchAgentLoader gl = new PetrarchAgentLoader(ab, log);
        for (Path p : files.agents()) {
            int before = gl.agents();
            gl.load(DictionaryLines.read(p));
            if (gl.agents() == before) {
                nothingLoaded(log, p, "agent", add ? null : "agents");
            }
            String loaded = String.format("%d agents", gl.agents() - before);
            summary.add("agents " + p + ": " + loaded);
            perFile.add(new String[] {"agents", p.toString(), loaded});
        }
        DiscardList discards = DiscardList.empty();
        for (Path p : files.discards()) {
            DiscardList d = DiscardList.load(DictionaryLines.read(p), log);
            if (d.size() == 0) {
                nothingLoaded(log, p, "discard phrase", null);
            }
            String loaded = String.format("%d phrases", d.size());
            summary.add("discards " + p + ": " + loaded);
            perFile.add(new String[] {"discards", p.toString(), loaded});
            discards = discards.plus(d);
        }
        IssueDictionary issues = IssueDictionary.empty();
        for (Path p : files.issues()) {
            IssueDictionary d = IssueDictionary.load(DictionaryLines.read(p), log);
            if (d.phrases() == 0) {
                nothingLoaded(log, p, "issue phrase", null);
            }
            String loaded = String.format("%d phrases", d.phrases());
            summary.add("issues " + p + ": " + loaded);
            perFile.add(new String[] {"issues", p.toString(), loaded});
            issues = issues.plus(d);
        }
        ActorDictionary actors = ab.build();
        boolean nouns = files.verbs().isEmpty() || add;
        PetrarchRules rules = new PetrarchRules(options.dialect(), options.requireDyad(), passiveOnly, pairs, ontology)
                .withArithmetic(arithmetic);
        Pipeline pipeline = new Pipeline(ontology, actors, verbs,
                nouns ? LexiconLoader.builtInNouns(ontology) : new LexiconLoader(ontology).build(),
                ComplementTable.builtIn(ontology), Modality.builtIn()).withDiscardsAndIssues(discards, issues)
                .withPairedCodes(options.dialect() == Dialect.UD_PETRARCH ? pairs : java.util.Map.of())
                .withRules(rules);
        if (arithmetic != null) {
            // PETRARCH's verb-combination arithmetic and transformations replace the project's
            // complement and modality tables
            pipeline = pipeline.withCodeCombination(arithmetic);
        }
        List<DataProblem> problems = log.problems();
        List<DataProblem> warnings = log.warnings();
        List<FileReport> reports = new ArrayList<>();
        for (String[] f : perFile) {
            reports.add(new FileReport(f[0], Path.of(f[1]), f[2],
                    (int) problems.stream().filter(pr -> pr.file().equals(f[1])).count(),
                    (int) warnings.stream().filter(pr -> pr.file().equals(f[1])).count()));
        }
        return new Loaded(pipeline, List.copyOf(summary), problems, (System.nanoTime() - t0) / 1_000_000, warnings,
                List.copyOf(reports));
    }

    /**
     * A dictionary file that gave nothing (empty, or every line rejected) is a problem of its own:
     * when it replaces a built-in dictionary ({@code replaces} names it), the run would otherwise
     * go on silently with none. Strict mode stops at it.
     */
    private static void nothingLoaded(ProblemLog log, Path p, String what, String replaces) {
        String message = "no " + what + " loaded from this file (empty, or every line rejected)"
                + (replaces == null ? "" : ": it replaces the built-in " + replaces + ", so none are left; "
                + "check the file and its format, or give --add to keep the built-in " + replaces);
        log.add(new DataProblem(p.toString(), 1, message));
        log.endOfFile();
    }
}
