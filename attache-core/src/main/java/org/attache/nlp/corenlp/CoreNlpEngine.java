package org.attache.nlp.corenlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.util.CoreMap;
import edu.stanford.nlp.util.ArrayCoreMap;
import java.util.ArrayList;
import java.util.concurrent.CancellationException;
import java.util.List;
import java.util.Properties;
import org.attache.model.Article;
import org.attache.model.Document;
import org.attache.model.Sentence;
import org.attache.model.Token;
import java.util.Optional;
import org.attache.nlp.Dateline;
import org.attache.nlp.NlpEngine;
import org.attache.nlp.NlpEngineFactory;
import org.attache.nlp.TextSegments;

/**
 * The Stanford CoreNLP adapter: tokenize, ssplit, pos, lemma, ner (3-class CRF only: the
 * project's dictionaries replace the fine-grained gazetteers, and dates are resolved by the
 * project's own resolver where an event is found, so SUTime and the numeric classifiers are
 * off) and the neural dependency parser (Universal Dependencies). The only class that
 * imports CoreNLP.
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

    private final StanfordCoreNLP splitter;
    private final StanfordCoreNLP parser;
    private final Limits limits;

    public CoreNlpEngine() {
        this(defaultProperties(), Limits.DEFAULT);
    }

    public CoreNlpEngine(Properties props) {
        this(props, Limits.DEFAULT);
    }

    public CoreNlpEngine(Properties props, Limits limits) {
        this.limits = limits;
        Properties p = new Properties();
        p.putAll(props);
        // no sentence reaches the taggers longer than the limit, so their own cut-offs never drop one
        p.setProperty("pos.maxlen", String.valueOf(limits.maxSentenceTokens()));
        p.setProperty("ner.maxlen", String.valueOf(limits.maxSentenceTokens()));
        List<String> all = List.of(p.getProperty("annotators").split("\\s*,\\s*"));
        Properties first = new Properties();
        first.putAll(p);
        first.setProperty("annotators", String.join(",", all.stream().filter(CoreNlpEngine::splits).toList()));
        Properties rest = new Properties();
        rest.putAll(p);
        rest.setProperty("annotators", String.join(",", all.stream().filter(a -> !splits(a)).toList()));
        this.splitter = new StanfordCoreNLP(first);
        this.parser = new StanfordCoreNLP(rest, false);
    }

    private static boolean splits(String annotator) {
        return annotator.equals("tokenize") || annotator.equals("ssplit");
    }

    public static NlpEngineFactory factory() {
        return factory(Limits.DEFAULT);
    }

    public static NlpEngineFactory factory(Limits limits) {
        Properties props = defaultProperties();
        return () -> new CoreNlpEngine(props, limits);
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

    @Override
    public Document annotate(Article article) {
        String text = article.text();
        // a dateline ("NAIROBI:") would become the root of the first sentence; mask it, offsets unchanged
        Optional<Dateline> dateline = Dateline.find(text);
        if (dateline.isPresent()) {
            text = dateline.get().mask(text);
        }
        List<Sentence> sentences = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        List<TextSegments.Segment> segments = TextSegments.of(text, limits.maxSegmentChars());
        if (segments.size() > 1) {
            notes.add(String.format("text of %,d characters has a paragraph over %,d characters: tokenized in %d pieces",
                    text.length(), limits.maxSegmentChars(), segments.size()));
        }
        for (TextSegments.Segment seg : segments) {
            stopIfInterrupted();
            Annotation ann = new Annotation(text.substring(seg.begin(), seg.end()));
            splitter.annotate(ann);
            List<CoreMap> maps = ann.get(CoreAnnotations.SentencesAnnotation.class);
            if (maps == null || maps.isEmpty()) {
                continue;
            }
            List<CoreMap> bounded = new ArrayList<>();
            for (CoreMap sm : maps) {
                List<CoreLabel> tokens = sm.get(CoreAnnotations.TokensAnnotation.class);
                if (tokens.size() <= limits.maxSentenceTokens()) {
                    bounded.add(sm);
                } else {
                    List<CoreMap> chunks = chunks(sm, ann.get(CoreAnnotations.TextAnnotation.class));
                    notes.add(String.format("sentence at characters %d-%d has %,d tokens, over the %d-token limit: parsed as %d chunks",
                            seg.begin() + sm.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class),
                            seg.begin() + sm.get(CoreAnnotations.CharacterOffsetEndAnnotation.class),
                            tokens.size(), limits.maxSentenceTokens(), chunks.size()));
                    bounded.addAll(chunks);
                }
            }
            parse(bounded, ann.get(CoreAnnotations.TextAnnotation.class));
            for (CoreMap sm : bounded) {
                sentences.add(convert(sentences.size(), sm, article.text(), seg.begin()));
            }
        }
        return new Document(article, sentences, notes);
    }

    /**
     * Tags and parses sentences in groups of about {@link #GROUP_TOKENS} tokens, looking for an
     * interrupt between groups (each group is its own annotation; the annotators work sentence by
     * sentence, so the result is the same as one call over all).
     */
    private void parse(List<CoreMap> sentences, String segmentText) {
        int from = 0;
        while (from < sentences.size()) {
            int to = from;
            int tokens = 0;
            while (to < sentences.size() && (to == from || tokens < GROUP_TOKENS)) {
                tokens += sentences.get(to).get(CoreAnnotations.TokensAnnotation.class).size();
                to++;
            }
            stopIfInterrupted();
            List<CoreMap> group = sentences.subList(from, to);
            List<CoreLabel> groupTokens = new ArrayList<>(tokens);
            group.forEach(sm -> groupTokens.addAll(sm.get(CoreAnnotations.TokensAnnotation.class)));
            Annotation ann = new Annotation(segmentText);
            ann.set(CoreAnnotations.TokensAnnotation.class, groupTokens);
            ann.set(CoreAnnotations.SentencesAnnotation.class, new ArrayList<>(group));
            parser.annotate(ann);
            from = to;
        }
    }

    /** About this many tokens are tagged and parsed between two looks for an interrupt (about a second's work). */
    private static final int GROUP_TOKENS = 600;

    private static void stopIfInterrupted() {
        if (Thread.currentThread().isInterrupted()) {
            throw new CancellationException("NLP stopped: the thread was interrupted (over its time budget)");
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

    /** A CoreNLP sentence in the project's model; {@code shift} turns piece offsets into article offsets. */
    private static Sentence convert(int index, CoreMap sm, String text, int shift) {
        List<CoreLabel> labels = sm.get(CoreAnnotations.TokensAnnotation.class);
        int n = labels.size();
        int[] heads = new int[n];
        String[] rels = new String[n];
        java.util.Arrays.fill(heads, -1);
        java.util.Arrays.fill(rels, "dep");
        SemanticGraph g = sm.get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
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
                    shift + l.beginPosition(), shift + l.endPosition(), heads[i], rels[i]));
        }
        int begin = shift + sm.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
        int end = shift + sm.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
        return new Sentence(index, text.substring(begin, end), begin, end, tokens);
    }
}
