package org.attache.petrarch;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import org.attache.eval.RecordScorer;
import org.attache.eval.RecordScorer.Triple;
import org.attache.model.Article;
import org.attache.model.Document;
import org.attache.model.Event;
import org.attache.nlp.NlpEngine;
import org.attache.nlp.TreebankConverter;
import org.attache.nlp.conllu.ConlluReader;
import org.attache.petrarch.ValidationFile.Expected;
import org.attache.pipeline.Pipeline;
import org.attache.util.DataProblem;

/**
 * Codes the records of a validation file and turns them into {@link RecordScorer.Record}s. A
 * record's {@code <Parse>} (CoNLL-U, or Penn Treebank through the converter) is used instead of
 * the NLP engine; the engine is only created when a record has no parse. Options ({@code <Config>}):
 * {@code require_dyad} (true, PETRARCH's default: events without both a source and a target are
 * dropped), {@code new_actor_length} (see {@link PetrarchRules#withNewActorLength}), the
 * {@code comma_*} options ({@link CommaClauses}: applied when the file sets one), and
 * {@code stop_on_error} (read; a bad record never stops the run); other options are reported once
 * as not supported. A {@code <PICOfile>} in the environment replaces the table of PETRARCH's code
 * arithmetic ({@link CodeArithmetic}).
 */
public final class ValidationRunner {
    private static final Set<String> SUPPORTED = Set.of("require_dyad", "new_actor_length", "stop_on_error", "comma_min",
            "comma_max", "comma_bmin", "comma_bmax", "comma_emin", "comma_emax");

    private final Pipeline pipeline;
    private final Supplier<NlpEngine> engine;
    private final TreebankConverter treebank;
    private NlpEngine engineInstance;

    /** {@code engine} and {@code treebank} may be null when every record has a CoNLL-U parse. */
    public ValidationRunner(Pipeline pipeline, Supplier<NlpEngine> engine, TreebankConverter treebank) {
        this.pipeline = pipeline;
        this.engine = engine;
        this.treebank = treebank;
    }

    /** The scored records, in file order; problems (bad parses, unsupported options) go to {@code problems}. */
    public List<RecordScorer.Record> run(ValidationFile vf, List<DataProblem> problems) {
        List<RecordScorer.Record> out = new ArrayList<>();
        Set<String> warned = new LinkedHashSet<>();
        Pipeline base = withPicoFile(vf, problems);
        for (ValidationFile.Record r : vf.records()) {
            for (String opt : r.options().keySet()) {
                if (!SUPPORTED.contains(opt) && warned.add(opt)) {
                    problems.add(new DataProblem(vf.name(), r.line(), "option '" + opt + "' is not supported by Attaché: ignored"));
                }
            }
            boolean evaluated = r.evaluate()
                    && (vf.include().isEmpty() || vf.include().contains(r.category().toLowerCase(Locale.ROOT)));
            List<Triple> expected = new ArrayList<>();
            for (Expected e : r.expected()) {
                expected.add(new Triple(e.source(), e.target(), e.code()));
            }
            List<Triple> coded = new ArrayList<>();
            Document doc = document(vf, r, problems);
            if (doc != null) {
                // PETRARCH's default is true (PETR_config.ini); a <Config> changes it for the records after it
                boolean dyad = !"false".equalsIgnoreCase(r.options().getOrDefault("require_dyad", "true").strip());
                int newActors = newActorLength(vf, r, problems, warned);
                Pipeline p = base.rules() instanceof PetrarchRules pr
                        ? base.withRules(pr.withRequireDyad(dyad).withNewActorLength(newActors)) : base;
                if (CommaClauses.OPTIONS.stream().anyMatch(r.options()::containsKey)) {
                    List<DataProblem> commaProblems = new ArrayList<>();
                    doc = CommaClauses.of(r.options(), CommaClauses.off(), vf.name(), r.line(), commaProblems).apply(doc);
                    commaProblems.stream().filter(cp -> warned.add(cp.message())).forEach(problems::add);
                }
                for (Event e : p.code(doc)) {
                    if (dyad && e.target() == null) {
                        continue;
                    }
                    Triple t = Triple.of(e);
                    if (!coded.contains(t)) {
                        coded.add(t);
                    }
                }
            }
            out.add(new RecordScorer.Record(r.id(), r.seq(), r.category(), evaluated, expected,
                    r.noevents() || r.error() != null, coded));
        }
        return out;
    }

    /** {@code new_actor_length} in force at the record (0 when unset; a bad value is reported once and 0 holds). */
    private static int newActorLength(ValidationFile vf, ValidationFile.Record r, List<DataProblem> problems, Set<String> warned) {
        String v = r.options().get("new_actor_length");
        if (v == null) {
            return 0;
        }
        try {
            return Math.max(0, Integer.parseInt(v.strip()));
        } catch (NumberFormatException e) {
            if (warned.add("new_actor_length=" + v)) {
                problems.add(new DataProblem(vf.name(), r.line(), "new_actor_length must be a whole number, got '" + v + "': 0 used"));
            }
            return 0;
        }
    }

    /**
     * The pipeline with the code table a {@code <PICOfile>} names (resolved against the validation
     * file's folder), when PETRARCH's arithmetic is in use; a missing or unusable file is reported
     * and the built-in table holds.
     */
    private Pipeline withPicoFile(ValidationFile vf, List<DataProblem> problems) {
        for (var e : vf.environment().entrySet()) {
            if (!e.getKey().equalsIgnoreCase("PICOfile")) {
                continue;
            }
            for (ValidationFile.ValueAt v : e.getValue()) {
                java.nio.file.Path dir = java.nio.file.Path.of(vf.name()).toAbsolutePath().getParent();
                java.nio.file.Path file = dir == null ? java.nio.file.Path.of(v.value()) : dir.resolve(v.value());
                if (!java.nio.file.Files.isRegularFile(file)) {
                    problems.add(new DataProblem(vf.name(), v.line(), "<PICOfile> names " + file
                            + ", which does not exist: the built-in code table is used"));
                    continue;
                }
                if (!(pipeline.rules() instanceof PetrarchRules pr) || pr.arithmetic() == null) {
                    problems.add(new DataProblem(vf.name(), v.line(), "<PICOfile> is used only with a PETRARCH verb "
                            + "dictionary (not added to the built-in verbs): ignored"));
                    continue;
                }
                CodeArithmetic table = CodeArithmetic.load(file);
                problems.addAll(table.problems());
                CodeArithmetic a = pr.arithmetic().withTable(table);
                return pipeline.withRules(pr.withArithmetic(a)).withCodeCombination(a);
            }
        }
        return pipeline;
    }

    private Document document(ValidationFile vf, ValidationFile.Record r, List<DataProblem> problems) {
        LocalDate date = r.date() != null ? r.date() : LocalDate.now();
        Article article = new Article(r.id(), date, "", "", "", r.text());
        String parse = r.parse();
        if (parse == null || parse.isBlank()) {
            if (r.text().isBlank()) {
                return null;
            }
            if (engine == null) {
                problems.add(new DataProblem(vf.name(), r.line(), "record '" + r.id() + "' has no <Parse> and no NLP engine is available"));
                return null;
            }
            if (engineInstance == null) {
                engineInstance = engine.get();
            }
            return engineInstance.annotate(article);
        }
        if (looksLikeConllu(parse)) {
            ConlluReader.Result cr = new ConlluReader(date).read(vf.name(), parse, r.id(), r.parseLine());
            problems.addAll(cr.problems());
            if (cr.documents().isEmpty()) {
                return null;
            }
            List<org.attache.model.Sentence> sentences = new ArrayList<>();
            StringBuilder text = new StringBuilder();
            for (Document d : cr.documents()) {
                // several "# newdoc" in one parse: one article, offsets shifted
                int shift = text.length() == 0 ? 0 : text.length() + 1;
                if (text.length() > 0) {
                    text.append(' ');
                }
                text.append(d.article().text());
                for (org.attache.model.Sentence s : d.sentences()) {
                    sentences.add(shift == 0 ? new org.attache.model.Sentence(sentences.size(), s.text(), s.begin(), s.end(), s.tokens())
                            : shifted(s, shift, sentences.size()));
                }
            }
            return new Document(new Article(r.id(), date, "", "", "", text.toString()), sentences);
        }
        if (treebank == null) {
            problems.add(new DataProblem(vf.name(), r.parseLine() + 1, "record '" + r.id()
                    + "': a Penn Treebank parse needs the CoreNLP converter, which is not available here"));
            return null;
        }
        try {
            return treebank.convert(article, parse);
        } catch (IllegalArgumentException e) {
            problems.add(new DataProblem(vf.name(), r.parseLine() + 1, "record '" + r.id() + "': bad Penn Treebank parse: " + e.getMessage()));
            return null;
        }
    }

    private static org.attache.model.Sentence shifted(org.attache.model.Sentence s, int by, int index) {
        List<org.attache.model.Token> ts = new ArrayList<>();
        for (org.attache.model.Token t : s.tokens()) {
            ts.add(new org.attache.model.Token(t.index(), t.word(), t.lemma(), t.pos(), t.ner(), t.begin() + by, t.end() + by,
                    t.head(), t.rel()));
        }
        return new org.attache.model.Sentence(index, s.text(), s.begin() + by, s.end() + by, ts);
    }

    /** CoNLL-U has tab-separated token lines starting with a number; a treebank parse starts with '('. */
    static boolean looksLikeConllu(String parse) {
        for (String line : parse.split("\r?\n")) {
            String t = line.strip();
            if (t.isEmpty() || t.startsWith("#")) {
                continue;
            }
            return t.matches("\\d+(?:[-.]\\d+)?\\s.*");
        }
        return false;
    }
}
