package org.attache.nlp.corenlp;

import edu.stanford.nlp.ling.Label;
import edu.stanford.nlp.ling.TaggedWord;
import edu.stanford.nlp.process.Morphology;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.trees.LabeledScoredTreeFactory;
import edu.stanford.nlp.trees.PennTreeReader;
import edu.stanford.nlp.trees.Tree;
import edu.stanford.nlp.trees.TypedDependency;
import edu.stanford.nlp.trees.UniversalEnglishGrammaticalStructure;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.attache.model.Article;
import org.attache.model.Document;
import org.attache.model.Sentence;
import org.attache.model.Token;
import org.attache.nlp.TreebankConverter;

/**
 * Converts Penn Treebank bracketed parses to Universal Dependencies with CoreNLP's rule-based
 * converter (head rules and tregex patterns, no statistical models), lemmatizes with CoreNLP's
 * morphology (also model-free) and aligns the leaves with the article text for character
 * offsets; when the leaves do not fit the text, the text is rebuilt from them. Not thread-safe
 * ({@link Morphology} keeps state): one converter per thread.
 */
public final class CoreNlpTreebankConverter implements TreebankConverter {
    private static final Map<String, String> UNESCAPE = Map.of("-LRB-", "(", "-RRB-", ")", "-LCB-", "{", "-RCB-", "}",
            "-LSB-", "[", "-RSB-", "]", "``", "\"", "''", "\"");

    private final Morphology morphology = new Morphology();

    @Override
    public Document convert(Article article, String trees) {
        List<Tree> parsed = read(trees);
        if (parsed.isEmpty()) {
            throw new IllegalArgumentException("no tree found");
        }
        List<List<TaggedWord>> leaves = new ArrayList<>();
        List<List<TypedDependency>> deps = new ArrayList<>();
        List<String> forms = new ArrayList<>();
        for (Tree t : parsed) {
            List<TaggedWord> tw = t.taggedYield();
            if (tw.isEmpty()) {
                continue;
            }
            GrammaticalStructure gs = new UniversalEnglishGrammaticalStructure(t);
            leaves.add(tw);
            deps.add(new ArrayList<>(gs.typedDependencies()));
            for (TaggedWord w : tw) {
                forms.add(surface(w.word()));
            }
        }
        String text = article.text();
        int[][] spans = align(text, forms);
        if (spans == null) {
            StringBuilder sb = new StringBuilder();
            spans = new int[forms.size()][];
            for (int i = 0; i < forms.size(); i++) {
                if (i > 0) {
                    sb.append(' ');
                }
                spans[i] = new int[] {sb.length(), sb.length() + forms.get(i).length()};
                sb.append(forms.get(i));
            }
            text = sb.toString();
        }
        List<Sentence> sentences = new ArrayList<>();
        int k = 0;
        for (int si = 0; si < leaves.size(); si++) {
            List<TaggedWord> tw = leaves.get(si);
            int n = tw.size();
            int[] heads = new int[n];
            String[] rels = new String[n];
            java.util.Arrays.fill(heads, -1);
            java.util.Arrays.fill(rels, "dep");
            for (TypedDependency d : deps.get(si)) {
                int dep = d.dep().index() - 1;
                if (dep < 0 || dep >= n) {
                    continue;
                }
                int gov = d.gov().index() - 1;
                heads[dep] = gov;
                rels[dep] = gov < 0 ? "root" : d.reln().toString().toLowerCase(Locale.ROOT);
            }
            int root = -1;
            for (int i = 0; i < n; i++) {
                if ("root".equals(rels[i])) {
                    root = i;
                }
            }
            for (int i = 0; i < n; i++) {
                // the converter leaves punctuation out; attach it to the root as UD does
                if (heads[i] < 0 && i != root && root >= 0) {
                    heads[i] = root;
                    rels[i] = "punct";
                }
            }
            List<Token> tokens = new ArrayList<>(n);
            int first = k;
            for (int i = 0; i < n; i++, k++) {
                TaggedWord w = tw.get(i);
                String form = forms.get(k);
                String tag = w.tag() == null ? "" : w.tag();
                String lemma = morphology.lemma(form, tag).toLowerCase(Locale.ROOT);
                tokens.add(new Token(i, text.substring(spans[k][0], spans[k][1]), lemma, tag, "O",
                        spans[k][0], spans[k][1], heads[i], rels[i]));
            }
            int b = spans[first][0];
            int e = spans[k - 1][1];
            sentences.add(new Sentence(sentences.size(), text.substring(b, e), b, e, tokens));
        }
        Article a = text.equals(article.text()) ? article
                : new Article(article.id(), article.date(), article.source(), article.url(), article.title(), text);
        return new Document(a, sentences);
    }

    private static List<Tree> read(String trees) {
        List<Tree> out = new ArrayList<>();
        try (PennTreeReader r = new PennTreeReader(new StringReader(trees), new LabeledScoredTreeFactory())) {
            Tree t;
            while ((t = r.readTree()) != null) {
                // "( (S …) )": an unlabeled wrapper around the real root
                if (t.label() == null || t.label().value() == null || t.label().value().isEmpty()) {
                    if (t.numChildren() == 1) {
                        t = t.firstChild();
                    }
                }
                prune(t);
                out.add(t);
            }
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage(), e);
        }
        return out;
    }

    /** Drops Treebank empty elements (-NONE- traces), which are not words of the text. */
    private static void prune(Tree t) {
        for (int i = t.numChildren() - 1; i >= 0; i--) {
            Tree c = t.getChild(i);
            Label l = c.label();
            if (l != null && "-NONE-".equals(l.value())) {
                t.removeChild(i);
            } else if (!c.isLeaf()) {
                prune(c);
                if (c.numChildren() == 0) {
                    t.removeChild(i);
                }
            }
        }
    }

    private static String surface(String leaf) {
        return UNESCAPE.getOrDefault(leaf, leaf);
    }

    private static int[][] align(String text, List<String> forms) {
        int[][] out = new int[forms.size()][];
        int c = 0;
        for (int i = 0; i < forms.size(); i++) {
            while (c < text.length() && Character.isWhitespace(text.charAt(c))) {
                c++;
            }
            String f = forms.get(i);
            int len = f.length();
            if (!text.regionMatches(true, c, f, 0, len)) {
                // quotes: the text may use ' or curly quotes where the tree has "
                if (f.equals("\"") && c < text.length() && "\"'\u201c\u201d`".indexOf(text.charAt(c)) >= 0) {
                    len = text.startsWith("``", c) || text.startsWith("''", c) ? 2 : 1;
                } else {
                    return null;
                }
            }
            out[i] = new int[] {c, c + len};
            c += len;
        }
        return out;
    }
}
