package org.attache.attribution;

import static org.attache.attribution.Syntax.*;

import java.util.Set;
import java.util.TreeSet;
import org.attache.model.Sentence;
import org.attache.model.Span;
import org.attache.model.Token;

/**
 * A claim noun with its claimant ("Trump's threat to sue the newspaper", "the ministry's claim
 * that…", "an allegation by the opposition that…"): the possessor (without its "'s") or the
 * "by"/"from" phrase is the source; the noun's infinitive or clause, and the phrases of the
 * prepositions {@code cues.tsv} names for it ("denial of any role"), the content. A relative
 * clause ("the claim that Moscow denies") is no content, and a noun without a claimant ("the
 * threat of violence") no attribution.
 */
final class ClaimNounCue implements CueRule {
    static final String MODE = "noun";
    private static final Set<String> AGENT_CASES = Set.of("by", "from");

    private final AttributionLexicon lexicon;

    ClaimNounCue(AttributionLexicon lexicon) {
        this.lexicon = lexicon;
    }

    @Override
    public boolean mayStartAt(Sentence tagged, Token t) {
        return t.isNoun() && lexicon.claimNoun(lemma(t)) != null;
    }

    @Override
    public Draft at(Sentence s, Token t, Context context) {
        Set<String> complements = lexicon.claimNoun(lemma(t));
        if (complements == null || !t.isNoun()) {
            return null;
        }
        int source = -1;
        for (Token c : s.children(t.index())) {
            if (c.rel().equals("nmod:poss")
                    || c.rel().startsWith("nmod") && c.index() > t.index() && caseOf(s, c, AGENT_CASES)) {
                source = c.index();
                break;
            }
        }
        Token verb = s.head(t);
        if (source < 0 && verb != null && (t.rel().equals("obj") || t.rel().equals("dobj")) && verb.isVerb()
                && lexicon.isLightVerb(lemma(verb))) {
            // "Seoul issued a warning that…": the light verb's subject is the claimant
            int subject = subjectOf(s, verb.index(), 0);
            if (subject >= 0 && !s.token(subject).isVerb() && !s.token(subject).pos().startsWith("W")) {
                source = subject;
            }
        }
        if (source < 0) {
            return null;
        }
        Set<Integer> content = new TreeSet<>();
        for (Token c : s.children(t.index())) {
            if (c.index() == source || c.index() < t.index()) {
                continue;
            }
            String rel = c.rel();
            // a content clause may be verbless ("accusations that its military is guilty")
            boolean clause = rel.startsWith("ccomp") || (rel.equals("acl") || rel.equals("dep"))
                    && (c.isVerb() || !s.children(c.index(), "cop").isEmpty());
            if (clause || StanceVerbCue.introducedBy(s, c, complements)) {
                content.addAll(subtree(s, c.index()));
            }
        }
        for (Token c : s.children(source)) {
            // "an allegation by the opposition that the vote was rigged": the clause hung on the claimant
            if ((c.rel().startsWith("ccomp") || c.rel().equals("acl")) && StanceVerbCue.markedBy(s, c, "that")) {
                content.addAll(subtree(s, c.index()));
            }
        }
        if (content.isEmpty()) {
            content.addAll(infinitiveMadeHead(s, t));
        }
        Set<Integer> np = subtree(s, source);
        np.removeAll(content);
        for (Token k : s.children(source)) {
            if (k.rel().equals("case")) {
                np.remove(k.index());
            }
        }
        dropTimeAndCase(s, source, np);
        content.removeAll(np);
        if (content.isEmpty()) {
            return null;
        }
        Draft d = new Draft(s, MODE);
        d.head = source;
        d.source = sourceSpan(s, context.text(), source, np);
        d.cueSpan = new Span(t.word(), t.begin(), t.end());
        d.cueToken = t.index();
        d.content.addAll(spans(s, context.text(), content));
        return d;
    }

    /**
     * "Trump's threat to sue the newspaper drew criticism", parsed with the noun as the subject of
     * "sue" and "drew" hung under it: the infinitive with the words up to the misplaced clause.
     */
    private static Set<Integer> infinitiveMadeHead(Sentence s, Token noun) {
        Set<Integer> out = new TreeSet<>();
        Token v = s.head(noun);
        if (v == null || !noun.rel().startsWith("nsubj") || !v.isVerb() || v.index() < noun.index()
                || !StanceVerbCue.markedBy(s, v, "to")) {
            return out;
        }
        out.addAll(subtree(s, v.index()));
        out.removeAll(subtree(s, noun.index()));
        for (Token c : s.children(v.index())) {
            String rel = c.rel();
            if (c.index() > v.index() && (rel.startsWith("ccomp") || rel.equals("dep") || rel.equals("parataxis")
                    || rel.equals("conj") || rel.equals("punct"))) {
                out.removeAll(subtree(s, c.index()));
                for (Token subj : s.children(c.index(), "nsubj")) {
                    // "the newspaper" hung as the subject of "drew" is the infinitive's object
                    if (subj.index() > v.index() && subj.index() < c.index()) {
                        out.addAll(subtree(s, subj.index()));
                    }
                }
            }
        }
        return out;
    }

    private static boolean caseOf(Sentence s, Token dependent, Set<String> words) {
        for (Token k : s.children(dependent.index())) {
            if (k.rel().equals("case") && words.contains(k.lowerWord())) {
                return true;
            }
        }
        return false;
    }
}
