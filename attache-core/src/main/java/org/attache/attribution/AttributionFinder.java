package org.attache.attribution;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.attache.actors.ActorEntry;
import org.attache.actors.ActorResolver;
import org.attache.actors.ActorResolver.SentenceMatches;
import org.attache.attribution.Quotes.Quote;
import org.attache.model.Actor;
import org.attache.model.Attribution;
import org.attache.model.Document;
import org.attache.model.Event;
import org.attache.model.Sentence;
import org.attache.model.Span;
import org.attache.model.Token;
import org.attache.nlp.Dateline;

/**
 * Finds who claims what in an article: reporting verbs with their subject and complement
 * ("Officials said the talks had stalled"), the clause a postposed "X said" interrupts,
 * "according to X", "X was quoted as saying", and direct quotes with their speaker (before,
 * after or inside the quote, or the speaker of the sentence just before a quote that stands
 * alone). Each source is classified (named person, unnamed official, anonymous, organization,
 * document, outlet, other) and resolved to an actor code where the dictionary supports one.
 *
 * <p>Immutable and thread-safe: all per-document state is local to {@link #find}.
 */
public final class AttributionFinder {
    private static final Set<String> PRONOUNS = Set.of("he", "she", "they", "it", "we", "i");
    private static final Set<String> ENUMERATORS = Set.of(
            "first", "firstly", "second", "secondly", "third", "thirdly", "fourth", "fifth", "finally", "lastly");
    private static final Set<String> CHANNEL_RELATIONS = Set.of("obl", "nmod", "advcl", "obj", "dobj", "iobj");

    private final AttributionLexicon lexicon;
    private final ActorResolver resolver;

    public AttributionFinder(AttributionLexicon lexicon, ActorResolver resolver) {
        this.lexicon = lexicon;
        this.resolver = resolver;
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
            Set<Integer> consumed = new HashSet<>();
            for (Token t : s.tokens()) {
                if (inQuote(quotes, t) || consumed.contains(t.index())) {
                    continue;
                }
                Draft d = prepCue(s, t, text);
                if (d == null) {
                    d = passiveCue(s, t, text, consumed);
                }
                if (d == null) {
                    d = citingCue(s, t, text);
                }
                if (d == null) {
                    d = verbCue(s, t, text, quotes);
                }
                if (d != null) {
                    if (m == null) {
                        m = resolver.match(s, doc.article().date());
                    }
                    classify(d, s, m, text, datelineCountry, drafts, doc);
                    drafts.add(d);
                }
            }
        }
        anonymityStatedLater(doc, drafts);
        attachQuotes(doc, quotes, drafts, text);
        inheritEnumerations(doc, drafts, text);
        List<Attribution> out = new ArrayList<>();
        for (Draft d : drafts) {
            if (!d.content.isEmpty()) {
                out.add(d.build());
            }
        }
        return List.copyOf(out);
    }

    /**
     * Whether the dependency parse of a tagged sentence can matter to {@link #find}: it holds a
     * cue word (a reporting or quoting verb, the words of a prepositional cue) or an anonymity
     * marker ("on condition of anonymity", which may make an earlier source anonymous). Every
     * attribution starts at one of these, so a sentence without them adds none and changes none.
     * Kept beside the cues: a new kind of cue must be added here too.
     */
    public boolean needsParse(Sentence tagged) {
        for (Token t : tagged.tokens()) {
            String l = lemma(t);
            if (lexicon.isReportingVerb(l) || lexicon.passives().contains(l)) {
                return true;
            }
            for (List<String> p : lexicon.preps()) {
                if (phraseAt(tagged, t.index(), p, false)) {
                    return true;
                }
            }
            for (List<String> p : lexicon.markers(SourceKind.ANONYMOUS)) {
                if (phraseAt(tagged, t.index(), p, true)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean phraseAt(Sentence s, int from, List<String> phrase, boolean orLemma) {
        if (phrase.isEmpty() || from + phrase.size() > s.size()) {
            return false;
        }
        for (int k = 0; k < phrase.size(); k++) {
            Token t = s.token(from + k);
            if (!(orLemma ? wordIs(t, phrase.get(k)) : t.lowerWord().equals(phrase.get(k)))) {
                return false;
            }
        }
        return true;
    }

    /**
     * The events with their attribution: the innermost attribution whose content holds the
     * trigger; an event triggered by the cue itself ("denied") rests on that source's own
     * statement; otherwise null (the outlet's own account).
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
                if (inside(a.cueSpan(), at)) {
                    return a;
                }
            }
        }
        return best;
    }

    private static boolean inside(Span s, int at) {
        return s != null && at >= s.start() && at < s.end();
    }

    // ---- cues ----

    /** "according to officials": the object is the source, the clause it modifies the content. */
    private Draft prepCue(Sentence s, Token t, String text) {
        for (List<String> p : lexicon.preps()) {
            if (t.index() + p.size() > s.size()) {
                continue;
            }
            boolean match = true;
            for (int k = 0; k < p.size() && match; k++) {
                match = s.token(t.index() + k).lowerWord().equals(p.get(k));
            }
            if (!match) {
                continue;
            }
            int last = t.index() + p.size() - 1;
            int noun = objectOfPhrase(s, t.index(), last);
            if (noun < 0) {
                return null;
            }
            Draft d = new Draft(s, "according-to");
            d.head = noun;
            d.cueSpan = s.span(text, t.index(), last);
            Set<Integer> phrase = subtree(s, noun);
            for (int k = t.index(); k <= last; k++) {
                phrase.remove(k);
            }
            d.source = sourceSpan(s, text, noun, phrase);
            for (int k = t.index(); k <= last; k++) {
                phrase.add(k);
            }
            Token gov = s.head(s.token(noun));
            Set<Integer> clause = gov == null ? allTokens(s) : subtree(s, gov.index());
            if (gov == null) {
                clause.removeAll(phrase);
            } else {
                clause.removeAll(subtree(s, noun));
            }
            for (int k = t.index(); k <= last; k++) {
                clause.remove(k);
            }
            d.content.addAll(spans(s, text, clause));
            d.cueToken = t.index();
            return d;
        }
        return null;
    }

    /** The noun a multiword preposition introduces: the head of its "case" word, else the next noun. */
    private static int objectOfPhrase(Sentence s, int first, int last) {
        for (int k : new int[] {last, first}) {
            Token w = s.token(k);
            if (w.rel().equals("case") && w.head() > last) {
                return w.head();
            }
        }
        for (int k = last + 1; k < s.size(); k++) {
            if (s.token(k).isNoun()) {
                Token n = s.token(k);
                // climb to the head of the noun phrase ("the foreign ministry": ministry)
                while (n.head() > last && s.token(n.head()).isNoun() && n.rel().startsWith("compound")) {
                    n = s.token(n.head());
                }
                return n.index();
            }
        }
        return -1;
    }

    /** "X was quoted as saying": the passive subject of quote/cite is the source. */
    private Draft passiveCue(Sentence s, Token t, String text, Set<Integer> consumed) {
        if (!lexicon.passives().contains(lemma(t)) || !t.isVerb()) {
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
            d.channel = channel(s, text, t.index());
            consumed.add(c.index());
            return d;
        }
        return null;
    }

    /** A reporting verb: its subject is the source; its complement, the clause it interrupts, or a quote the content. */
    private Draft verbCue(Sentence s, Token t, String text, List<Quote> quotes) {
        String lemma = lemma(t);
        if (!t.isVerb() || !lexicon.isReportingVerb(lemma) || !s.children(t.index(), "nsubj:pass").isEmpty()) {
            return null;
        }
        for (Token c : s.children(t.index())) {
            if (c.index() > t.index() && c.rel().equals("dep") && lemma(c).equals("say") && s.children(c.index(), "nsubj").isEmpty()) {
                // "two people briefed on the talks said": the parser swallowed the real cue; it reads the source itself
                return null;
            }
        }
        if (t.rel().equals("acl") && s.children(t.index(), "nsubj").isEmpty()) {
            // a participle modifying a noun ("people briefed on the talks", "a statement posted on Telegram")
            return null;
        }
        int subject = subjectOf(s, t.index(), 0);
        if (subject >= 0 && s.token(subject).isVerb()) {
            subject = -1;
        }
        if (subject < 0 && t.rel().equals("conj")) {
            // "…, the RSF blamed the army and said…" with the conjunction hung elsewhere: the nearest
            // earlier verb's subject
            for (int i = t.index() - 1; i >= 0 && subject < 0; i--) {
                if (s.token(i).isVerb()) {
                    for (Token c : s.children(i, "nsubj")) {
                        if (!c.isVerb() && c.index() < i) {
                            subject = c.index();
                        }
                    }
                }
            }
        }
        int[] linear = linearSource(s, t.index(), quotes);
        if (linear != null && (subject < 0 || subject < linear[0]
                || subject <= linear[1] && coordinatedBeyond(s, subject, linear))) {
            // the parser lost the source ("…, a State Department spokesman said" hung on the content),
            // or part of it ("…, diplomats and aid workers say" with "diplomats" hung on the content)
            subject = linear[2];
        } else {
            linear = null;
        }
        if (subject < 0 && t.index() > 0 && isPunct(s.token(t.index() - 1))) {
            // inverted "\"…,\" said a church leader": parsers often make the speaker the object
            for (Token c : s.children(t.index())) {
                if ((c.rel().equals("obj") || c.rel().equals("dobj")) && c.index() > t.index() && c.isNoun()) {
                    subject = c.index();
                    break;
                }
            }
        }
        if (subject < 0) {
            return null;
        }
        Set<Integer> content = new TreeSet<>();
        int firstComplement = Integer.MAX_VALUE;
        for (Token c : s.children(t.index())) {
            if (c.rel().startsWith("ccomp") || c.rel().equals("parataxis") && c.isVerb()) {
                content.addAll(subtree(s, c.index()));
                firstComplement = Math.min(firstComplement, c.index());
            }
        }
        for (Token c : s.children(t.index(), "conj")) {
            // "said India wanted peace but would defend its borders": a subjectless verb after the
            // complement continues it (parsers hang it on the reporting verb)
            if (c.index() > firstComplement && c.isVerb() && !lexicon.isReportingVerb(lemma(c))
                    && s.children(c.index(), "nsubj").isEmpty()) {
                content.addAll(subtree(s, c.index()));
            }
        }
        Token head = s.head(t);
        boolean relative = head != null && head.isNoun() && (t.rel().equals("dep") || t.rel().startsWith("acl"))
                && !postposed(s, t, subject);
        if (content.isEmpty() && relative && lexicon.verbHas(lemma, "obj")) {
            // "a charge the Kremlin denies": what is denied is the noun the clause modifies
            content.addAll(subtree(s, head.index()));
            content.removeAll(subtree(s, t.index()));
        }
        if (content.isEmpty() && head != null && !relative && (t.rel().equals("parataxis") || t.rel().equals("dep")
                || t.rel().startsWith("acl") || t.rel().startsWith("advcl") && t.pos().equals("VBD"))
                && !lexicon.isReportingVerb(lemma(head))) {
            // "Kenya rejected the demand, officials said": the reporting clause interrupts its content
            // (parsers hang it on the clause, or anywhere in it), so the content is the rest of the sentence
            content.addAll(allTokens(s));
            content.removeAll(subtree(s, t.index()));
        }
        if (content.isEmpty() && subject < t.index()) {
            // "Japan and the Philippines signed a pact…, the two governments said": a clause before the source
            for (Token c : s.children(t.index())) {
                if (c.index() < subject && c.isVerb() && (c.rel().startsWith("advcl") || c.rel().startsWith("csubj")
                        || c.rel().equals("dep"))) {
                    content.addAll(subtree(s, c.index()));
                }
            }
        }
        if (content.isEmpty() && linear != null) {
            content.addAll(linear[0] == 0 ? range(t.index() + 1, s.size() - 1) : range(0, linear[0] - 2));
        }
        if (content.isEmpty() && !lexicon.verbHas(lemma, "obj") && !lexicon.verbHas(lemma, "tell")) {
            // "said Baghdad had summoned…" misparsed as object + xcomp: the rest of the sentence, if it has a verb
            Set<Integer> rest = range(t.index() + 1, s.size() - 1);
            rest.removeIf(i -> inQuote(quotes, s.token(i)));
            boolean hasObject = !s.children(t.index(), "obj").isEmpty() || !s.children(t.index(), "dobj").isEmpty();
            boolean finiteXcomp = s.children(t.index()).stream().anyMatch(x -> (x.rel().startsWith("xcomp")
                    || x.rel().equals("dep")) && x.isVerb() && (!s.children(x.index(), "aux").isEmpty()
                    || x.pos().equals("VBD") || x.pos().equals("VBZ") || x.pos().equals("VBP")));
            if ((!hasObject || finiteXcomp) && rest.stream().anyMatch(i -> s.token(i).isVerb())) {
                content.addAll(rest);
            }
        }
        if (content.isEmpty() && lexicon.verbHas(lemma, "tell")) {
            // "told a regular briefing that…": the parser hangs the complement on the addressee
            for (Token c : s.children(t.index())) {
                for (Token cc : s.children(c.index(), "ccomp")) {
                    content.addAll(subtree(s, cc.index()));
                }
            }
        }
        if (content.isEmpty() && lexicon.verbHas(lemma, "obj")) {
            for (Token c : s.children(t.index())) {
                if (c.rel().equals("obj") || c.rel().equals("dobj")) {
                    content.addAll(subtree(s, c.index()));
                }
            }
        }
        boolean quoteHere = quotes.stream().anyMatch(q -> q.overlaps(s.begin(), s.end()) && !q.contains(t.begin()));
        boolean colon = s.text().strip().endsWith(":");
        if (content.isEmpty() && !quoteHere && !colon) {
            return null;
        }
        Draft d = new Draft(s, "reported");
        d.head = subject;
        Set<Integer> np = linear != null ? range(linear[0], linear[1]) : subtree(s, subject);
        d.source = sourceSpan(s, text, subject, np);
        d.cueSpan = new Span(text.substring(t.begin(), t.end()), t.begin(), t.end());
        d.cueToken = t.index();
        content.removeAll(np);
        content.remove(t.index());
        d.content.addAll(spans(s, text, content));
        if (lexicon.verbHas(lemma, "tell")) {
            for (Token c : s.children(t.index())) {
                if (c.rel().equals("obj") || c.rel().equals("dobj") || c.rel().equals("iobj")) {
                    Span addressee = sourceSpan(s, text, c.index(), subtree(s, c.index()));
                    d.channel = text.substring(t.begin(), addressee.end());
                    break;
                }
            }
        }
        if (d.channel == null) {
            d.channel = channel(s, text, t.index());
        }
        return d;
    }

    /**
     * The source read off the word order when the parse loses it: the noun phrase right before the
     * verb, after a comma ("…, a government official who spoke on condition of anonymity said")
     * or from the sentence's start ("A senior official, who declined to be named, said the…").
     * Returns {from, to, head} token indices, or null.
     */
    private static int[] linearSource(Sentence s, int v, List<Quote> quotes) {
        List<Token> subjects = s.children(v, "nsubj").stream().filter(t -> !t.isVerb()).toList();
        if (v == 0 || !subjects.isEmpty() && s.token(v).rel().equals("root")
                && subjects.get(0).index() < v && subjects.get(0).index() > lastComma(s, v)) {
            return null;
        }
        int comma = lastComma(s, v);
        int from;
        if (comma >= 0 && comma == v - 1) {
            // "A senior official, who declined to be named, said …": only when the verb has no subject and starts the content
            if (!subjects.isEmpty() || s.token(v).rel().equals("root") && hasVerbBefore(s, 0, v)
                    && !s.token(v).rel().startsWith("acl")) {
                return null;
            }
            from = 0;
        } else {
            from = comma + 1;
        }
        if (from >= v || inQuote(quotes, s.token(from))) {
            return null;
        }
        Token first = s.token(from);
        if (!(first.pos().startsWith("DT") || first.pos().startsWith("JJ") || first.pos().startsWith("NN")
                || first.pos().startsWith("CD") || first.pos().equals("PRP$") || first.pos().equals("PRP"))) {
            return null;
        }
        boolean relative = false;
        int head = -1;
        for (int i = from; i < v; i++) {
            Token t = s.token(i);
            if (t.pos().startsWith("W") || t.word().equals(",")) {
                relative = true;
            }
            boolean participle = t.pos().equals("VBG") || t.pos().equals("VBN")
                    || i + 1 < v && s.token(i + 1).pos().equals("IN"); // "people briefed on the talks", tagged VBD
            if (t.isVerb() && !relative && !participle) {
                return null;
            }
            if (head < 0 && t.isNoun() && !relative && (t.head() < from || t.head() >= v)) {
                head = i;
            }
        }
        for (int i = from; i < v && head < 0; i++) {
            if (s.token(i).isNoun() && s.token(i).rel().startsWith("nsubj")) {
                head = i;
            }
        }
        if (head < 0) {
            for (int i = from; i < v && !s.token(i).pos().startsWith("W") && !s.token(i).word().equals(","); i++) {
                if (s.token(i).isNoun()) {
                    head = i;
                }
            }
        }
        if (head < 0 || from > 0 && !hasVerbBefore(s, 0, from) || from == 0 && !hasVerbBefore(s, v + 1, s.size())) {
            return null;
        }
        return new int[] {from, v - 1, head};
    }

    /** Whether the word-order phrase holds a conjunct the subject's own subtree lacks ("diplomats and aid workers"). */
    private static boolean coordinatedBeyond(Sentence s, int subject, int[] linear) {
        Set<Integer> own = subtree(s, subject);
        for (int i = linear[0]; i <= linear[1]; i++) {
            if (!own.contains(i) && (s.token(i).rel().equals("conj") || s.token(i).rel().equals("cc"))) {
                return true;
            }
        }
        return false;
    }

    private static int lastComma(Sentence s, int v) {
        for (int i = v - 1; i >= 0; i--) {
            if (s.token(i).word().equals(",")) {
                return i;
            }
        }
        return -1;
    }

    private static boolean hasVerbBefore(Sentence s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (s.token(i).isVerb()) {
                return true;
            }
        }
        return false;
    }

    private static Set<Integer> range(int from, int to) {
        Set<Integer> out = new TreeSet<>();
        for (int i = from; i <= to; i++) {
            out.add(i);
        }
        return out;
    }

    /** "…, the European Commission said on Friday.": a comma before the subject, nothing but adjuncts after the verb. */
    private static boolean postposed(Sentence s, Token v, int subject) {
        if (subject < 0 || subject > v.index()) {
            return false;
        }
        int from = subject;
        while (from > 0 && subtree(s, subject).contains(from - 1)) {
            from--;
        }
        if (from == 0 || !s.token(from - 1).word().equals(",")) {
            return false;
        }
        Set<Integer> clause = subtree(s, v.index());
        for (int i = v.index() + 1; i < s.size(); i++) {
            if (!clause.contains(i) && !isPunct(s.token(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * "Kommersant reported, citing unnamed sources, that…": the cited source claims what the
     * reporting verb reports (nested inside it).
     */
    private Draft citingCue(Sentence s, Token t, String text) {
        if (!lexicon.passives().contains(lemma(t)) || !t.pos().equals("VBG") || t.head() < 0) {
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

    /** The verb's subject, or that of the verb it is conjoined to or elaborates ("…, saying"). */
    private static int subjectOf(Sentence s, int v, int depth) {
        for (Token c : s.children(v)) {
            if (c.rel().equals("nsubj")) {
                return c.index();
            }
        }
        Token t = s.token(v);
        if (depth < 2 && t.head() >= 0 && (t.rel().equals("conj") || t.rel().startsWith("xcomp")
                || (t.rel().startsWith("advcl") || t.rel().equals("dep")) && t.pos().equals("VBG"))) {
            return subjectOf(s, t.head(), depth + 1);
        }
        return -1;
    }

    /** "in a statement", "at a press conference", "in a written reply": a dependent headed by a channel word. */
    private String channel(Sentence s, String text, int verb) {
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

    // ---- sources ----

    private void classify(Draft d, Sentence s, SentenceMatches m, String text, String datelineCountry,
                          List<Draft> earlier, Document doc) {
        Token head = s.token(d.head);
        Set<Integer> np = tokensIn(s, d.source);
        String pronoun = head.pos().startsWith("PRP") && PRONOUNS.contains(head.lowerWord()) ? head.lowerWord() : null;
        if (head.lowerWord().equals("one") && s.children(head.index()).stream()
                .anyMatch(c -> c.lowerWord().equals("them") || c.lowerWord().equals("us"))) {
            // "one of them said": one of the sources just named
            pronoun = "they";
        }
        if (pronoun != null) {
            Draft ante = antecedent(earlier, pronoun);
            if (ante != null) {
                d.kind = ante.kind;
                d.actor = ante.actor;
                d.name = ante.name != null ? ante.name : ante.source.text();
                d.role = ante.role;
                return;
            }
            String person = pronoun.equals("he") || pronoun.equals("she") ? lastPerson(doc, s, head) : null;
            d.kind = person != null ? SourceKind.NAMED_PERSON : SourceKind.OTHER;
            d.name = person;
            return;
        }
        Actor actor = resolver.actorAt(m, text, d.head, datelineCountry);
        // "officials said" in a Nairobi story need not be Kenyan ("Western officials", "alliance
        // officials"): a source's code comes from its own words, never from the dateline
        d.actor = actor == null || actor.basis().equals("dateline") ? null : actor.code().code();
        if (containsMarker(s, np, SourceKind.ANONYMOUS) || anonymousManner(s, d.cueToken)) {
            d.kind = SourceKind.ANONYMOUS;
            return;
        }
        int name = organizationNamed(m, head) ? -1 : personHead(s, head);
        if (name >= 0) {
            d.kind = SourceKind.NAMED_PERSON;
            int from = name;
            int to = name;
            while (from - 1 >= 0 && np.contains(from - 1) && s.token(from - 1).ner().equals("PERSON")) {
                from--;
            }
            while (to + 1 < s.size() && np.contains(to + 1) && s.token(to + 1).ner().equals("PERSON")) {
                to++;
            }
            Span nameSpan = s.span(text, from, to);
            d.name = nameSpan.text();
            String role = (text.substring(d.source.start(), nameSpan.start()) + " "
                    + text.substring(nameSpan.end(), d.source.end())).strip();
            role = role.replaceAll("^[,\\s]+|[,\\s]+$", "").replaceAll("\\s+", " ");
            d.role = role.isEmpty() ? null : role;
            if (d.role == null || d.actor == null) {
                // "Araghchi said" after "Iranian Foreign Minister Abbas Araghchi said": the same person
                for (int i = earlier.size() - 1; i >= 0; i--) {
                    Draft e = earlier.get(i);
                    if (e.kind == SourceKind.NAMED_PERSON && e.name != null && !e.name.equals(d.name)
                            && (e.name.endsWith(" " + d.name))) {
                        d.actor = d.actor != null ? d.actor : e.actor;
                        d.role = d.role != null ? d.role : e.role;
                        d.name = e.name;
                        break;
                    }
                }
            }
            return;
        }
        boolean media = actor != null && actor.code().sectors().contains("MED");
        if (media || headMatches(s, head, SourceKind.OUTLET)
                || !doc.article().source().isBlank() && d.source.text().equalsIgnoreCase(doc.article().source())) {
            d.kind = SourceKind.OUTLET;
        } else if (headMatches(s, head, SourceKind.DOCUMENT)) {
            d.kind = SourceKind.DOCUMENT;
        } else if (headMatches(s, head, SourceKind.OFFICIAL_UNNAMED)) {
            d.kind = SourceKind.OFFICIAL_UNNAMED;
        } else if (headMatches(s, head, SourceKind.ORGANIZATION) || head.ner().equals("ORGANIZATION")
                || head.ner().equals("LOCATION") || actor != null && !headMatches(s, head, SourceKind.OTHER)
                // a code from a modifier alone ("a grain trader in Niamey") does not make the source an institution
                && (m.at(head.index()) != null || head.pos().startsWith("NNP"))) {
            d.kind = SourceKind.ORGANIZATION;
        } else {
            d.kind = SourceKind.OTHER;
        }
    }

    /** "said on condition of anonymity": the marker is on the reporting verb, not in the source's phrase. */
    private boolean anonymousManner(Sentence s, int cue) {
        if (cue < 0) {
            return false;
        }
        for (Token c : s.children(cue)) {
            if (c.rel().startsWith("obl") || c.rel().startsWith("advcl") || c.rel().startsWith("advmod")
                    || c.rel().equals("dep") || c.rel().startsWith("xcomp")) {
                if (containsMarker(s, subtree(s, c.index()), SourceKind.ANONYMOUS)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether the dictionary names an organization, country or seat of power at the head ("Boko Haram", tagged PERSON by NER). */
    private static boolean organizationNamed(SentenceMatches m, Token head) {
        ActorResolver.Match match = m.at(head.index());
        return match != null && match.entries().stream().anyMatch(e -> e.kind() == ActorEntry.Kind.ORGANIZATION
                || e.kind() == ActorEntry.Kind.COUNTRY || e.kind() == ActorEntry.Kind.METONYM);
    }

    /**
     * "The official spoke on condition of anonymity": a later sentence saying that a source
     * ("the official", "the diplomat") asked for anonymity makes the latest source with that head
     * anonymous.
     */
    private void anonymityStatedLater(Document doc, List<Draft> drafts) {
        for (Sentence s : doc.sentences()) {
            for (Token t : s.tokens()) {
                if (!t.isVerb() || !t.rel().equals("root") || !anonymousManner(s, t.index())) {
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

    /** The PERSON-tagged token naming the source: the head itself or its appositive/flat name. */
    private static int personHead(Sentence s, Token head) {
        if (head.ner().equals("PERSON")) {
            return head.index();
        }
        for (Token c : s.children(head.index())) {
            if ((c.rel().equals("appos") || c.rel().startsWith("flat") || c.rel().equals("dep")) && c.ner().equals("PERSON")) {
                return c.index();
            }
        }
        return -1;
    }

    /** The latest earlier source a pronoun can stand for: a person or official for he/she, any for they/it. */
    private static Draft antecedent(List<Draft> earlier, String pronoun) {
        for (int i = earlier.size() - 1; i >= 0; i--) {
            Draft e = earlier.get(i);
            boolean personal = e.kind == SourceKind.NAMED_PERSON || e.kind == SourceKind.OFFICIAL_UNNAMED;
            boolean ok = switch (pronoun) {
                case "he", "she", "i" -> personal && !plural(e);
                case "it" -> e.kind == SourceKind.ORGANIZATION || e.kind == SourceKind.DOCUMENT || e.kind == SourceKind.OUTLET;
                default -> true;
            };
            if (ok) {
                return e;
            }
        }
        return null;
    }

    private static boolean plural(Draft d) {
        Token h = d.sentence.token(d.head);
        return h.pos().equals("NNS") || h.pos().equals("NNPS");
    }

    /** The last PERSON name before the pronoun, for "he said" with no earlier attribution. */
    private static String lastPerson(Document doc, Sentence upto, Token pronoun) {
        String found = null;
        for (Sentence s : doc.sentences()) {
            if (s.index() > upto.index()) {
                break;
            }
            for (int i = 0; i < s.size(); i++) {
                if (s == upto && i >= pronoun.index()) {
                    break;
                }
                if (s.token(i).ner().equals("PERSON")) {
                    int j = i;
                    while (j + 1 < s.size() && s.token(j + 1).ner().equals("PERSON")) {
                        j++;
                    }
                    found = doc.article().text().substring(s.token(i).begin(), s.token(j).end());
                    i = j;
                }
            }
        }
        return found;
    }

    private boolean containsMarker(Sentence s, Set<Integer> np, SourceKind kind) {
        for (int i : np) {
            for (List<String> phrase : lexicon.markers(kind)) {
                if (startsAt(s, i, phrase, np)) {
                    return true;
                }
            }
        }
        return false;
    }

    private boolean headMatches(Sentence s, Token head, SourceKind kind) {
        for (List<String> phrase : lexicon.markers(kind)) {
            if (endsAt(s, head.index(), phrase)) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsAt(Sentence s, int i, List<String> phrase, Set<Integer> within) {
        for (int k = 0; k < phrase.size(); k++) {
            if (!within.contains(i + k) || !wordIs(s.token(i + k), phrase.get(k))) {
                return false;
            }
        }
        return true;
    }

    private static boolean endsAt(Sentence s, int i, List<String> phrase) {
        int from = i - phrase.size() + 1;
        if (from < 0) {
            return false;
        }
        for (int k = 0; k < phrase.size(); k++) {
            if (!wordIs(s.token(from + k), phrase.get(k))) {
                return false;
            }
        }
        return true;
    }

    private static boolean wordIs(Token t, String w) {
        return t.lowerWord().equals(w) || lemma(t).equals(w);
    }

    // ---- quotes and inheritance ----

    /**
     * A quote's speaker is the cue in a sentence the quote overlaps (the nearest one); a quote
     * continuing an earlier paragraph's quote keeps its speaker; a quote with no cue that starts
     * right after a sentence with one takes that speaker ("X said on Monday. \"…\"").
     */
    private static void attachQuotes(Document doc, List<Quote> quotes, List<Draft> drafts, String text) {
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

    /**
     * "Officials said the plan had three parts: …" and "First, … Second, …": sentences that
     * only continue an attributed sentence (after a colon, or counted off) inherit its source.
     */
    private static void inheritEnumerations(Document doc, List<Draft> drafts, String text) {
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

    // ---- spans ----

    private static boolean inQuote(List<Quote> quotes, Token t) {
        for (Quote q : quotes) {
            if (t.begin() >= q.innerStart() && t.end() <= q.innerEnd()) {
                return true;
            }
        }
        return false;
    }

    static Set<Integer> subtree(Sentence s, int root) {
        Set<Integer> out = new TreeSet<>();
        List<Integer> queue = new ArrayList<>(List.of(root));
        out.add(root);
        for (int qi = 0; qi < queue.size(); qi++) {
            int h = queue.get(qi);
            for (Token t : s.tokens()) {
                if (t.head() == h && out.add(t.index())) {
                    queue.add(t.index());
                }
            }
        }
        return out;
    }

    private static Set<Integer> allTokens(Sentence s) {
        Set<Integer> out = new TreeSet<>();
        for (int i = 0; i < s.size(); i++) {
            out.add(i);
        }
        return out;
    }

    /** The contiguous run of the phrase around its head, without edge punctuation or quote marks. */
    private static Span sourceSpan(Sentence s, String text, int head, Set<Integer> phrase) {
        int from = head;
        int to = head;
        while (phrase.contains(from - 1)) {
            from--;
        }
        while (phrase.contains(to + 1)) {
            to++;
        }
        while (from < head && isPunct(s.token(from))) {
            from++;
        }
        while (to > head && isPunct(s.token(to))) {
            to--;
        }
        return s.span(text, from, to);
    }

    /** Token runs as spans, trimmed of punctuation at their edges. */
    private static List<Span> spans(Sentence s, String text, Set<Integer> tokens) {
        List<Span> out = new ArrayList<>();
        List<Integer> sorted = new ArrayList<>(new TreeSet<>(tokens));
        int i = 0;
        while (i < sorted.size()) {
            int j = i;
            while (j + 1 < sorted.size() && sorted.get(j + 1) == sorted.get(j) + 1) {
                j++;
            }
            int from = sorted.get(i);
            int to = sorted.get(j);
            while (from < to && isPunct(s.token(from))) {
                from++;
            }
            while (to > from && isPunct(s.token(to))) {
                to--;
            }
            if (!isPunct(s.token(from))) {
                out.add(s.span(text, from, to));
            }
            i = j + 1;
        }
        return out;
    }

    private static Set<Integer> tokensIn(Sentence s, Span span) {
        Set<Integer> out = new TreeSet<>();
        for (Token t : s.tokens()) {
            if (t.begin() >= span.start() && t.end() <= span.end()) {
                out.add(t.index());
            }
        }
        return out;
    }

    private static boolean isPunct(Token t) {
        return t.rel().equals("punct") || t.word().chars().noneMatch(Character::isLetterOrDigit);
    }

    private static String lemma(Token t) {
        return t.lemma().toLowerCase(Locale.ROOT);
    }

    /** An attribution being assembled (local to one {@link #find} call). */
    private static final class Draft {
        final Sentence sentence;
        String mode;
        int head = -1;
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
}
