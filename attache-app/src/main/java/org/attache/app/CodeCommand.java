package org.attache.app;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.attache.io.ArticleReader;
import org.attache.io.InputProblem;
import org.attache.model.Article;
import org.attache.model.Document;
import org.attache.model.Event;
import org.attache.nlp.conllu.ConlluReader;
import org.attache.nlp.corenlp.CoreNlpTreebankConverter;
import org.attache.util.DataFileException;
import org.attache.model.SourcingProfile;
import org.attache.nlp.corenlp.CoreNlpEngine;
import org.attache.nlp.NlpEngineFactory;
import org.attache.nlp.ParseSelector;
import org.attache.pipeline.CorpusRunner;
import org.attache.pipeline.Pipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "code", description = "Code articles (plain text or JSON Lines files, directories, or - for stdin) and print their events, "
        + "each with its attribution; with --format jsonl each article ends with a {\"article_id\", \"sourcing\"} line "
        + "(after one {\"article_id\", \"attribution\"} line per attribution found, with --attributions).")
final class CodeCommand extends CliCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "FILE|DIR|-", description = "Inputs: .txt articles, .jsonl articles, directories (recursive), or - for standard input.")
    List<String> inputs;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "Publication date for plain-text articles (and JSON lines without one). Default: today.")
    String date;

    @Option(names = "--format", defaultValue = "jsonl", description = "Output: jsonl (events, then the article's sourcing line), tsv or table (events; a sourcing summary on stderr) (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--attributions", description = "With --format jsonl: after an article's events, one {\"article_id\", \"attribution\"} line "
            + "per attribution found in it, whether or not an event rests on it.")
    boolean attributions;

    @Option(names = "--threads", defaultValue = "0", description = "Worker threads (default: all cores).")
    int threads;

    @Option(names = "--input", defaultValue = "text", description = "Input kind: text (articles, parsed by CoreNLP), conllu (CoNLL-U, already parsed) or ptb (Penn Treebank trees, converted to dependencies) (default: ${DEFAULT-VALUE}).")
    String input;

    @Option(names = "--parse-all", description = "Parse every sentence with the dependency parser, not only those that can hold an event or an attribution (same output, slower; for checking).")
    boolean parseAll;

    @Option(names = "--article-timeout", paramLabel = "SECONDS", defaultValue = "60", description = "Most time one article may take; past it the article is reported as failed and the rest go on (default: ${DEFAULT-VALUE}).")
    double articleTimeout;

    @Option(names = "--max-sentence-tokens", paramLabel = "N", defaultValue = "150", description = "Sentences longer than this are parsed in chunks of at most N tokens (default: ${DEFAULT-VALUE}).")
    int maxSentenceTokens;

    @picocli.CommandLine.Mixin
    DictionaryOptions dictionaries = new DictionaryOptions();

    /**
     * Starts loading the CoreNLP models while the dictionaries load: the factory keeps the engine,
     * so the workers find it ready (or wait for it); a failure here is reported when they ask again.
     */
    private static void preload(NlpEngineFactory engines) {
        Thread t = new Thread(() -> {
            try {
                engines.create();
            } catch (RuntimeException e) {
                // the workers' own create() fails the same way and reports it per article
            }
        }, "attache-preload");
        t.setDaemon(true);
        t.start();
    }

    @Override
    public Integer call() {
        var parsed = publicationDate("code", date);
        if (parsed.isEmpty()) {
            return 2;
        }
        LocalDate pub = parsed.get();
        var limits = engineLimits("code", articleTimeout, maxSentenceTokens);
        if (limits.isEmpty()) {
            return 2;
        }
        if (attributions && !format.equalsIgnoreCase("jsonl")) {
            err.println("attache code: --attributions prints JSON lines: use it with --format jsonl (got '" + format + "')");
            return 2;
        }
        NlpEngineFactory engines = CoreNlpEngine.factory(limits.get().engine());
        if (input.equals("text")) {
            preload(engines);
        }
        Pipeline pipeline;
        try {
            pipeline = dictionaries.pipeline(dictionaries.files(), err, "attache code");
        } catch (DataFileException e) {
            err.println("attache code: " + e.getMessage());
            return 1;
        }
        if (input.equals("conllu") || input.equals("ptb")) {
            return codeParsed(pipeline, pub);
        }
        if (!input.equals("text")) {
            err.println("attache code: --input must be text, conllu or ptb, got '" + input + "'");
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
        Output output = new Output(format, out, pipeline.ontology());
        int n = threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
        err.printf("attache code: %d article(s), %d thread(s); CoreNLP models loading (a few seconds)…%n", articles.size(), n);
        Progress progress = new Progress(err, articles.size());
        SourcingTotals sourcing = new SourcingTotals();
        new CorpusRunner(pipeline, engines, Math.min(n, articles.size()),
                limits.get().budget(), parseAll ? ParseSelector.ALL : pipeline.parseSelector()).run(articles.iterator(), r -> {
            if (r.failed()) {
                err.println("attache code: article " + r.article().id() + ": " + r.error());
            } else {
                r.document().notes().forEach(note -> err.println("attache code: article " + r.article().id() + ": " + note));
                r.events().forEach(output::event);
                if (attributions) {
                    output.attributions(r.article().id(), r.attributions());
                }
                SourcingProfile profile = r.sourcing();
                output.sourcing(profile);
                sourcing.add(profile);
            }
            progress.article(r.document() == null ? 0 : r.document().sentences().size(), r.events().size(), r.failed());
        });
        output.finish();
        if (!format.equalsIgnoreCase("jsonl")) {
            err.println("attache code: sourcing: " + sourcing.summary());
        }
        err.println("attache code: done: " + progress.line().replaceFirst(", ETA \\d+s", "")
                + (problems.isEmpty() ? "" : ", " + problems.size() + " input problem(s)"));
        return problems.isEmpty() && progress.errors() == 0 ? 0 : 1;
    }

    /** Codes CoNLL-U or Penn Treebank files: no NLP engine, one document after another. */
    private int codeParsed(Pipeline pipeline, LocalDate pub) {
        Output output = new Output(format, out, pipeline.ontology());
        int problems = 0;
        int docs = 0;
        int sentences = 0;
        int events = 0;
        CoreNlpTreebankConverter treebank = input.equals("ptb") ? new CoreNlpTreebankConverter() : null;
        for (String in : inputs) {
            String name = in.equals("-") ? "<stdin>" : in;
            String content;
            try {
                byte[] bytes = in.equals("-") ? System.in.readAllBytes() : Files.readAllBytes(Path.of(in));
                content = decode(name, bytes);
            } catch (IOException | java.io.UncheckedIOException e) {
                err.println("attache code: " + name + ": cannot read: " + e.getMessage());
                problems++;
                continue;
            }
            String id = Path.of(name).getFileName().toString().replaceFirst("\\.[^.]*$", "");
            List<Document> documents = new ArrayList<>();
            if (treebank == null) {
                ConlluReader.Result r = new ConlluReader(pub).read(name, content, id, 0);
                r.problems().forEach(p -> err.println("attache code: " + p));
                problems += r.problems().size();
                documents.addAll(r.documents());
            } else {
                try {
                    documents.add(treebank.convert(new Article(id, pub, "", "", "", ""), content));
                } catch (IllegalArgumentException e) {
                    err.println("attache code: " + name + ": bad Penn Treebank parse: " + e.getMessage());
                    problems++;
                }
            }
            for (Document d : documents) {
                docs++;
                sentences += d.sentences().size();
                Pipeline.CodedArticle coded = pipeline.codeArticle(d);
                for (Event e : coded.events()) {
                    output.event(e);
                    events++;
                }
                if (attributions) {
                    output.attributions(d.article().id(), coded.attributions());
                }
            }
        }
        output.finish();
        err.printf("attache code: done: %d document(s), %d sentence(s), %d event(s)%s%n", docs, sentences, events,
                problems == 0 ? "" : ", " + problems + " input problem(s)");
        return problems == 0 ? 0 : 1;
    }

    /** UTF-8; otherwise a warning and the text with replacement characters (as for articles). */
    private String decode(String name, byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            err.println("attache code: " + name + ": not valid UTF-8: decoded with replacement characters");
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }
}
