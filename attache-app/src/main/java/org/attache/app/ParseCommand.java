package org.attache.app;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.attache.io.ArticleReader;
import org.attache.model.Article;
import org.attache.model.Document;
import org.attache.model.Sentence;
import org.attache.model.Token;
import org.attache.nlp.NlpEngine;
import org.attache.nlp.corenlp.CoreNlpEngine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "parse", description = "Print the parse the coder sees (CoNLL-U: tokens, lemmas, POS, NER, dependencies).")
final class ParseCommand extends CliCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "FILE|DIR")
    List<Path> inputs;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD")
    String date;

    @Override
    public Integer call() {
        List<String> problems = new ArrayList<>();
        LocalDate pub = date == null ? LocalDate.now() : LocalDate.parse(date);
        List<Article> articles = new ArticleReader(pub, p -> {
            problems.add(p.toString());
            err.println("attache parse: " + p);
        }).read(inputs);
        NlpEngine engine = CoreNlpEngine.factory().create();
        for (Article a : articles) {
            Document d = engine.annotate(a);
            out.println("# newdoc id = " + a.id());
            for (Sentence s : d.sentences()) {
                out.println("# sent_id = " + a.id() + "-" + s.index());
                out.println("# text = " + s.text().replace('\n', ' '));
                for (Token t : s.tokens()) {
                    out.printf("%d\t%s\t%s\t_\t%s\t_\t%d\t%s\t_\tNER=%s|Start=%d|End=%d%n", t.index() + 1, t.word(), t.lemma(),
                            t.pos(), t.head() + 1, t.rel(), t.ner(), t.begin(), t.end());
                }
                out.println();
            }
        }
        return problems.isEmpty() ? 0 : 1;
    }
}
