package org.attache.attribution;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.attache.model.Attribution;
import org.attache.model.Sentence;
import org.attache.model.Span;

/**
 * An attribution being assembled: a cue step fills in the source, cue and content, the source
 * classifier the kind and actor, the article-level steps the rest. Mutable, and local to one
 * {@link AttributionFinder#find} call.
 */
final class Draft {
    final Sentence sentence;
    String mode;
    /** The source's head token in {@link #sentence}. */
    int head = -1;
    /** The cue's (first) token in {@link #sentence}. */
    int cueToken = -1;
    Span source;
    Span cueSpan;
    final List<Span> content = new ArrayList<>();
    String channel;
    SourceKind kind = SourceKind.OTHER;
    String actor;
    String name;
    String role;

    Draft(Sentence sentence, String mode) {
        this.sentence = sentence;
        this.mode = mode;
    }

    Attribution build() {
        List<Span> parts = new ArrayList<>(content);
        parts.sort(Comparator.comparingInt(Span::start));
        String cue = mode.equals("according-to") ? cueSpan.text().toLowerCase(Locale.ROOT) : cueSpan.text();
        return new Attribution(source.text(), kind.label(), cue, actor, source, cueSpan, parts, channel, name, role, mode);
    }
}
