package org.attache.attribution;

import static org.attache.attribution.Syntax.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.attache.model.Sentence;
import org.attache.model.Span;
import org.attache.model.Token;

/** "Kommersant reported, citing unnamed sources, that…": the cited source, nested inside the report. */
final class CitingCue implements CueRule {
    private final AttributionLexicon lexicon;

    CitingCue(AttributionLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /**
     * "Kommersant reported, citing unnamed sources, that…": the cited source claims what the
     * reporting verb reports (nested inside it).
     */
    @Override
    public boolean mayStartAt(Sentence tagged, Token t) {
        return lexicon.passives().contains(lemma(t)) && t.pos().equals("VBG");
    }

    @Override
    public Draft at(Sentence s, Token t, Context context) {
        String text = context.text();
        if (!mayStartAt(s, t) || t.head() < 0) {
            return null;
        }
        Token gov = s.token(t.head());
        List<Token> obj = new ArrayList<>(s.children(t.index(), "obj"));
        obj.addAll(s.children(t.index(), "dobj"));
        if (t.rel().equals("amod") && gov.isNoun() && gov.head() >= 0) {
            // parsed as "citing" modifying "sources", the object of "reported"
            obj = List.of(gov);
            gov = s.token(gov.head());
        }
        if (obj.isEmpty() || !lexicon.isReportingVerb(lemma(gov))) {
            return null;
        }
        Set<Integer> content = new TreeSet<>();
        for (Token c : s.children(gov.index())) {
            if (c.rel().startsWith("ccomp")) {
                content.addAll(subtree(s, c.index()));
            }
        }
        for (Token c : s.children(obj.get(0).index())) {
            if (c.rel().startsWith("ccomp") || (c.rel().startsWith("acl") || c.rel().equals("dep")) && c.isVerb()) {
                content.addAll(subtree(s, c.index()));
            }
        }
        if (content.isEmpty()) {
            return null;
        }
        Draft d = new Draft(s, "reported");
        d.head = obj.get(0).index();
        Set<Integer> np = subtree(s, d.head);
        np.remove(t.index());
        np.removeAll(content);
        d.source = sourceSpan(s, text, d.head, np);
        d.cueSpan = new Span(t.word(), t.begin(), t.end());
        d.cueToken = t.index();
        d.content.addAll(spans(s, text, content));
        return d;
    }
}
