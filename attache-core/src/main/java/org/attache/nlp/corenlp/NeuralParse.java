package org.attache.nlp.corenlp;

import edu.stanford.nlp.parser.nndep.ArcStandard;
import edu.stanford.nlp.parser.nndep.Classifier;
import edu.stanford.nlp.parser.nndep.Config;
import edu.stanford.nlp.parser.nndep.Configuration;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.parser.nndep.ParsingSystem;
import edu.stanford.nlp.util.CoreMap;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * CoreNLP's neural dependency parser (Chen and Manning's transition parser, {@code nndep}) run
 * on the loaded model's own weights and transition system, with the same arithmetic in an order
 * the JIT can vectorize. CoreNLP's {@code Classifier.computeScores} takes each output score as a
 * dot product over the 1,000 hidden units (a serial sum the JIT cannot vectorize) and each
 * hidden contribution of a feature outside the precomputed table as 1,000 dot products over the
 * 50 embedding dimensions, cached in a 5,000-entry LRU shared under one lock. Here the weight
 * matrices are transposed once, so each sum runs in the same order but across all units at a
 * time, and a feature's contribution, once computed, is kept in a lock-free table. Every score
 * is bit for bit the one CoreNLP computes (no operation is reordered within a sum, and Java
 * never fuses a multiply and an add), so the parse is the same; {@code NeuralParseIT} checks it
 * against CoreNLP's own parser on real sentences.
 *
 * <p>The parser's internals are reached by reflection, for the CoreNLP version the project pins;
 * {@link #of} returns empty when they are not as expected, and the caller uses CoreNLP's
 * annotator instead.
 */
final class NeuralParse {
    /** The head (0-based token index, -1 for the root or none) and relation of each token. */
    record Result(int[] heads, String[] relations) {
    }

    /**
     * Contributions of features outside the precomputed set kept at most (8 KB each): 256 MB at
     * the cap, which 1,355 wire sentences fill to about 34,000; past it a contribution is
     * recomputed when needed (about 5 microseconds).
     */
    private static final int MAX_KEPT = 32_768;

    private final DependencyParser parser;
    private final ArcStandard system;
    private final MethodHandle featureArray;
    private final List<String> transitions;
    private final int hidden;
    private final int embedding;
    private final int numTokens;
    private final float[] b1;
    /** W1 transposed: [feature position * embedding + k][hidden unit]. */
    private final float[][] w1t;
    /** W2 transposed and widened to double (exactly): [hidden unit][transition]. */
    private final double[][] w2t;
    private final float[][] e;
    /**
     * Per feature index (token id * numTokens + position): whether CoreNLP precomputes its
     * contribution (summed in double and kept so) rather than caching it (rounded to float).
     */
    private final boolean[] precomputed;
    /** Per feature index: its contribution, once computed. */
    private final AtomicReferenceArray<double[]> rows;
    private final AtomicInteger keptCount = new AtomicInteger();

    private NeuralParse(DependencyParser parser, ArcStandard system, MethodHandle featureArray,
            List<String> transitions, Config config, Classifier classifier, List<Integer> precomputedIds,
            double[][] saved, Map<Integer, Integer> preMap) {
        this.parser = parser;
        this.system = system;
        this.featureArray = featureArray;
        this.transitions = List.copyOf(transitions);
        this.hidden = config.hiddenSize;
        this.embedding = config.embeddingSize;
        this.numTokens = Config.numTokens;
        this.b1 = classifier.getb1();
        this.e = classifier.getE();
        float[][] w1 = classifier.getW1();
        this.w1t = new float[w1[0].length][hidden];
        for (int i = 0; i < hidden; i++) {
            for (int c = 0; c < w1[i].length; c++) {
                w1t[c][i] = w1[i][c];
            }
        }
        float[][] w2 = classifier.getW2();
        this.w2t = new double[hidden][w2.length];
        for (int t = 0; t < w2.length; t++) {
            for (int i = 0; i < hidden; i++) {
                w2t[i][t] = w2[t][i];
            }
        }
        this.precomputed = new boolean[e.length * numTokens];
        this.rows = new AtomicReferenceArray<>(precomputed.length);
        if (preMap.isEmpty()) {
            // CoreNLP precomputes these at load (about 1.7 s); here each is computed when first needed
            for (int index : precomputedIds) {
                precomputed[index] = true;
            }
        } else {
            // a parser loaded with CoreNLP's precomputation on: its rows are used as they are
            preMap.forEach((index, row) -> {
                precomputed[index] = true;
                rows.set(index, saved[row]);
            });
        }
    }

    /**
     * The fast path for a loaded parser, or empty when the parser is not the arc-standard neural
     * parser this class knows (another CoreNLP version, a training-mode classifier).
     *
     * @param precomputedCount how many of the model's listed features CoreNLP precomputes with
     *        its settings ({@code numPreComputed}); the parser itself may have been loaded with
     *        none precomputed (start-up is then about 1.7 s shorter), their contributions are
     *        then computed here, with CoreNLP's arithmetic, the first time each is needed
     */
    static Optional<NeuralParse> of(DependencyParser parser, int precomputedCount) {
        try {
            Object system = field(DependencyParser.class, "system").get(parser);
            Classifier classifier = (Classifier) field(DependencyParser.class, "classifier").get(parser);
            Config config = (Config) field(DependencyParser.class, "config").get(parser);
            if (!(system instanceof ArcStandard arcs) || classifier == null || config.numCached == 0
                    || field(Classifier.class, "isTraining").getBoolean(classifier)) {
                // with no cache CoreNLP sums uncached contributions in double, not through float: not this arithmetic
                return Optional.empty();
            }
            @SuppressWarnings("unchecked")
            List<String> transitions = (List<String>) field(ParsingSystem.class, "transitions").get(system);
            double[][] saved = (double[][]) field(Classifier.class, "saved").get(classifier);
            @SuppressWarnings("unchecked")
            Map<Integer, Integer> preMap = (Map<Integer, Integer>) field(Classifier.class, "preMap").get(classifier);
            Method m = DependencyParser.class.getDeclaredMethod("getFeatureArray", Configuration.class);
            m.setAccessible(true);
            MethodHandle features = MethodHandles.lookup().unreflect(m);
            @SuppressWarnings("unchecked")
            List<Integer> listed = (List<Integer>) field(DependencyParser.class, "preComputed").get(parser);
            if (preMap == null || (saved == null && !preMap.isEmpty()) || listed == null
                    || classifier.getW2().length != transitions.size()
                    || classifier.getW1()[0].length != Config.numTokens * config.embeddingSize) {
                return Optional.empty();
            }
            List<Integer> ids = listed.subList(0, Math.min(listed.size(), Math.max(0, precomputedCount)));
            return Optional.of(new NeuralParse(parser, arcs, features, transitions, config, classifier, ids, saved, preMap));
        } catch (ReflectiveOperationException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static Field field(Class<?> owner, String name) throws NoSuchFieldException {
        Field f = owner.getDeclaredField(name);
        f.setAccessible(true);
        return f;
    }

    /** Parses one tagged sentence (its tokens with POS tags), as CoreNLP's parser would. */
    Result parse(CoreMap sentence) {
        Configuration c = system.initialConfiguration(sentence);
        double[] h = new double[hidden];
        double[] scores = new double[transitions.size()];
        while (!system.isTerminal(c)) {
            CoreNlpEngine.stopIfInterrupted();
            score(features(c), h, scores);
            double best = Double.NEGATIVE_INFINITY;
            String chosen = null;
            for (int t = 0; t < scores.length; t++) {
                if (scores[t] > best) {
                    String tr = transitions.get(t);
                    if (system.canApply(c, tr)) {
                        best = scores[t];
                        chosen = tr;
                    }
                }
            }
            system.apply(c, chosen);
        }
        int n = c.getSentenceSize();
        int[] heads = new int[n];
        String[] rels = new String[n];
        for (int k = 1; k <= n; k++) {
            heads[k - 1] = c.getHead(k) - 1;
            // a root's relation is "root", as in CoreNLP's basic dependencies
            rels[k - 1] = c.getHead(k) == 0 ? "root" : c.getLabel(k);
        }
        markPassiveSubjects(heads, rels);
        return new Result(heads, rels);
    }

    /**
     * CoreNLP's one correction of the basic UD dependencies of English (the others are off or
     * cannot apply to a tree): the subject of a word with an {@code aux:pass} dependent is a
     * passive subject, {@code nsubj} becoming {@code nsubj:pass} and {@code csubj} {@code csubj:pass}.
     */
    static void markPassiveSubjects(int[] heads, String[] rels) {
        for (int a = 0; a < rels.length; a++) {
            if (!rels[a].equals("aux:pass") || heads[a] < 0) {
                continue;
            }
            for (int s = 0; s < rels.length; s++) {
                if (heads[s] == heads[a]) {
                    if (rels[s].equals("nsubj")) {
                        rels[s] = "nsubj:pass";
                    } else if (rels[s].equals("csubj")) {
                        rels[s] = "csubj:pass";
                    }
                }
            }
        }
    }

    private int[] features(Configuration c) {
        try {
            return (int[]) featureArray.invoke(parser, c);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException("CoreNLP parser features: " + e, e);
        }
    }

    /**
     * CoreNLP's computeScores, sum for sum: each hidden unit adds the features' contributions in
     * feature order, and each score adds the hidden units' products in unit order. Several rows
     * are added in one pass ({@code ((h + a) + b) + c} is the order of three separate passes),
     * which saves loads and stores, never a rounding step.
     */
    private void score(int[] feature, double[] h, double[] scores) {
        double[][] rows = new double[feature.length][];
        int offset = 0;
        for (int j = 0; j < feature.length; j++) {
            rows[j] = contribution(feature[j] * numTokens + j, feature[j], offset);
            offset += embedding;
        }
        Arrays.fill(h, 0.0);
        int j = 0;
        for (; j + 4 <= rows.length; j += 4) {
            double[] a = rows[j];
            double[] b = rows[j + 1];
            double[] c = rows[j + 2];
            double[] d = rows[j + 3];
            for (int i = 0; i < hidden; i++) {
                h[i] = h[i] + a[i] + b[i] + c[i] + d[i];
            }
        }
        for (; j < rows.length; j++) {
            double[] a = rows[j];
            for (int i = 0; i < hidden; i++) {
                h[i] += a[i];
            }
        }
        for (int i = 0; i < hidden; i++) {
            h[i] += b1[i];
            h[i] = h[i] * h[i] * h[i];
        }
        Arrays.fill(scores, 0.0);
        int nt = scores.length;
        int i = 0;
        for (; i + 4 <= hidden; i += 4) {
            double h0 = h[i];
            double h1 = h[i + 1];
            double h2 = h[i + 2];
            double h3 = h[i + 3];
            double[] w0 = w2t[i];
            double[] w1 = w2t[i + 1];
            double[] w2 = w2t[i + 2];
            double[] w3 = w2t[i + 3];
            for (int t = 0; t < nt; t++) {
                scores[t] = scores[t] + h0 * w0[t] + h1 * w1[t] + h2 * w2[t] + h3 * w3[t];
            }
        }
        for (; i < hidden; i++) {
            double hi = h[i];
            double[] w = w2t[i];
            for (int t = 0; t < nt; t++) {
                scores[t] += hi * w[t];
            }
        }
    }

    /**
     * A feature's hidden-layer contribution as CoreNLP computes it: per hidden unit, the float
     * products over the embedding summed in double in embedding order; for a feature outside the
     * precomputed set (CoreNLP's cache) then rounded to float. Kept as double either way (the
     * float widened exactly), ready to add.
     */
    private double[] sum(int token, int offset) {
        double[] acc = new double[hidden];
        float[] emb = e[token];
        for (int k = 0; k < embedding; k++) {
            float x = emb[k];
            float[] w = w1t[offset + k];
            for (int i = 0; i < hidden; i++) {
                acc[i] += w[i] * x;
            }
        }
        return acc;
    }

    private double[] contribution(int index, int token, int offset) {
        double[] v = rows.get(index);
        if (v != null) {
            return v;
        }
        double[] acc = sum(token, offset);
        if (precomputed[index]) {
            rows.compareAndSet(index, null, acc);
            return acc;
        }
        for (int i = 0; i < hidden; i++) {
            acc[i] = (float) acc[i];
        }
        if (keptCount.get() < MAX_KEPT && rows.compareAndSet(index, null, acc)) {
            keptCount.incrementAndGet();
        }
        return acc;
    }
}
