package org.attache.eval;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.attache.io.ArticleReader;
import org.attache.io.InputProblem;
import org.attache.model.Article;

/** The bundled sample corpus of wire-style articles (with its gold events in {@link GoldStandard#sample()}). */
public final class SampleCorpus {
    public static final String RESOURCE = "org/attache/samples/corpus.jsonl";

    private SampleCorpus() {
    }

    public static List<Article> articles() {
        return articles(RESOURCE);
    }

    /** A bundled corpus by resource name (the sample corpus, the context corpus). */
    public static List<Article> articles(String resource) {
        List<InputProblem> problems = new ArrayList<>();
        Consumer<InputProblem> sink = problems::add;
        List<Article> out = new ArrayList<>();
        try (InputStream in = SampleCorpus.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("corpus missing from the classpath: " + resource);
            }
            new ArticleReader(java.time.LocalDate.now(), sink).readStream(resource, in, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException("sample corpus has problems: " + problems);
        }
        return out;
    }
}
