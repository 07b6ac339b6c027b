package org.attache.attribution;

import static org.attache.attribution.Syntax.*;

import java.util.List;
import java.util.Set;
import org.attache.model.Sentence;
import org.attache.model.Token;

/** How a claim was made: "in a statement", "at a press conference", "told Reuters". */
final class Channels {
    private static final Set<String> CHANNEL_RELATIONS = Set.of("obl", "nmod", "advcl", "obj", "dobj", "iobj");

    private final AttributionLexicon lexicon;

    Channels(AttributionLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** "in a statement", "at a press conference", "in a written reply": a dependent headed by a channel word. */
    String of(Sentence s, String text, int verb) {
        for (Token c : s.children(verb)) {
            String rel = c.rel().contains(":") ? c.rel().substring(0, c.rel().indexOf(':')) : c.rel();
            if (!CHANNEL_RELATIONS.contains(rel) || !c.isNoun() && !c.pos().startsWith("NN")) {
                continue;
            }
            if (rel.equals("obj") || rel.equals("dobj") || rel.equals("iobj")) {
                continue;
            }
            for (List<String> phrase : lexicon.channels().keySet()) {
                if (endsAt(s, c.index(), phrase)) {
                    Set<Integer> sub = subtree(s, c.index());
                    return sourceSpan(s, text, c.index(), sub).text();
                }
            }
        }
        return null;
    }
}
