package org.attache.app;

import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.attache.eval.ContextScorer;
import org.attache.eval.GoldEvent;
import org.attache.eval.GoldStandard;
import org.attache.eval.SampleCorpus;
import org.attache.eval.RecordScorer;
import org.attache.eval.Scorer;
import org.attache.nlp.corenlp.CoreNlpTreebankConverter;
import org.attache.petrarch.PetrarchDictionaries;
import org.attache.petrarch.ValidationFile;
import org.attache.petrarch.ValidationReader;
import org.attache.petrarch.ValidationRunner;
import org.attache.util.DataFileException;
import org.attache.util.DataProblem;
import org.attache.io.ArticleReader;
import org.attache.io.InputProblem;
import org.attache.model.Article;
import org.attache.model.Event;
import org.attache.nlp.corenlp.CoreNlpEngine;
import org.attache.pipeline.ArticleResult;
import org.attache.pipeline.CorpusRunner;
import org.attache.pipeline.Pipeline;
import org.attache.util.TsvReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "eval", description = "Score the coder on PETRARCH-format validation records (FILE.xml), or on a corpus with gold events (default: the bundled sample corpus).")
final class EvalCommand extends CliCommand implements Callable<Integer> {
    @Parameters(arity = "0..1", paramLabel = "FILE.xml", description = "Validation records in the PETRARCH XML format.")
    Path validation;

    @Option(names = "--records", paramLabel = "OUT.jsonl", description = "Write one JSON line per record (expected and coded events).")
    Path recordsOut;

    @Option(names = "--report", paramLabel = "OUT.json", description = "Write the scores (overall and per category) as JSON.")
    Path reportOut;

    @picocli.CommandLine.Mixin
    DictionaryOptions dictionaries = new DictionaryOptions();

    @Option(names = "--corpus", paramLabel = "FILE.jsonl", description = "Articles as JSON Lines.")
    Path corpus;

    @Option(names = "--gold", paramLabel = "FILE.tsv", description = "Gold events (article_id source target code status date trigger fragment).")
    Path gold;

    @Option(names = "--errors", description = "List missed and extra events.")
    boolean errors;

    @Option(names = "--threads", defaultValue = "0", description = "Worker threads (default: all cores).")
    int threads;

    @Option(names = "--pentaclass", paramLabel = "FILE.tsv", description = "Score the first event of each labelled sentence (SENTENCE<TAB>LABEL 0-4) by PentaClass: accuracy, coverage, confusion table.")
    Path pentaclass;

    @Option(names = "--spans", paramLabel = "FILE.txt", description = "Score source and target spans of each sentence's first event against BIO-tagged sentences (TOKEN TAG lines, blank line between sentences).")
    Path spans;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "Publication date for --pentaclass and --spans sentences (default: today).")
    String date;

    @Option(names = "--corenlp", paramLabel = "KEY=VALUE", description = "A CoreNLP property to change for --pentaclass and --spans (repeatable), e.g. pos.model=… to measure another tagger's accuracy.")
    java.util.Map<String, String> corenlp = new java.util.LinkedHashMap<>();

    @Option(names = "--context", description = "Score the bundled context corpus: actors, status, dates and places read from whole articles.")
    boolean context;

    @Override
    public Integer call() throws IOException {
        if (context) {
            return scoreContext();
        }
        if (pentaclass != null || spans != null) {
            return labelled();
        }
        if (validation != null) {
            if (corpus != null || gold != null) {
                err.println("attache eval: give FILE.xml or --corpus/--gold, not both");
                return 2;
            }
            return validationFile();
        }
        if ((corpus == null) != (gold == null)) {
            err.println("attache eval: give both --corpus and --gold, or neither for the sample corpus");
            return 2;
        }
        List<Article> articles;
        GoldStandard gs;
        if (corpus == null) {
            articles = SampleCorpus.articles();
            gs = GoldStandard.sample();
        } else {
            List<InputProblem> problems = new ArrayList<>();
            articles = new ArticleReader(LocalDate.now(), problems::add).read(List.of(corpus));
            problems.forEach(p -> err.println("attache eval: " + p));
            try (InputStream in = new FileInputStream(gold.toFile())) {
                gs = GoldStandard.load(TsvReader.read(gold.toString(), in));
            }
        }
        gs.problems().forEach(p -> err.println("attache eval: " + p));
        Pipeline pipeline = pipeline();
        if (pipeline == null) {
            return 1;
        }
        int n = threadCount();
        err.println("attache eval: coding " + articles.size() + " articles (loading CoreNLP models)…");
        List<ArticleResult> results = new CorpusRunner(pipeline, CoreNlpEngine.factory(), n).runAll(articles);
        Scorer.Report report = score(results, gs);
        out.print(report.table());
        if (errors) {
            out.println("missed:");
            for (GoldEvent g : report.missed()) {
                out.printf("  %s %s %s %s %s  | %s%n", g.articleId(), g.source(), g.code(),
                        g.target() == null ? "-" : g.target(), g.status().label(), g.fragment());
            }
            out.println("extra:");
            for (Event e : report.extra()) {
                out.printf("  %s %s %s %s %s  | %s [%s]%n", e.articleId(), e.source().code().code(), e.code(),
                        e.target() == null ? "-" : e.target().code().code(), e.status().label(), e.sentence(), e.trigger().text());
            }
        }
        // the same record scorer as for validation files: one record per article
        Map<String, List<Event>> byArticle = new LinkedHashMap<>();
        List<String> ids = new ArrayList<>();
        for (ArticleResult r : results) {
            ids.add(r.article().id());
            byArticle.put(r.article().id(), r.events());
        }
        List<RecordScorer.Record> records = RecordScorer.fromGold(ids, byArticle, gs.events());
        RecordScorer.Report rr = new RecordScorer().score(records);
        out.println();
        out.println("records (articles) exactly right:");
        out.print(rr.table());
        write(records, rr);
        return 0;
    }

    private int labelled() throws IOException {
        Path file = pentaclass != null ? pentaclass : spans;
        if (pentaclass != null && spans != null || validation != null || corpus != null || gold != null) {
            err.println("attache eval: give one of --pentaclass, --spans, FILE.xml or --corpus/--gold");
            return 2;
        }
        if (!Files.isRegularFile(file)) {
            err.println("attache eval: " + file + ": no such file");
            return 2;
        }
        java.util.Optional<LocalDate> d = publicationDate("eval", date);
        if (d.isEmpty()) {
            return 2;
        }
        Pipeline pipeline = pipeline();
        if (pipeline == null) {
            return 1;
        }
        int n = threadCount();
        java.util.Properties props = CoreNlpEngine.defaultProperties();
        corenlp.forEach(props::setProperty);
        LabelledEval le = new LabelledEval(pipeline, CoreNlpEngine.factory(props, CoreNlpEngine.Limits.DEFAULT), n, d.get(), out, err);
        return pentaclass != null ? le.pentaClass(file, errors) : le.spans(file, errors);
    }

    private int scoreContext() {
        List<Article> articles = SampleCorpus.articles(ContextScorer.SAMPLE_CORPUS);
        int n = threadCount();
        Coded c = Coded.of(new CorpusRunner(Pipeline.builtIn(), CoreNlpEngine.factory(), n).runAll(articles));
        out.print(new ContextScorer().score(c.events(), ContextScorer.sample(), c.articleIds()).table());
        return 0;
    }

    /** The pipeline of the given dictionaries, or null after saying why it could not be built. */
    private Pipeline pipeline() {
        try {
            return dictionaries.pipeline(dictionaries.files(), err, "attache eval");
        } catch (DataFileException e) {
            err.println("attache eval: " + e.getMessage());
            return null;
        }
    }

    /** {@code --threads}, or one thread per processor. */
    private int threadCount() {
        return threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
    }

    /** The events of coded articles and the ids of the articles that were coded, as the scorers take them. */
    private record Coded(List<Event> events, Set<String> articleIds) {
        static Coded of(List<ArticleResult> results) {
            List<Event> events = new ArrayList<>();
            Set<String> ids = new HashSet<>();
            for (ArticleResult r : results) {
                events.addAll(r.events());
                ids.add(r.article().id());
            }
            return new Coded(events, ids);
        }
    }

    /** Scores a PETRARCH-format validation file. */
    private int validationFile() throws IOException {
        if (!Files.isRegularFile(validation)) {
            err.println("attache eval: " + validation + ": no such file");
            return 2;
        }
        ValidationFile vf = ValidationReader.read(validation);
        List<DataProblem> problems = new ArrayList<>(vf.problems());
        Path dir = validation.toAbsolutePath().getParent();
        PetrarchDictionaries.Files files;
        Pipeline pipeline;
        try {
            // flags win; otherwise the <Environment>'s files, relative to the XML file
            files = dictionaries.given() ? dictionaries.files()
                    : PetrarchDictionaries.fromEnvironment(vf, dir, problems);
            problems.forEach(p -> err.println("attache eval: " + p));
            problems.clear();
            pipeline = dictionaries.pipeline(files, err, "attache eval");
        } catch (DataFileException e) {
            err.println("attache eval: " + e.getMessage());
            return 1;
        }
        long withoutParse = vf.records().stream().filter(r -> r.parse() == null || r.parse().isBlank()).count();
        err.printf("attache eval: %d record(s), %d without a parse%s%n", vf.records().size(), withoutParse,
                withoutParse > 0 ? " (loading CoreNLP models for them)" : "");
        long t0 = System.nanoTime();
        List<RecordScorer.Record> records = new ValidationRunner(pipeline, CoreNlpEngine::new,
                new CoreNlpTreebankConverter()).run(vf, problems);
        problems.forEach(p -> err.println("attache eval: " + p));
        RecordScorer.Report report = new RecordScorer().score(records);
        out.print(report.table());
        if (errors) {
            for (RecordScorer.Record r : records) {
                if (!r.evaluated() || r.exact()) {
                    continue;
                }
                List<RecordScorer.Triple> missed = new ArrayList<>(r.expected());
                missed.removeAll(r.coded());
                List<RecordScorer.Triple> extra = new ArrayList<>(r.coded());
                extra.removeAll(r.expected());
                out.printf("%s (#%d, %s): missed %s, extra %s%n", r.id(), r.seq(), r.category(), show(missed), show(extra));
            }
        }
        err.printf("attache eval: coded in %d ms%n", (System.nanoTime() - t0) / 1_000_000);
        write(records, report);
        return 0;
    }

    private static String show(List<RecordScorer.Triple> ts) {
        if (ts.isEmpty()) {
            return "-";
        }
        StringBuilder sb = new StringBuilder();
        for (RecordScorer.Triple t : ts) {
            sb.append(sb.length() == 0 ? "" : ", ").append(t.source()).append(' ').append(t.code()).append(' ')
                    .append(t.target() == null ? "-" : t.target());
        }
        return sb.toString();
    }

    private void write(List<RecordScorer.Record> records, RecordScorer.Report report) throws IOException {
        if (recordsOut != null) {
            try (var w = Files.newBufferedWriter(recordsOut, StandardCharsets.UTF_8)) {
                for (RecordScorer.Record r : records) {
                    w.write(r.jsonLine());
                    w.write('\n');
                }
            }
            err.println("attache eval: wrote " + records.size() + " record(s) to " + recordsOut);
        }
        if (reportOut != null) {
            Files.writeString(reportOut, report.json() + "\n", StandardCharsets.UTF_8);
            err.println("attache eval: wrote the report to " + reportOut);
        }
    }

    static Scorer.Report score(List<ArticleResult> results, GoldStandard gs) {
        Coded c = Coded.of(results);
        return new Scorer().score(c.events(), gs.events(), c.articleIds());
    }
}
