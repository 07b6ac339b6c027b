package org.attache.attribution;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.attache.actors.ActorResolver;
import org.attache.actors.ActorResolver.SentenceMatches;
import org.attache.attribution.Quotes.Quote;
import org.attache.model.Attribution;
import org.attache.model.Document;
import org.attache.model.Event;
import org.attache.model.Sentence;
import org.attache.model.Span;
import org.attache.model.Token;
import org.attache.nlp.Dateline;

/**
 * Finds who claims what in an article, in named steps: the cue rules ({@link AccordingToCue},
 * {@link QuotedAsCue}, {@link CitingCue}, {@link ReportingVerbCue}, {@link StanceVerbCue},
 * {@link ClaimNounCue}) find a source, a cue and the claimed content in each sentence; {@link SourceClassifier} gives each source its kind (named
 * person, unnamed official, anonymous, organization, document, outlet, other) and actor code;
 * {@link ArticleRules} and {@link QuoteSpeakers} then work over the whole article (anonymity
 * stated later, enumerations, direct quotes and their speakers).
 *
 * <p>Immutable and thread-safe: all per-document state is local to {@link #find}.
 */
public final class AttributionFinder {
    private final ActorResolver resolver;
    private final List<CueRule> cues;
    private final SourceClassifier classifier;
    private final ArticleRules articleRules;

    public AttributionFinder(AttributionLexicon lexicon, ActorResolver resolver) {
        this.resolver = resolver;
        Channels channels = new Channels(lexicon);
        this.cues = List.of(new AccordingToCue(lexicon), new QuotedAsCue(lexicon, channels), new CitingCue(lexicon),
                new ReportingVerbCue(lexicon, channels), new StanceVerbCue(lexicon, channels), new ClaimNounCue(lexicon));
        this.classifier = new SourceClassifier(lexicon, resolver);
        this.articleRules = new ArticleRules(classifier);
    }

    /** The attributions of an article, in text order of their cues. */
    public List<Attribution> find(Document doc) {
        String text = doc.article().text();
        String datelineCountry = Dateline.find(text).map(d -> resolver.countryOfPlace(d.place())).orElse(null);
        List<Quote> quotes = Quotes.find(text).stream().filter(Quote::direct).toList();
        List<Draft> drafts = new ArrayList<>();
        for (Sentence s : doc.sentences()) {
            // dictionary matching is the costly part; most sentences have no cue, so match lazily
            SentenceMatches m = null;
            CueRule.Context context = new CueRule.Context(text, quotes, new HashSet<>());
            for (Token t : s.tokens()) {
                if (Syntax.inQuote(quotes, t) || context.consumed().contains(t.index())) {
                    continue;
                }
                Draft d = null;
                for (int r = 0; r < cues.size() && d == null; r++) {
                    d = cues.get(r).at(s, t, context);
                }
                if (d != null) {
                    if (m == null) {
                        m = resolver.match(s, doc.article().date());
                    }
                    classifier.classify(d, s, m, text, datelineCountry, drafts, doc);
                    if (reporting(d.mode) || classifier.canHoldAView(d)) {
                        drafts.add(d);
                    }
                }
            }
        }
        articleRules.anonymityStatedLater(doc, drafts);
        QuoteSpeakers.attachQuotes(doc, quotes, drafts, text);
        ArticleRules.inheritEnumerations(doc, drafts, text);
        List<Attribution> out = new ArrayList<>();
        for (Draft d : drafts) {
            if (!d.content.isEmpty()) {
                out.add(d.build());
            }
        }
        return List.copyOf(out);
    }

    /**
     * Whether the dependency parse of a tagged sentence can matter to {@link #find}: a cue rule
     * may start at one of its words ({@link CueRule#mayStartAt}), or the article rules may read it
     * (an anonymity marker that can make an earlier source anonymous). Every draft starts at a
     * cue, so a sentence without one adds none and changes none; the quote and enumeration rules
     * read only drafts and words.
     */
    public boolean needsParse(Sentence tagged) {
        for (Token t : tagged.tokens()) {
            for (CueRule rule : cues) {
                if (rule.mayStartAt(tagged, t)) {
                    return true;
                }
            }
        }
        return articleRules.needsParse(tagged);
    }

    /**
     * The events with their attribution: the innermost attribution whose content holds the
     * trigger; an event triggered by a reporting cue itself ("denied") rests on that source's own
     * statement (a stance or claim noun's own event, "accused", "threat", does not); otherwise
     * null (the outlet's own account).
     */
    public static List<Event> attach(List<Attribution> attributions, List<Event> events) {
        List<Event> out = new ArrayList<>(events.size());
        for (Event e : events) {
            out.add(e.withAttribution(attributionOf(attributions, e)));
        }
        return List.copyOf(out);
    }

    static Attribution attributionOf(List<Attribution> attributions, Event e) {
        int at = e.trigger().start();
        Attribution best = null;
        for (Attribution a : attributions) {
            if (!a.covers(at) || inside(a.source(), at) || inside(a.cueSpan(), at)) {
                continue;
            }
            // on a tie the later one wins: "X reported, citing Y, that…" gives Y the same content as X
            if (best == null || a.contentLength() <= best.contentLength()) {
                best = a;
            }
        }
        if (best == null) {
            for (Attribution a : attributions) {
                // "Uganda denied the accusation" rests on Uganda's own statement; "Armenia accused
                // Azerbaijan…" and "Trump's threat" are the outlet's account of a stance taken
                if (inside(a.cueSpan(), at) && reporting(a.mode())) {
                    return a;
                }
            }
        }
        return best;
    }

    /** Reporting cues (verbs, quotes, "according to"), as against stances and claim nouns. */
    private static boolean reporting(String mode) {
        return !StanceVerbCue.MODE.equals(mode) && !ClaimNounCue.MODE.equals(mode);
    }

    private static boolean inside(Span s, int at) {
        return s != null && at >= s.start() && at < s.end();
    }
}
