package org.attache.attribution;

import static org.attache.attribution.Syntax.*;

import java.util.List;
import java.util.Set;
import org.attache.model.Document;
import org.attache.model.Sentence;
import org.attache.model.Span;
import org.attache.model.Token;

/** Rules over the whole article once the cues are found: anonymity stated later, enumerations that inherit a source. */
final class ArticleRules {
    private static final Set<String> ENUMERATORS = Set.of(
            "first", "firstly", "second", "secondly", "third", "thirdly", "fourth", "fifth", "finally", "lastly");

    private final SourceClassifier classifier;

    ArticleRules(SourceClassifier classifier) {
        this.classifier = classifier;
    }

    /**
     * Whether the article rules can read this sentence's parse: {@link #anonymityStatedLater}
     * needs a verb and an anonymity marker (enumerations read only words and drafts).
     */
    boolean needsParse(Sentence tagged) {
        return tagged.tokens().stream().anyMatch(Token::isVerb) && classifier.mayBeAnonymousManner(tagged);
    }

    /**
     * "The official spoke on condition of anonymity": a later sentence saying that a source
     * ("the official", "the diplomat") asked for anonymity makes the latest source with that head
     * anonymous.
     */
    void anonymityStatedLater(Document doc, List<Draft> drafts) {
        for (Sentence s : doc.sentences()) {
            for (Token t : s.tokens()) {
                if (!t.isVerb() || !t.rel().equals("root") || !classifier.anonymousManner(s, t.index())) {
                    continue;
                }
                for (Token subj : s.children(t.index(), "nsubj")) {
                    boolean definite = s.children(subj.index(), "det").stream()
                            .anyMatch(d -> d.lowerWord().equals("the") || d.lowerWord().equals("this"));
                    if (!definite) {
                        continue;
                    }
                    for (int i = drafts.size() - 1; i >= 0; i--) {
                        Draft d = drafts.get(i);
                        if (d.sentence.index() < s.index()
                                && lemma(d.sentence.token(d.head)).equals(lemma(subj))) {
                            d.kind = SourceKind.ANONYMOUS;
                            break;
                        }
                    }
                }
            }
        }
    }

    /**
     * "Officials said the plan had three parts: …" and "First, … Second, …": sentences that
     * only continue an attributed sentence (after a colon, or counted off) inherit its source.
     */
    static void inheritEnumerations(Document doc, List<Draft> drafts, String text) {
        List<Sentence> ss = doc.sentences();
        for (int i = 0; i + 1 < ss.size(); i++) {
            Sentence s = ss.get(i);
            Draft owner = null;
            for (Draft d : drafts) {
                if (d.sentence == s && !d.content.isEmpty()) {
                    owner = d;
                }
            }
            if (owner == null) {
                continue;
            }
            boolean colon = s.text().strip().endsWith(":");
            for (int j = i + 1; j < ss.size(); j++) {
                Sentence next = ss.get(j);
                int nextIndex = j;
                boolean hasOwn = drafts.stream().anyMatch(d -> d.sentence.index() == nextIndex);
                boolean counted = !next.tokens().isEmpty() && ENUMERATORS.contains(next.token(0).lowerWord());
                boolean sameParagraph = !text.substring(ss.get(j - 1).end(), next.begin()).contains("\n\n");
                if (hasOwn || !(counted || colon && (sameParagraph || j == i + 1))) {
                    break;
                }
                Span whole = new Span(next.text(), next.begin(), next.end());
                if (owner.content.stream().noneMatch(c -> c.start() <= whole.start() && c.end() >= whole.end())) {
                    owner.content.add(whole);
                }
                if (!sameParagraph && !counted) {
                    break;
                }
            }
        }
    }
}
