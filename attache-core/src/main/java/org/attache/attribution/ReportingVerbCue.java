package org.attache.attribution;

import static org.attache.attribution.Syntax.*;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.attache.attribution.Quotes.Quote;
import org.attache.model.Sentence;
import org.attache.model.Span;
import org.attache.model.Token;

/**
 * A reporting verb ("said", "told", "denied"): its subject is the source (read off the word order
 * when the parse loses it); its complement, the clause it interrupts, or a quote the content.
 */
final class ReportingVerbCue implements CueRule {
    private final AttributionLexicon lexicon;
    private final Channels channels;

    ReportingVerbCue(AttributionLexicon lexicon, Channels channels) {
        this.lexicon = lexicon;
        this.channels = channels;
    }

    /** A reporting verb: its subject is the source; its complement, the clause it interrupts, or a quote the content. */
    @Override
    public boolean mayStartAt(Sentence tagged, Token t) {
        return t.isVerb() && lexicon.isReportingVerb(lemma(t));
    }

    @Override
    public Draft at(Sentence s, Token t, Context context) {
        String text = context.text();
        List<Quote> quotes = context.quotes();
        String lemma = lemma(t);
        if (!mayStartAt(s, t) || !s.children(t.index(), "nsubj:pass").isEmpty()) {
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
            d.channel = channels.of(s, text, t.index());
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
}
