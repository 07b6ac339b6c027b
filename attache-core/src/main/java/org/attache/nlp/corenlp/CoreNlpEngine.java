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
import java.util.ArrayList;
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

/**
 * The Stanford CoreNLP adapter: tokenize, ssplit, pos, lemma, ner (3-class CRF only: the
 * project's dictionaries replace the fine-grained gazetteers, and dates are resolved by the
 * project's own resolver where an event is found, so SUTime and the numeric classifiers are
 * off) and the neural dependency parser (Universal Dependencies). The only class that
 * imports CoreNLP.
 */
public final class CoreNlpEngine implements NlpEngine {
    private final StanfordCoreNLP pipeline;

    public CoreNlpEngine() {
        this(defaultProperties());
    }

    public CoreNlpEngine(Properties props) {
        this.pipeline = new StanfordCoreNLP(props);
    }

    public static NlpEngineFactory factory() {
        Properties props = defaultProperties();
        return () -> new CoreNlpEngine(props);
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

    @Override
    public Document annotate(Article article) {
        String text = article.text();
        // a dateline ("NAIROBI:") would become the root of the first sentence; mask it, offsets unchanged
        Optional<Dateline> dateline = Dateline.find(text);
        if (dateline.isPresent()) {
            text = dateline.get().mask(text);
        }
        Annotation ann = new Annotation(text);
        pipeline.annotate(ann);
        List<Sentence> sentences = new ArrayList<>();
        List<CoreMap> maps = ann.get(CoreAnnotations.SentencesAnnotation.class);
        if (maps == null) {
            return new Document(article, List.of());
        }
        for (CoreMap sm : maps) {
            sentences.add(convert(sentences.size(), sm, article.text()));
        }
        return new Document(article, sentences);
    }

    private static Sentence convert(int index, CoreMap sm, String text) {
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
                    l.beginPosition(), l.endPosition(), heads[i], rels[i]));
        }
        int begin = sm.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
        int end = sm.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
        return new Sentence(index, text.substring(begin, end), begin, end, tokens);
    }
}
