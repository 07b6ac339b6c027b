package org.attache.attribution;

import static org.attache.attribution.Syntax.*;

import java.util.Set;
import java.util.TreeSet;
import org.attache.model.Sentence;
import org.attache.model.Span;
import org.attache.model.Token;

/**
 * A verb of stance ("Iran vowed to retaliate", "Armenia accused Azerbaijan of firing on its
 * positions", "the agency warned of a crisis"): its subject is the source; its infinitive or
 * clause, and the complements {@code cues.tsv} names for it (the object of "accuse", the "of"
 * phrase), the content. Asked after {@link ReportingVerbCue}, so "warned that…" stays a reporting
 * verb. A passive with no agent ("were accused of spying") names no source, and a bare object
 * ("threatened the harvest") no claim: neither is an attribution.
 */
final class StanceVerbCue implements CueRule {
    static final String MODE = "stance";

    private final AttributionLexicon lexicon;
    private final Channels channels;

    StanceVerbCue(AttributionLexicon lexicon, Channels channels) {
        this.lexicon = lexicon;
        this.channels = channels;
    }

    @Override
    public boolean mayStartAt(Sentence tagged, Token t) {
        return t.isVerb() && lexicon.stance(lemma(t)) != null;
    }

    @Override
    public Draft at(Sentence s, Token t, Context context) {
        Set<String> complements = lexicon.stance(lemma(t));
        if (complements == null || !t.isVerb() || !s.children(t.index(), "nsubj:pass").isEmpty()
                || !s.children(t.index(), "aux:pass").isEmpty()) {
            return null;
        }
        Token head = s.head(t);
        int subject = subjectOf(s, t.index(), 0);
        Set<Integer> np;
        if (head != null && head.isNoun() && t.rel().startsWith("acl")
                && (subject < 0 || s.token(subject).pos().startsWith("W"))) {
            // "a report accusing the army of…", "Rouhani, who vowed to…": the noun the clause
            // modifies is the source (kept only if it can hold a view: a document, a person…)
            subject = head.index();
            np = subtree(s, subject);
            np.removeAll(subtree(s, t.index()));
        } else if (subject < 0 || s.token(subject).isVerb() || s.token(subject).pos().startsWith("W")) {
            return null;
        } else {
            np = subtree(s, subject);
        }
        dropTimeAndCase(s, subject, np);
        Set<Integer> content = new TreeSet<>();
        for (Token c : s.children(t.index())) {
            String rel = c.rel();
            if (rel.startsWith("xcomp") || rel.startsWith("ccomp")) {
                content.addAll(subtree(s, c.index()));
            } else if (rel.equals("obj") || rel.equals("dobj")) {
                if (complements.contains("obj")) {
                    content.addAll(subtree(s, c.index()));
                } else {
                    // "warned protesters against marching": the phrase may hang on the addressee
                    for (Token cc : s.children(c.index())) {
                        if (introducedBy(s, cc, complements)) {
                            content.addAll(subtree(s, cc.index()));
                        }
                    }
                }
            } else if (c.index() > t.index() && (introducedBy(s, c, complements)
                    || c.rel().startsWith("advcl") && c.isVerb() && markedBy(s, c, "to"))) {
                // "vowed to repatriate them" with the infinitive hung as advcl
                content.addAll(subtree(s, c.index()));
            }
        }
        content.removeAll(np);
        content.remove(t.index());
        if (content.isEmpty()) {
            return null;
        }
        Draft d = new Draft(s, MODE);
        d.head = subject;
        d.source = sourceSpan(s, context.text(), subject, np);
        d.cueSpan = new Span(t.word(), t.begin(), t.end());
        d.cueToken = t.index();
        d.content.addAll(spans(s, context.text(), content));
        d.channel = channels.of(s, context.text(), t.index());
        return d;
    }

    static boolean markedBy(Sentence s, Token verb, String word) {
        for (Token k : s.children(verb.index(), "mark")) {
            if (k.lowerWord().equals(word) && k.index() < verb.index()) {
                return true;
            }
        }
        return false;
    }

    /** Whether a dependent is a phrase or clause opened by one of the prepositions ("of shelling", "for the attack"). */
    static boolean introducedBy(Sentence s, Token dependent, Set<String> prepositions) {
        String rel = dependent.rel();
        if (!(rel.startsWith("obl") || rel.startsWith("nmod") || rel.startsWith("advcl") || rel.startsWith("acl")
                || rel.equals("dep"))) {
            return false;
        }
        for (Token k : s.children(dependent.index())) {
            if ((k.rel().equals("case") || k.rel().equals("mark")) && k.index() < dependent.index()
                    && prepositions.contains(k.lowerWord())) {
                return true;
            }
        }
        return false;
    }
}
