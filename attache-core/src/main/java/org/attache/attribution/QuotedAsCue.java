package org.attache.attribution;

import static org.attache.attribution.Syntax.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.attache.model.Sentence;
import org.attache.model.Span;
import org.attache.model.Token;

/** "X was quoted as saying", "state media quoted a commander as saying": the quoted one is the source. */
final class QuotedAsCue implements CueRule {
    private final AttributionLexicon lexicon;
    private final Channels channels;

    QuotedAsCue(AttributionLexicon lexicon, Channels channels) {
        this.lexicon = lexicon;
        this.channels = channels;
    }

    /** "X was quoted as saying": the passive subject of quote/cite is the source. */
    @Override
    public boolean mayStartAt(Sentence tagged, Token t) {
        return lexicon.passives().contains(lemma(t)) && t.isVerb();
    }

    @Override
    public Draft at(Sentence s, Token t, Context context) {
        String text = context.text();
        if (!mayStartAt(s, t)) {
            return null;
        }
        List<Token> subj = s.children(t.index(), "nsubj:pass");
        // active "state media quoted a commander as saying": the object is the source
        boolean active = subj.isEmpty();
        if (active) {
            subj = new ArrayList<>(s.children(t.index(), "obj"));
            subj.addAll(s.children(t.index(), "dobj"));
        }
        if (subj.isEmpty()) {
            return null;
        }
        for (Token c : s.children(t.index())) {
            if (!(c.rel().startsWith("xcomp") || c.rel().startsWith("advcl") || c.rel().startsWith("obl"))
                    || !lexicon.isReportingVerb(lemma(c))) {
                continue;
            }
            Draft d = new Draft(s, "reported");
            d.head = subj.get(0).index();
            d.source = sourceSpan(s, text, d.head, subtree(s, d.head));
            int from = t.index();
            for (Token a : s.children(t.index())) {
                if (a.rel().startsWith("aux") && a.index() < from) {
                    from = a.index();
                }
            }
            d.cueSpan = active ? new Span(t.word(), t.begin(), t.end()) : s.span(text, from, c.index());
            d.cueToken = t.index();
            Set<Integer> content = new TreeSet<>();
            for (Token cc : s.children(c.index())) {
                if (cc.rel().startsWith("ccomp") || cc.rel().equals("parataxis") || cc.rel().startsWith("obj")) {
                    content.addAll(subtree(s, cc.index()));
                }
            }
            d.content.addAll(spans(s, text, content));
            d.channel = channels.of(s, text, t.index());
            context.consumed().add(c.index());
            return d;
        }
        return null;
    }
}
