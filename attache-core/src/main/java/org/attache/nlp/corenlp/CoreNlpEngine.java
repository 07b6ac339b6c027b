package org.attache.nlp.corenlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.Annotator;
import edu.stanford.nlp.pipeline.AnnotatorImplementations;
import edu.stanford.nlp.pipeline.DependencyParseAnnotator;
import edu.stanford.nlp.parser.nndep.Config;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.CancellationException;
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
import org.attache.nlp.TextSegments;

/**
 * The Stanford CoreNLP adapter: tokenize, ssplit, pos, lemma, ner (3-class CRF only: the
 * project's dictionaries replace the fine-grained gazetteers, and dates are resolved by the
 * project's own resolver where an event is found, so SUTime and the numeric classifiers are
 * off) and the neural dependency parser (Universal Dependencies). The only class that
 * imports CoreNLP.
 *
 * <p>Three steps: splitting (tokenize, ssplit), tagging (pos, lemma, NER) for every sentence,
 * then the dependency parse, by far the costliest, only for the sentences a {@link ParseSelector}
 * chooses. The NER and parser models load on their own threads while the tagger loads, so
 * start-up costs the slowest model rather than the sum. Thread-safe (CoreNLP's annotators are,
 * and per-call state is local): one engine serves every worker thread, so the models are in
 * memory once.
 *
 * <p>Bounded work per article ({@link Limits}): text is tokenized in pieces of at most
 * {@code maxSegmentChars} ({@link TextSegments}), and a sentence of more than
 * {@code maxSentenceTokens} tokens is tagged and parsed as chunks of at most that many (the
 * neural parser ignores {@code depparse.maxlen}, and a 100 KB sentence overflows the stack in
 * CoreNLP's graph code), with a note on the document. An interrupted thread stops between
 * pieces with a {@link CancellationException}, which is how a caller's time budget ends it.
 */
public final class CoreNlpEngine implements NlpEngine {
    /**
     * How much one call to CoreNLP may see: {@code maxSentenceTokens} tokens a sentence (longer
     * ones are parsed in chunks), {@code maxSegmentChars} characters a tokenizer call.
     */
    public record Limits(int maxSentenceTokens, int maxSegmentChars) {
        public static final Limits DEFAULT = new Limits(150, 20_000);

        public Limits {
            if (maxSentenceTokens < 10) {
                throw new IllegalArgumentException("the sentence limit must be at least 10 tokens, was " + maxSentenceTokens);
            }
            if (maxSegmentChars < 100) {
                throw new IllegalArgumentException("the segment limit must be at least 100 characters, was " + maxSegmentChars);
            }
        }
    }

    private static final String DEPPARSE = "depparse";
    private static final String NER = "ner";
    private static final String PRECOMPUTED = "depparse.numPreComputed";
    /**
     * Set to {@code true} to parse with CoreNLP's own annotator rather than {@link NeuralParse}
     * (the same parse, slower): for comparison.
     */
    public static final String STOCK_PARSER = "attache.depparse.stock";
    /** About this many tokens are tagged or parsed between two looks for an interrupt (about a second's work). */
    private static final int GROUP_TOKENS = 600;

    private final StanfordCoreNLP splitter;
    private final StanfordCoreNLP tagger;
    private final Annotator ner;
    private final Annotator parser;
    /** The same parser run by {@link NeuralParse}; empty when the stock annotator must run. */
    private final Optional<NeuralParse> fastParser;
    private final Limits limits;
    /** The properties as given, for the reference parser ({@link #annotateWithCoreNlpParser}). */
    private final Properties referenceProps;
    private Annotator referenceParser;
    private final StageTimes times = new StageTimes();

    public CoreNlpEngine() {
        this(defaultProperties(), Limits.DEFAULT);
    }

    public CoreNlpEngine(Properties props) {
        this(props, Limits.DEFAULT);
    }

    /**
     * An engine for the given CoreNLP properties: {@code tokenize} and {@code ssplit} make the
     * splitter; {@code ner} and {@code depparse}, when listed in {@code annotators}, run as their
     * own steps; the other annotators make the tagger.
     */
    public CoreNlpEngine(Properties props, Limits limits) {
        this.limits = limits;
        Properties p = new Properties();
        p.putAll(props);
        // no sentence reaches the taggers longer than the limit, so their own cut-offs never drop one
        p.setProperty("pos.maxlen", String.valueOf(limits.maxSentenceTokens()));
        p.setProperty("ner.maxlen", String.valueOf(limits.maxSentenceTokens()));
        List<String> all = Arrays.stream(p.getProperty("annotators", "").split(","))
                .map(String::strip).filter(a -> !a.isEmpty()).toList();
        AnnotatorImplementations impl = new AnnotatorImplementations();
        CompletableFuture<Annotator> nerLoad = all.contains(NER) ? load(NER, () -> impl.ner(p)) : null;
        boolean stock = Boolean.parseBoolean(p.getProperty(STOCK_PARSER, "false"));
        // NeuralParse computes the precomputed contributions when first needed: CoreNLP need not at load
        int precomputed = Integer.parseInt(p.getProperty(PRECOMPUTED,
                String.valueOf(new Config(new Properties()).numPreComputed)));
        Properties parserProps = new Properties();
        parserProps.putAll(p);
        if (!stock) {
            parserProps.setProperty(PRECOMPUTED, "0");
        }
        this.referenceProps = p;
        CompletableFuture<Annotator> parserLoad = all.contains(DEPPARSE) ? load(DEPPARSE, () -> impl.dependencies(parserProps)) : null;
        Properties first = new Properties();
        first.putAll(p);
        first.setProperty("annotators", String.join(",", all.stream().filter(CoreNlpEngine::splits).toList()));
        this.splitter = new StanfordCoreNLP(first);
        List<String> tagging = all.stream().filter(a -> !splits(a) && !a.equals(NER) && !a.equals(DEPPARSE)).toList();
        if (tagging.isEmpty()) {
            this.tagger = null;
        } else {
            Properties rest = new Properties();
            rest.putAll(p);
            rest.setProperty("annotators", String.join(",", tagging));
            this.tagger = new StanfordCoreNLP(rest, false);
        }
        // ready when made: the first article's time budget must not pay for loading the models
        this.ner = nerLoad == null ? null : loaded(nerLoad, NER);
        this.parser = parserLoad == null ? null : loaded(parserLoad, DEPPARSE);
        this.fastParser = parser == null || stock ? Optional.empty() : neuralParse(parser, precomputed);
        if (parser != null && !stock && fastParser.isEmpty()) {
            System.err.println("attache: CoreNLP's parser is not the version NeuralParse knows; parsing with CoreNLP's "
                    + "annotator, with no precomputed features (slower, and parses may differ in rare near-ties)");
        }
    }

    /** The neural parser inside CoreNLP's annotator, run by {@link NeuralParse} when it can be. */
    private static Optional<NeuralParse> neuralParse(Annotator annotator, int precomputed) {
        if (!(annotator instanceof DependencyParseAnnotator)) {
            return Optional.empty();
        }
        try {
            java.lang.reflect.Field f = DependencyParseAnnotator.class.getDeclaredField("parser");
            f.setAccessible(true);
            return NeuralParse.of((DependencyParser) f.get(annotator), precomputed);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Whether the dependency parse runs through {@link NeuralParse} (else CoreNLP's own annotator). */
    public boolean fastParse() {
        return fastParser.isPresent();
    }

    private static boolean splits(String annotator) {
        return annotator.equals("tokenize") || annotator.equals("ssplit");
    }

    public static NlpEngineFactory factory() {
        return factory(Limits.DEFAULT);
    }

    /** One engine for every thread that asks, made on first use (the models load once). */
    public static NlpEngineFactory factory(Limits limits) {
        return factory(defaultProperties(), limits);
    }

    /** One engine for the given CoreNLP properties, for every thread that asks, made on first use. */
    public static NlpEngineFactory factory(Properties props, Limits limits) {
        return new NlpEngineFactory() {
            private CoreNlpEngine engine;

            @Override
            public synchronized NlpEngine create() {
                if (engine == null) {
                    engine = new CoreNlpEngine(props, limits);
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

    /** A sentence (or chunk) of a text piece: offsets inside it plus {@code shift} are article offsets. */
    private record Piece(CoreMap sentence, String segmentText, int shift) {
        int tokens() {
            return sentence.get(CoreAnnotations.TokensAnnotation.class).size();
        }
    }

    @Override
    public Document annotate(Article article, ParseSelector selector) {
        return annotate(article, selector, fastParser, parser);
    }

    /**
     * The article parsed by CoreNLP's own dependency-parse annotator rather than {@link NeuralParse}:
     * the reference the fast path must equal ({@code NeuralParseIT}), every sentence parsed.
     */
    public Document annotateWithCoreNlpParser(Article article) {
        return annotate(article, ParseSelector.ALL, Optional.empty(), referenceParser());
    }

    /** CoreNLP's annotator loaded with the properties as given (its precomputation on), made on first use. */
    private synchronized Annotator referenceParser() {
        if (fastParser.isEmpty()) {
            return parser;
        }
        if (referenceParser == null) {
            referenceParser = new AnnotatorImplementations().dependencies(referenceProps);
        }
        return referenceParser;
    }

    private Document annotate(Article article, ParseSelector selector, Optional<NeuralParse> fastParser, Annotator parser) {
        String text = article.text();
        // a dateline ("NAIROBI:") would become the root of the first sentence; mask it, offsets unchanged
        Optional<Dateline> dateline = Dateline.find(text);
        if (dateline.isPresent()) {
            text = dateline.get().mask(text);
        }
        long t0 = System.nanoTime();
        long nerNanos = 0;
        List<String> notes = new ArrayList<>();
        List<TextSegments.Segment> segments = TextSegments.of(text, limits.maxSegmentChars());
        if (segments.size() > 1) {
            notes.add(String.format("text of %,d characters has a paragraph over %,d characters: tokenized in %d pieces",
                    text.length(), limits.maxSegmentChars(), segments.size()));
        }
        List<Piece> pieces = new ArrayList<>();
        for (TextSegments.Segment seg : segments) {
            stopIfInterrupted();
            String segmentText = text.substring(seg.begin(), seg.end());
            Annotation ann = new Annotation(segmentText);
            splitter.annotate(ann);
            List<CoreMap> maps = ann.get(CoreAnnotations.SentencesAnnotation.class);
            if (maps == null || maps.isEmpty()) {
                continue;
            }
            List<Piece> bounded = new ArrayList<>();
            for (CoreMap sm : maps) {
                List<CoreLabel> tokens = sm.get(CoreAnnotations.TokensAnnotation.class);
                if (tokens.size() <= limits.maxSentenceTokens()) {
                    bounded.add(new Piece(sm, segmentText, seg.begin()));
                } else {
                    List<CoreMap> chunks = chunks(sm, segmentText);
                    notes.add(String.format("sentence at characters %d-%d has %,d tokens, over the %d-token limit: parsed as %d chunks",
                            seg.begin() + sm.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class),
                            seg.begin() + sm.get(CoreAnnotations.CharacterOffsetEndAnnotation.class),
                            tokens.size(), limits.maxSentenceTokens(), chunks.size()));
                    chunks.forEach(c -> bounded.add(new Piece(c, segmentText, seg.begin())));
                }
            }
            if (tagger != null) {
                inGroups(bounded, tagger);
            }
            if (ner != null) {
                long n0 = System.nanoTime();
                inGroups(bounded, ner);
                nerNanos += System.nanoTime() - n0;
            }
            pieces.addAll(bounded);
        }
        long t2 = System.nanoTime();
        List<Sentence> sentences = new ArrayList<>(pieces.size());
        for (Piece piece : pieces) {
            sentences.add(convert(sentences.size(), piece, article.text(), null));
        }
        int parsed = 0;
        if (parser != null && !pieces.isEmpty()) {
            boolean[] chosen = selector.select(article, List.copyOf(sentences));
            if (chosen.length != pieces.size()) {
                throw new IllegalStateException("parse selector returned " + chosen.length + " flags for "
                        + pieces.size() + " sentences of article " + article.id());
            }
            List<Piece> toParse = new ArrayList<>();
            for (int i = 0; i < chosen.length; i++) {
                if (chosen[i]) {
                    toParse.add(pieces.get(i));
                }
            }
            if (fastParser.isEmpty()) {
                inGroups(toParse, parser);
            }
            for (int i = 0; i < chosen.length; i++) {
                if (chosen[i]) {
                    Piece piece = pieces.get(i);
                    NeuralParse.Result parse = fastParser.isPresent()
                            ? fastParser.get().parse(piece.sentence()) : fromGraph(piece.sentence());
                    sentences.set(i, convert(i, piece, article.text(), parse));
                }
            }
            parsed = toParse.size();
        }
        long t3 = System.nanoTime();
        times.add(t2 - t0 - nerNanos, nerNanos, t3 - t2, pieces.size(), parsed);
        return new Document(article, sentences, notes);
    }

    /**
     * Runs an annotator over sentences in groups of about {@link #GROUP_TOKENS} tokens, looking
     * for an interrupt between groups. Each group is its own annotation of consecutive sentences
     * of one text piece; the annotators work sentence by sentence, so the result is the same as
     * one call over all, and a group of chosen sentences parses them as the whole article would.
     */
    private static void inGroups(List<Piece> pieces, Annotator annotator) {
        int from = 0;
        while (from < pieces.size()) {
            String segmentText = pieces.get(from).segmentText();
            int to = from;
            int tokens = 0;
            while (to < pieces.size() && pieces.get(to).segmentText() == segmentText
                    && (to == from || tokens < GROUP_TOKENS)) {
                tokens += pieces.get(to).tokens();
                to++;
            }
            stopIfInterrupted();
            List<CoreMap> group = new ArrayList<>(to - from);
            List<CoreLabel> groupTokens = new ArrayList<>(tokens);
            for (Piece piece : pieces.subList(from, to)) {
                group.add(piece.sentence());
                groupTokens.addAll(piece.sentence().get(CoreAnnotations.TokensAnnotation.class));
            }
            Annotation ann = new Annotation(segmentText);
            ann.set(CoreAnnotations.TokensAnnotation.class, groupTokens);
            ann.set(CoreAnnotations.SentencesAnnotation.class, group);
            annotator.annotate(ann);
            from = to;
        }
    }

    /** Throws when the thread was interrupted (a caller's time budget ran out); between pieces of work. */
    static void stopIfInterrupted() {
        if (Thread.currentThread().isInterrupted()) {
            throw new CancellationException("NLP stopped: the thread was interrupted (over its time budget)");
        }
    }

    private static CompletableFuture<Annotator> load(String stage, Supplier<Annotator> make) {
        CompletableFuture<Annotator> f = new CompletableFuture<>();
        Thread t = new Thread(() -> {
            try {
                f.complete(make.get());
            } catch (Throwable e) {
                f.completeExceptionally(e);
            }
        }, "attache-load-" + stage);
        t.setDaemon(true);
        t.start();
        return f;
    }

    private static Annotator loaded(CompletableFuture<Annotator> f, String stage) {
        try {
            return f.join();
        } catch (CompletionException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            throw new IllegalStateException("CoreNLP: cannot load the " + stage + " model (" + cause
                    + "); is the CoreNLP models jar on the class path?", cause);
        }
    }

    /**
     * A sentence's tokens in chunks of at most the limit, each cut after the last ';', ':' or ','
     * in the chunk's second half where there is one. Each chunk is a sentence of its own to the
     * taggers and the parser (1-based token indexes restart in each).
     */
    private List<CoreMap> chunks(CoreMap sentence, String segmentText) {
        List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
        int max = limits.maxSentenceTokens();
        int firstToken = sentence.containsKey(CoreAnnotations.TokenBeginAnnotation.class)
                ? sentence.get(CoreAnnotations.TokenBeginAnnotation.class) : 0;
        List<CoreMap> out = new ArrayList<>();
        int from = 0;
        while (from < tokens.size()) {
            int to = Math.min(tokens.size(), from + max);
            if (to < tokens.size()) {
                for (int i = to - 1; i > from + max / 2; i--) {
                    String w = tokens.get(i).word();
                    if (w.equals(";") || w.equals(":") || w.equals(",")) {
                        to = i + 1;
                        break;
                    }
                }
            }
            List<CoreLabel> part = new ArrayList<>(tokens.subList(from, to));
            for (int i = 0; i < part.size(); i++) {
                part.get(i).setIndex(i + 1);
            }
            CoreMap chunk = new ArrayCoreMap();
            int begin = part.get(0).beginPosition();
            int end = part.get(part.size() - 1).endPosition();
            chunk.set(CoreAnnotations.TokensAnnotation.class, part);
            chunk.set(CoreAnnotations.CharacterOffsetBeginAnnotation.class, begin);
            chunk.set(CoreAnnotations.CharacterOffsetEndAnnotation.class, end);
            chunk.set(CoreAnnotations.TextAnnotation.class, segmentText.substring(begin, end));
            chunk.set(CoreAnnotations.TokenBeginAnnotation.class, firstToken + from);
            chunk.set(CoreAnnotations.TokenEndAnnotation.class, firstToken + to);
            out.add(chunk);
            from = to;
        }
        return out;
    }

    /** The basic dependencies CoreNLP's parse annotator left on a sentence, or null when none. */
    static NeuralParse.Result fromGraph(CoreMap sm) {
        SemanticGraph g = sm.get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
        if (g == null) {
            return null;
        }
        int n = sm.get(CoreAnnotations.TokensAnnotation.class).size();
        int[] heads = new int[n];
        String[] rels = new String[n];
        Arrays.fill(heads, -1);
        Arrays.fill(rels, "dep");
        for (IndexedWord root : g.getRoots()) {
            rels[root.index() - 1] = "root";
        }
        for (SemanticGraphEdge e : g.edgeListSorted()) {
            int d = e.getDependent().index() - 1;
            heads[d] = e.getGovernor().index() - 1;
            rels[d] = e.getRelation().toString();
        }
        return new NeuralParse.Result(heads, rels);
    }

    /** A CoreNLP sentence in the project's model, with its parse when it has one. */
    private static Sentence convert(int index, Piece piece, String text, NeuralParse.Result parse) {
        CoreMap sm = piece.sentence();
        int shift = piece.shift();
        List<CoreLabel> labels = sm.get(CoreAnnotations.TokensAnnotation.class);
        int n = labels.size();
        int[] heads = new int[n];
        String[] rels = new String[n];
        Arrays.fill(heads, -1);
        Arrays.fill(rels, "dep");
        if (parse != null) {
            for (int i = 0; i < n; i++) {
                heads[i] = parse.heads()[i];
                rels[i] = parse.relations()[i].toLowerCase(Locale.ROOT);
            }
        }
        List<Token> tokens = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            CoreLabel l = labels.get(i);
            String lemma = l.lemma() == null ? l.word() : l.lemma();
            String ner = l.ner() == null ? "O" : l.ner();
            tokens.add(new Token(i, l.word(), lemma, l.tag() == null ? "" : l.tag(), ner,
                    shift + l.beginPosition(), shift + l.endPosition(), heads[i], rels[i]));
        }
        int begin = shift + sm.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
        int end = shift + sm.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
        return new Sentence(index, text.substring(begin, end), begin, end, tokens);
    }
}
