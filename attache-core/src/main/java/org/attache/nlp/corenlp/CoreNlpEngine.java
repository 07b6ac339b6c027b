package org.attache.nlp.corenlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.Annotator;
import edu.stanford.nlp.pipeline.AnnotatorImplementations;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;
import org.attache.model.Article;
import org.attache.model.Document;
import org.attache.model.Sentence;
import org.attache.model.Token;
import org.attache.nlp.Dateline;
import org.attache.nlp.NlpEngine;
import org.attache.nlp.NlpEngineFactory;
import org.attache.nlp.ParseSelector;
import org.attache.nlp.StageTimes;

/**
 * The Stanford CoreNLP adapter: tokenize, ssplit, pos, lemma, ner (3-class CRF only: the
 * project's dictionaries replace the fine-grained gazetteers, and dates are resolved by the
 * project's own resolver where an event is found, so SUTime and the numeric classifiers are
 * off) and the neural dependency parser (Universal Dependencies). The only class that
 * imports CoreNLP.
 *
 * <p>Three steps: tagging (tokenize to lemma) and NER for every sentence, then the dependency
 * parse, by far the costliest, for the sentences a {@link ParseSelector} chooses. The NER and
 * parser models load on their own threads while the tagger loads, so start-up costs the slowest
 * model rather than the sum. Thread-safe (CoreNLP's annotators are): one engine serves every
 * worker thread, so the models are in memory once.
 */
public final class CoreNlpEngine implements NlpEngine {
    private static final String DEPPARSE = "depparse";
    private static final String NER = "ner";

    private final StanfordCoreNLP tagger;
    private final CompletableFuture<Annotator> ner;
    private final CompletableFuture<Annotator> parser;
    private final StageTimes times = new StageTimes();

    public CoreNlpEngine() {
        this(defaultProperties());
    }

    /**
     * An engine for the given CoreNLP properties: {@code ner} and {@code depparse}, when listed
     * in {@code annotators}, run as their own steps; the annotators before them make the tagger.
     */
    public CoreNlpEngine(Properties props) {
        List<String> annotators = Arrays.stream(props.getProperty("annotators", "").split(","))
                .map(String::strip).filter(a -> !a.isEmpty()).toList();
        AnnotatorImplementations impl = new AnnotatorImplementations();
        this.ner = annotators.contains(NER) ? load(NER, () -> impl.ner(props)) : null;
        this.parser = annotators.contains(DEPPARSE) ? load(DEPPARSE, () -> impl.dependencies(props)) : null;
        Properties taggerProps = new Properties();
        taggerProps.putAll(props);
        taggerProps.setProperty("annotators", String.join(",",
                annotators.stream().filter(a -> !a.equals(NER) && !a.equals(DEPPARSE)).toList()));
        this.tagger = new StanfordCoreNLP(taggerProps);
    }

    /** One engine for every thread that asks, made on first use (the models load once). */
    public static NlpEngineFactory factory() {
        Properties props = defaultProperties();
        return new NlpEngineFactory() {
            private CoreNlpEngine engine;

            @Override
            public synchronized NlpEngine create() {
                if (engine == null) {
                    engine = new CoreNlpEngine(props);
                }
                return engine;
            }
        };
    }

    public static Properties defaultProperties() {
        Properties p = new Properties();
        p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,depparse");
        p.setProperty("tokenize.language", "en");
        p.setProperty("ssplit.newlineIsSentenceBreak", "two");
        p.setProperty("ner.model", "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz");
        p.setProperty("ner.useSUTime", "false");
        p.setProperty("ner.applyNumericClassifiers", "false");
        p.setProperty("ner.applyFineGrained", "false");
        p.setProperty("ner.buildEntityMentions", "false");
        p.setProperty("ner.combinationMode", "NORMAL");
        p.setProperty("depparse.model", "edu/stanford/nlp/models/parser/nndep/english_UD.gz");
        p.setProperty("pos.maxlen", "120");
        p.setProperty("depparse.maxlen", "120");
        return p;
    }

    /** Time per stage and sentences parsed, over every article this engine annotated. */
    public StageTimes stageTimes() {
        return times;
    }

    @Override
    public Document annotate(Article article) {
        return annotate(article, ParseSelector.ALL);
    }

    @Override
    public Document annotate(Article article, ParseSelector selector) {
        String text = article.text();
        // a dateline ("NAIROBI:") would become the root of the first sentence; mask it, offsets unchanged
        Optional<Dateline> dateline = Dateline.find(text);
        if (dateline.isPresent()) {
            text = dateline.get().mask(text);
        }
        long t0 = System.nanoTime();
        Annotation ann = new Annotation(text);
        tagger.annotate(ann);
        List<CoreMap> maps = ann.get(CoreAnnotations.SentencesAnnotation.class);
        if (maps == null || maps.isEmpty()) {
            times.add(System.nanoTime() - t0, 0, 0, 0, 0);
            return new Document(article, List.of());
        }
        long t1 = System.nanoTime();
        if (ner != null) {
            annotator(ner, NER).annotate(ann);
        }
        long t2 = System.nanoTime();
        List<Sentence> sentences = new ArrayList<>(maps.size());
        for (CoreMap sm : maps) {
            sentences.add(convert(sentences.size(), sm, article.text(), false));
        }
        boolean[] chosen = parser == null ? new boolean[maps.size()] : selector.select(article, List.copyOf(sentences));
        if (chosen.length != maps.size()) {
            throw new IllegalStateException("parse selector returned " + chosen.length + " flags for "
                    + maps.size() + " sentences of article " + article.id());
        }
        List<CoreMap> toParse = new ArrayList<>();
        for (int i = 0; i < chosen.length; i++) {
            if (chosen[i]) {
                toParse.add(maps.get(i));
            }
        }
        if (toParse.size() == maps.size()) {
            annotator(parser, DEPPARSE).annotate(ann);
        } else if (!toParse.isEmpty()) {
            // the parser works sentence by sentence: a document of the chosen sentences parses them as the whole would
            Annotation part = new Annotation(text);
            part.set(CoreAnnotations.TokensAnnotation.class, ann.get(CoreAnnotations.TokensAnnotation.class));
            part.set(CoreAnnotations.SentencesAnnotation.class, toParse);
            annotator(parser, DEPPARSE).annotate(part);
        }
        for (int i = 0; i < chosen.length; i++) {
            if (chosen[i]) {
                sentences.set(i, convert(i, maps.get(i), article.text(), true));
            }
        }
        long t3 = System.nanoTime();
        times.add(t1 - t0, t2 - t1, t3 - t2, maps.size(), toParse.size());
        return new Document(article, sentences);
    }

    private static CompletableFuture<Annotator> load(String stage, Supplier<Annotator> make) {
        CompletableFuture<Annotator> f = new CompletableFuture<>();
        Thread t = new Thread(() -> {
            try {
                f.complete(make.get());
            } catch (RuntimeException | Error e) {
                f.completeExceptionally(e);
            }
        }, "attache-load-" + stage);
        t.setDaemon(true);
        t.start();
        return f;
    }

    private static Annotator annotator(CompletableFuture<Annotator> f, String stage) {
        try {
            return f.join();
        } catch (CompletionException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            throw new IllegalStateException("CoreNLP: cannot load the " + stage + " model (" + cause
                    + "); is the CoreNLP models jar on the class path?", cause);
        }
    }

    private static Sentence convert(int index, CoreMap sm, String text, boolean parsed) {
        List<CoreLabel> labels = sm.get(CoreAnnotations.TokensAnnotation.class);
        int n = labels.size();
        int[] heads = new int[n];
        String[] rels = new String[n];
        Arrays.fill(heads, -1);
        Arrays.fill(rels, "dep");
        SemanticGraph g = parsed ? sm.get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class) : null;
        if (g != null) {
            for (IndexedWord root : g.getRoots()) {
                rels[root.index() - 1] = "root";
            }
            for (SemanticGraphEdge e : g.edgeListSorted()) {
                int d = e.getDependent().index() - 1;
                heads[d] = e.getGovernor().index() - 1;
                rels[d] = e.getRelation().toString().toLowerCase(java.util.Locale.ROOT);
            }
        }
        List<Token> tokens = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            CoreLabel l = labels.get(i);
            String lemma = l.lemma() == null ? l.word() : l.lemma();
            String ner = l.ner() == null ? "O" : l.ner();
            tokens.add(new Token(i, l.word(), lemma, l.tag() == null ? "" : l.tag(), ner,
                    l.beginPosition(), l.endPosition(), heads[i], rels[i]));
        }
        int begin = sm.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
        int end = sm.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
        return new Sentence(index, text.substring(begin, end), begin, end, tokens);
    }
}
