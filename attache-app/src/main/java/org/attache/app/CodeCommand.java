package org.attache.app;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.attache.io.ArticleReader;
import org.attache.io.InputProblem;
import org.attache.model.Article;
import org.attache.model.SourcingProfile;
import org.attache.nlp.corenlp.CoreNlpEngine;
import org.attache.pipeline.CorpusRunner;
import org.attache.pipeline.Pipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "code", description = "Code articles (plain text or JSON Lines files, directories, or - for stdin) and print their events, "
        + "each with its attribution; with --format jsonl each article ends with a {\"article_id\", \"sourcing\"} line.")
final class CodeCommand implements Callable<Integer>, Main.Streams {
    @Parameters(arity = "1..*", paramLabel = "FILE|DIR|-", description = "Inputs: .txt articles, .jsonl articles, directories (recursive), or - for standard input.")
    List<String> inputs;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "Publication date for plain-text articles (and JSON lines without one). Default: today.")
    String date;

    @Option(names = "--format", defaultValue = "jsonl", description = "Output: jsonl (events, then the article's sourcing line), tsv or table (events; a sourcing summary on stderr) (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--threads", defaultValue = "0", description = "Worker threads (default: all cores).")
    int threads;

    private PrintStream out;
    private PrintStream err;

    @Override
    public void streams(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    @Override
    public Integer call() {
        LocalDate pub;
        try {
            pub = date == null ? LocalDate.now() : LocalDate.parse(date);
        } catch (java.time.format.DateTimeParseException e) {
            err.println("attache code: --date must be YYYY-MM-DD, got '" + date + "'");
            return 2;
        }
        List<InputProblem> problems = new ArrayList<>();
        ArticleReader reader = new ArticleReader(pub, p -> {
            problems.add(p);
            err.println("attache code: " + p);
        });
        List<Article> articles = new ArrayList<>();
        List<Path> paths = new ArrayList<>();
        for (String in : inputs) {
            if (in.equals("-")) {
                articles.addAll(reader.readStdin(System.in));
            } else {
                paths.add(Path.of(in));
            }
        }
        articles.addAll(reader.read(paths));
        if (articles.isEmpty()) {
            err.println("attache code: no articles to code");
            return problems.isEmpty() ? 0 : 1;
        }
        Pipeline pipeline = Pipeline.builtIn();
        pipeline.problems().forEach(p -> err.println("attache: data: " + p));
        Output output = new Output(format, out, pipeline.ontology());
        int n = threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
        err.printf("attache code: %d article(s), %d thread(s); loading CoreNLP models (about 10 s)…%n", articles.size(), n);
        Progress progress = new Progress(err, articles.size());
        SourcingTotals sourcing = new SourcingTotals();
        new CorpusRunner(pipeline, CoreNlpEngine.factory(), Math.min(n, articles.size())).run(articles.iterator(), r -> {
            if (r.failed()) {
                err.println("attache code: article " + r.article().id() + ": " + r.error());
            } else {
                r.events().forEach(output::event);
                SourcingProfile profile = pipeline.sourcing(r.document(), r.events());
                output.sourcing(profile);
                sourcing.add(profile);
            }
            progress.article(r.document() == null ? 0 : r.document().sentences().size(), r.events().size(), r.failed());
        });
        out.flush();
        if (!format.equalsIgnoreCase("jsonl")) {
            err.println("attache code: sourcing: " + sourcing.summary());
        }
        err.println("attache code: done: " + progress.line().replaceFirst(", ETA \\d+s", "")
                + (problems.isEmpty() ? "" : ", " + problems.size() + " input problem(s)"));
        return problems.isEmpty() && progress.errors() == 0 ? 0 : 1;
    }
}
