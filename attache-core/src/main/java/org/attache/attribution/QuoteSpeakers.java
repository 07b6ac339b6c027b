package org.attache.attribution;

import static org.attache.attribution.Syntax.*;

import java.util.List;
import org.attache.attribution.Quotes.Quote;
import org.attache.model.Document;
import org.attache.model.Sentence;
import org.attache.model.Span;

/** Gives each direct quote its speaker. */
final class QuoteSpeakers {
    private QuoteSpeakers() {
    }

    /**
     * A quote's speaker is the cue in a sentence the quote overlaps (the nearest one); a quote
     * continuing an earlier paragraph's quote keeps its speaker; a quote with no cue that starts
     * right after a sentence with one takes that speaker ("X said on Monday. \"…\"").
     */
    static void attachQuotes(Document doc, List<Quote> quotes, List<Draft> drafts, String text) {
        Draft previous = null;
        for (Quote q : quotes) {
            Draft speaker = null;
            int bestDistance = Integer.MAX_VALUE;
            for (Draft d : drafts) {
                if (!q.overlaps(d.sentence.begin(), d.sentence.end()) || q.contains(d.cueSpan.start())) {
                    continue;
                }
                int distance = Math.min(Math.abs(d.cueSpan.start() - q.end()), Math.abs(q.start() - d.cueSpan.end()));
                if (distance < bestDistance) {
                    bestDistance = distance;
                    speaker = d;
                }
            }
            if (speaker == null && q.continued()) {
                speaker = previous;
            }
            if (speaker == null) {
                Sentence before = sentenceBefore(doc, q.start());
                if (before != null) {
                    for (Draft d : drafts) {
                        // people speak in quotes; a document or an outlet before a stand-alone quote is not its speaker
                        if (d.sentence == before && d.kind != SourceKind.DOCUMENT && d.kind != SourceKind.OUTLET) {
                            speaker = d;
                        }
                    }
                }
            }
            if (speaker != null) {
                speaker.content.add(new Span(text.substring(q.innerStart(), q.innerEnd()), q.innerStart(), q.innerEnd()));
                speaker.mode = "quote";
            }
            previous = speaker;
        }
    }

    /** The sentence ending just before {@code offset}, when nothing but whitespace lies between. */
    private static Sentence sentenceBefore(Document doc, int offset) {
        Sentence best = null;
        for (Sentence s : doc.sentences()) {
            if (s.end() <= offset) {
                best = s;
            }
        }
        if (best == null || !doc.article().text().substring(best.end(), offset).isBlank()) {
            return null;
        }
        return best;
    }
}
