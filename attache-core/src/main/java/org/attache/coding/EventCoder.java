package org.attache.coding;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.attache.actors.ActorMemory;
import org.attache.actors.ActorResolver;
import org.attache.actors.ActorResolver.SentenceMatches;
import org.attache.grounding.DateResolver;
import org.attache.model.Actor;
import org.attache.model.ActorCode;
import org.attache.model.Article;
import org.attache.model.Document;
import org.attache.model.Event;
import org.attache.model.EventType;
import org.attache.model.Sentence;
import org.attache.model.Span;
import org.attache.model.Status;
import org.attache.model.Token;
import org.attache.nlp.Dateline;
import org.attache.ontology.CameoOntology;

/**
 * Codes CAMEO events from parsed sentences by matching lexicon patterns over the dependency
 * graph. Source: the subject, or the "by" agent of a passive; target: the object, or the object
 * of the pattern's preposition. Verbs that govern an embedded action (urge, vow, refuse,
 * threaten) combine with it through the complement table; negation, conditionals and modals
 * set the status. No pattern, or no coded source: no event.
 *
 * <p>Immutable and thread-safe: all per-sentence state is local.
 */
public final class EventCoder {
    /** Relations whose words count when matching a pattern's further words. */
    private static final Set<String> BAG_RELATIONS = Set.of(
            "compound:prt", "prt", "obj", "dobj", "iobj", "xcomp", "amod", "compound", "case", "fixed", "flat", "advmod");
    /** Prepositions that introduce a target when the pattern names none. */
    private static final Set<String> TARGET_PREPS = Set.of(
            "with", "against", "on", "to", "toward", "towards", "at", "into", "over", "upon", "from", "for");
    /** Verbs whose object does the embedded action ("urged Israel to withdraw"); with others the subject does ("met X to discuss"). */
    private static final Set<String> OBJECT_CONTROL = Set.of("urge", "ask", "call", "press", "force", "order", "tell",
            "persuade", "allow", "permit", "invite", "encourage", "help", "pressure", "push", "compel", "request",
            "instruct", "direct", "authorize", "authorise", "advise", "warn", "appeal", "prompt", "lead", "cause");
    private static final Set<String> NEGATORS = Set.of("not", "n't", "never", "no");
    private static final Set<String> CONDITIONALS = Set.of("if", "unless");
    /** Nouns in these relations modify another noun and are part of its phrase, not mentions of their own. */
    private static final Set<String> MODIFIER_RELATIONS = Set.of("compound", "flat", "amod", "nmod:poss", "appos");
    /**
     * A pledge (03x) is an intention and an appeal or demand (02x, 10x) asks for something that has
     * not happened, whatever verb carries them ("promised weapons", "called for a ceasefire").
     */
    private static Status statusOfRoot(String code, Status st) {
        if (st != Status.ASSERTED) {
            return st;
        }
        return switch (code.substring(0, 2)) {
            case "03" -> Status.INTENDED;
            case "02", "10" -> Status.DEMANDED;
            default -> st;
        };
    }

    /** Cooperative roots whose negation is the matching rejection. */
    private static final Set<String> NEGATION_RECODED_ROOTS = Set.of("03", "04", "05", "06", "07", "08");
    /** Verbal roots whose missing target may be the other party of a two-party story. */
    private static final Set<String> DYADIC_ROOTS = Set.of("02", "03", "10", "11", "12", "13");
    private static final Set<String> SYMMETRIC_ROOTS = Set.of("03", "04", "05", "06", "08");
    /** Verbs whose compound subject acts on itself both ways ("India and Pakistan exchanged fire"). */
    private static final Set<String> RECIPROCAL = Set.of("exchange", "swap", "trade", "clash", "fight");

    private final CameoOntology ontology;
    private final Lexicon verbs;
    private final Lexicon nouns;
    private final ComplementTable complements;
    private final Modality modality;
    private final ActorResolver actors;
    private final DateResolver dates;

    public EventCoder(CameoOntology ontology, Lexicon verbs, Lexicon nouns, ComplementTable complements,
                      Modality modality, ActorResolver actors, DateResolver dates) {
        this.ontology = ontology;
        this.verbs = verbs;
        this.nouns = nouns;
        this.complements = complements;
        this.modality = modality;
        this.actors = actors;
        this.dates = dates;
    }

    public List<Event> code(Document doc) {
        List<Event> out = new ArrayList<>();
        String datelineCountry = datelineCountry(doc.article());
        ActorMemory memory = new ActorMemory();
        for (Sentence s : doc.sentences()) {
            out.addAll(code(doc.article(), s, datelineCountry, memory));
        }
        return inferTargets(out, memory);
    }

    /** The country of the article's dateline ("NAIROBI:" -> KEN), or null. */
    public String datelineCountry(Article article) {
        return Dateline.find(article.text()).map(d -> actors.countryOfPlace(d.place())).orElse(null);
    }

    /**
     * Whether the dependency parse of a tagged sentence can matter to {@link #code(Document)}: a
     * word (of any part of speech) heads a verb or noun pattern whose other words are all in the
     * sentence (a word bag holds only the sentence's words), so an event may be found, or a
     * dictionary match can name an actor, so the article's memory may learn a mention that later
     * sentences and the inferred targets use. False means the sentence yields no event and changes
     * no other sentence's, parsed or not. Kept beside {@link #code(Article, Sentence, String, ActorMemory)}:
     * whatever new a sentence contributes there must make this true.
     */
    public boolean needsParse(Article article, Sentence tagged, String datelineCountry) {
        Set<String> words = null;
        for (Token t : tagged.tokens()) {
            String l = lemma(t);
            for (Lexicon lexicon : List.of(verbs, nouns)) {
                for (Pattern p : lexicon.forHead(l)) {
                    words = words == null ? possibleBagWords(tagged) : words;
                    if (fits(p, words)) {
                        return true;
                    }
                }
            }
        }
        return actors.mayName(actors.match(tagged, article.date()), datelineCountry);
    }

    /** Events of one sentence on its own (no article context). */
    public List<Event> code(Article article, Sentence s, String defaultCountry) {
        return code(article, s, defaultCountry, new ActorMemory());
    }

    /**
     * Events of one sentence, in order of their triggers. {@code defaultCountry} (the dateline's
     * country, or null) is the country of agents whose phrase names none ("police said");
     * {@code memory} holds the article's earlier mentions and learns this sentence's.
     */
    public List<Event> code(Article article, Sentence s, String defaultCountry, ActorMemory memory) {
        SentenceMatches m = actors.match(s, article.date());
        Ctx ctx = new Ctx(article, s, m, actors, defaultCountry, memory);
        for (Token t : s.tokens()) {
            if (t.pos().startsWith("NN") && !MODIFIER_RELATIONS.contains(t.rel())) {
                Actor a = actors.actorAt(m, article.text(), t.index(), defaultCountry);
                if (a != null) {
                    memory.observe(s, t.index(), a);
                }
            }
        }
        Map<Integer, Pattern> verbMatches = new LinkedHashMap<>();
        for (Token t : s.tokens()) {
            if (t.isVerb() || t.pos().startsWith("JJ") && !verbs.forHead(lemma(t)).isEmpty()) {
                bestPattern(s, t, verbs).ifPresent(p -> verbMatches.put(t.index(), p));
            }
        }
        Set<Integer> consumed = new HashSet<>();
        Map<String, Event> events = new LinkedHashMap<>();
        for (var e : verbMatches.entrySet()) {
            int v = e.getKey();
            if (consumed.contains(v)) {
                continue;
            }
            codeVerb(ctx, v, e.getValue(), verbMatches, consumed, events);
        }
        for (Token t : s.tokens()) {
            if (t.pos().startsWith("NN") && !ctx.covered.contains(t.index())) {
                bestPattern(s, t, nouns).ifPresent(p -> codeNoun(ctx, t.index(), p, events));
            }
        }
        return List.copyOf(events.values());
    }

    private void codeVerb(Ctx ctx, int v, Pattern p, Map<Integer, Pattern> verbMatches,
                          Set<Integer> consumed, Map<String, Event> events) {
        Sentence s = ctx.s;
        String code = p.code();
        Status status = null;
        List<Actor> targets = null;
        ComplementKind kind = p.complement() != null ? p.complement() : kindOfRoot(code);
        Token embedded = complementOf(s, v);
        Token inner = kind == null ? null : embedded;
        if (kind == null && embedded != null && patternWords(p).contains(lemma(embedded))) {
            // "called on Moscow to accept a ceasefire" coded by one pattern that names the embedded verb
            consumed.add(embedded.index());
            ctx.cover(embedded.index());
        }
        if (inner != null) {
            Pattern ip = verbMatches.get(inner.index());
            boolean addressee = kind == ComplementKind.APPEAL || kind == ComplementKind.DEMAND;
            // the addressee: the object, or the subject of a passive ("Kenya has been asked by Uganda to…")
            List<Actor> ownTargets = targets(ctx, v, p);
            if (addressee && (inner.rel().startsWith("ccomp") || inner.rel().startsWith("advcl"))) {
                // "demanded that Islamabad halt the deportations": the embedded subject is addressed
                ownTargets = subjects(ctx, inner.index(), 0);
            }
            if (ip != null) {
                consumed.add(inner.index());
                ctx.cover(inner.index());
                // "threatened to strike nuclear facilities": the governing verb's pattern must rest on its
                // own words, not on words of the embedded clause, which is coded in its own right
                // (a ~marked pattern is not replaced by an unmarked one)
                Optional<Pattern> own = bestPattern(s, s.token(v), verbs, true)
                        .filter(o -> o.complement() != null || p.complement() == null);
                if (own.isPresent()) {
                    code = own.get().code();
                    if (own.get().complement() != null) {
                        kind = own.get().complement();
                    }
                }
                if (own.map(Pattern::complement).isPresent() || p.complement() != null || isGeneric(code)) {
                    code = complements.combine(ip.code(), kind).orElse(code);
                }
                List<Actor> innerTargets = targets(ctx, inner.index(), ip);
                targets = addressee ? (ownTargets.isEmpty() ? innerTargets : ownTargets)
                        : (innerTargets.isEmpty() ? ownTargets : innerTargets);
            } else if (!ownTargets.isEmpty()) {
                targets = ownTargets;
            }
        }
        if (inner != null || p.complement() != null) {
            status = statusOfCode(code, kind);
        }
        if (targets == null) {
            targets = targets(ctx, v, p);
        }
        List<Actor> sources = subjects(ctx, v, 0);
        if (sources.isEmpty()) {
            return;
        }
        Status st = status(s, v, status);
        if (st == Status.INTENDED && status == null && intentHead(s, v)) {
            // "ready to hold talks", "willing to send troops": an expression of intent (036, 0334)
            code = complements.combine(code, ComplementKind.INTENT).orElse(code);
            if (code.startsWith("13")) {
                st = Status.ASSERTED;
            }
        }
        st = statusOfRoot(code, st);
        if (st == Status.NEGATED && NEGATION_RECODED_ROOTS.contains(code.substring(0, 2))) {
            // "did not agree", "did not withdraw": a refusal (12x); "could not verify" is no rejection
            code = complements.combine(code, ComplementKind.REJECT).orElse(code);
        }
        ctx.cover(v);
        emit(ctx, v, code, sources, targets, st, events);
        if (inner != null && verbMatches.containsKey(inner.index())) {
            // "urged X to halt airstrikes and allow aid deliveries": each conjoined action is appealed for too
            for (Token c : s.children(inner.index(), "conj")) {
                Pattern cp = verbMatches.get(c.index());
                if (cp == null || consumed.contains(c.index())) {
                    continue;
                }
                consumed.add(c.index());
                ctx.cover(c.index());
                String cc = complements.combine(cp.code(), kind).orElse(p.code());
                List<Actor> ct = kind == ComplementKind.APPEAL || kind == ComplementKind.DEMAND
                        ? targets : targets(ctx, c.index(), cp);
                emit(ctx, v, cc, sources, ct, status(s, v, statusOfCode(cc, kind)), events);
            }
        }
    }

    /**
     * In a two-party story ("Cairo set out three conditions" after Egypt and Ethiopia have dealt with
     * each other), a verbal event with no target takes the other party, marked inferred. The dyad
     * must be explicit: an event between the two, and the two most mentioned countries.
     */
    private List<Event> inferTargets(List<Event> events, ActorMemory memory) {
        List<Map.Entry<String, Integer>> top = new ArrayList<>(memory.countryCounts().entrySet());
        top.sort(Map.Entry.<String, Integer>comparingByValue().reversed());
        if (top.size() < 2 || top.get(1).getValue() < 2 || top.size() > 2 && top.get(2).getValue().equals(top.get(1).getValue())) {
            return events;
        }
        String a = top.get(0).getKey();
        String b = top.get(1).getKey();
        boolean explicit = events.stream().anyMatch(e -> e.target() != null
                && (e.source().code().country().equals(a) && e.target().code().country().equals(b)
                || e.source().code().country().equals(b) && e.target().code().country().equals(a)));
        if (!explicit) {
            return events;
        }
        List<Event> out = new ArrayList<>(events.size());
        for (Event e : events) {
            String sc = e.source().code().country();
            if (e.target() == null && DYADIC_ROOTS.contains(e.root()) && (sc.equals(a) || sc.equals(b))) {
                ActorCode other = memory.commonCode(sc.equals(a) ? b : a);
                if (other != null) {
                    Actor t = new Actor(other, e.trigger(), "inferred", true);
                    out.add(new Event(e.articleId(), e.sentenceIndex(), e.sentence(), e.source(), t, e.type(), e.trigger(),
                            e.date(), e.dateBasis(), e.status(), e.attribution(), e.place(), e.issues()));
                    continue;
                }
            }
            out.add(e);
        }
        return out;
    }

    /** A root-level code ("020", "120") of a complement verb takes its meaning from the embedded action. */
    private static boolean isGeneric(String code) {
        return code.length() == 2 || code.length() == 3 && code.endsWith("0");
    }

    /** Verbs coded in these roots govern an embedded action even without a ~marker ("called on X to…"). */
    private static ComplementKind kindOfRoot(String code) {
        return switch (code.substring(0, 2)) {
            case "02" -> ComplementKind.APPEAL;
            case "03" -> ComplementKind.INTENT;
            case "10" -> ComplementKind.DEMAND;
            case "12" -> ComplementKind.REJECT;
            case "13" -> ComplementKind.THREATEN;
            default -> null;
        };
    }

    /** Appeals and demands are demanded, expressions of intent intended, refusals and threats happened. */
    private static Status statusOfCode(String code, ComplementKind kind) {
        return switch (code.substring(0, 2)) {
            case "02", "10" -> Status.DEMANDED;
            case "03" -> Status.INTENDED;
            case "12", "13" -> Status.ASSERTED;
            default -> kind.status();
        };
    }

    /** Whether the action is the open complement of an intent word ("plans to", "willing to"). */
    private boolean intentHead(Sentence s, int v) {
        Token tv = s.token(v);
        return tv.head() >= 0 && tv.rel().startsWith("xcomp")
                && modality.ofHead(lemma(s.token(tv.head()))).orElse(null) == Status.INTENDED;
    }

    private void codeNoun(Ctx ctx, int n, Pattern p, Map<String, Event> events) {
        Sentence s = ctx.s;
        List<Actor> sources = new ArrayList<>();
        List<Actor> targets = new ArrayList<>();
        for (Token c : s.children(n)) {
            if (c.rel().equals("nmod:poss")) {
                sources.addAll(ctx.actors(c.index()));
            }
        }
        for (Token c : s.children(n)) {
            if (!c.rel().startsWith("nmod") || c.rel().equals("nmod:poss")) {
                continue;
            }
            String prep = caseOf(s, c);
            if (prep == null) {
                continue;
            }
            List<Actor> found = ctx.actors(c.index());
            if (prep.equals("between") && found.size() >= 2 && sources.isEmpty()) {
                // "talks between X and Y": both take part; emit() pairs them both ways
                sources.addAll(found);
            } else if ((prep.equals("by") || prep.equals("from")) && sources.isEmpty()) {
                sources.addAll(found);
            } else if (p.targetPrep() != null ? prep.equals(p.targetPrep()) : TARGET_PREPS.contains(prep)) {
                targets.addAll(found);
            }
        }
        if (sources.isEmpty()) {
            return;
        }
        // a noun's status follows the verb it depends on ("demanded talks with X" is not itself talks)
        Token gov = s.head(s.token(n));
        Status st = gov != null && gov.isVerb() ? status(s, gov.index(), null) : Status.ASSERTED;
        emit(ctx, n, p.code(), sources, targets, statusOfRoot(p.code(), st), events);
    }

    private void emit(Ctx ctx, int trigger, String code, List<Actor> sources, List<Actor> targets,
                      Status status, Map<String, Event> events) {
        Optional<EventType> type = ontology.find(code);
        if (type.isEmpty()) {
            return;
        }
        Sentence s = ctx.s;
        Token tt = s.token(trigger);
        Span triggerSpan = new Span(ctx.text().substring(tt.begin(), tt.end()), tt.begin(), tt.end());
        DateResolver.Resolution when = dates.resolve(s, trigger, ctx.article.date());
        List<Actor[]> pairs = new ArrayList<>();
        if (targets.isEmpty() && sources.size() > 1
                && (SYMMETRIC_ROOTS.contains(code.substring(0, 2)) || RECIPROCAL.contains(lemma(tt)))) {
            for (Actor a : sources) {
                for (Actor b : sources) {
                    if (a != b) {
                        pairs.add(new Actor[] {a, b});
                    }
                }
            }
        } else {
            for (Actor a : sources) {
                if (targets.isEmpty()) {
                    pairs.add(new Actor[] {a, null});
                }
                for (Actor b : targets) {
                    pairs.add(new Actor[] {a, b});
                }
            }
        }
        for (Actor[] pair : pairs) {
            Actor src = pair[0];
            Actor tgt = counterpart(pair[0], pair[1]);
            if (tgt != null && tgt.code().code().equals(src.code().code())) {
                tgt = null;
                if (targets.size() > 0 && pairs.size() > 1) {
                    continue;
                }
            }
            String key = src.code().code() + "|" + (tgt == null ? "" : tgt.code().code()) + "|" + code + "|" + trigger;
            events.putIfAbsent(key, new Event(ctx.article.id(), s.index(), s.text(), src, tgt, type.get(),
                    triggerSpan, when.date(), when.basis(), status, null));
        }
    }

    private static Set<String> patternWords(Pattern p) {
        Set<String> words = new HashSet<>();
        for (List<List<String>> slot : p.slots()) {
            for (List<String> alt : slot) {
                words.addAll(alt);
            }
        }
        return words;
    }

    /** "his Russian counterpart": the target holds the source's office in its own country. */
    private static Actor counterpart(Actor src, Actor tgt) {
        if (tgt == null || !tgt.code().sectors().isEmpty() || tgt.code().country().isEmpty()
                || src.code().sectors().isEmpty() || !tgt.span().text().toLowerCase(Locale.ROOT).contains("counterpart")) {
            return tgt;
        }
        return new Actor(ActorCode.of(tgt.code().country(), src.code().sectors()), tgt.span(), "title", tgt.inferred());
    }

    /** The best (most specific) pattern whose head is this token's lemma and whose words all occur around it. */
    Optional<Pattern> bestPattern(Sentence s, Token t, Lexicon lexicon) {
        return bestPattern(s, t, lexicon, false);
    }

    /** With {@code ownWordsOnly}, words inside an embedded clause (xcomp) do not count. */
    Optional<Pattern> bestPattern(Sentence s, Token t, Lexicon lexicon, boolean ownWordsOnly) {
        List<Pattern> candidates = lexicon.forHead(lemma(t));
        if (candidates.isEmpty()) {
            return Optional.empty();
        }
        Set<String> bag = wordBag(s, t.index(), ownWordsOnly);
        for (Pattern p : candidates) {
            if (fits(p, bag)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    /** Whether the pattern's preposition and a choice of words for each of its slots are in the bag. */
    private static boolean fits(Pattern p, Set<String> bag) {
        if (p.targetPrep() != null && !bag.contains(p.targetPrep())) {
            return false;
        }
        for (List<List<String>> slot : p.slots()) {
            if (slot.stream().noneMatch(bag::containsAll)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Every word a word bag ({@link #wordBag}) of this sentence can hold, whatever its parse: its
     * lemmas and lower-case words, and the "on" a misparsed appeal adds.
     */
    private static Set<String> possibleBagWords(Sentence s) {
        Set<String> words = new HashSet<>();
        for (Token t : s.tokens()) {
            words.add(lemma(t));
            words.add(t.lowerWord());
        }
        words.add("on");
        return words;
    }

    /** Lemmas (and lower-case words) of the head's particle, object, oblique and complement words. */
    static Set<String> wordBag(Sentence s, int head) {
        return wordBag(s, head, false);
    }

    static Set<String> wordBag(Sentence s, int head, boolean ownWordsOnly) {
        Set<String> bag = new HashSet<>();
        Deque<int[]> queue = new ArrayDeque<>();
        queue.add(new int[] {head, 0});
        while (!queue.isEmpty()) {
            int[] cur = queue.poll();
            for (Token c : s.children(cur[0])) {
                String rel = c.rel();
                if (cur[1] == 0 && isMisparsedAppeal(s, c)) {
                    // "called on Israel to halt": the parser often hangs "on Israel to halt" as an advcl
                    // marked "on"; its preposition belongs to the verb
                    bag.add("on");
                }
                boolean keep = BAG_RELATIONS.contains(rel) || rel.startsWith("obl") || rel.startsWith("nmod")
                        || rel.startsWith("compound") || (cur[1] > 0 && rel.equals("conj"));
                if (!keep || rel.equals("nmod:poss") || rel.equals("obl:agent") || ownWordsOnly && rel.startsWith("xcomp")) {
                    continue;
                }
                bag.add(lemma(c));
                bag.add(c.lowerWord());
                if (cur[1] < 3) {
                    queue.add(new int[] {c.index(), cur[1] + 1});
                }
            }
        }
        return bag;
    }

    /** The subjects of a verb: its own, the "by" agent of a passive, or inherited through xcomp/conj. */
    private List<Actor> subjects(Ctx ctx, int v, int depth) {
        Sentence s = ctx.s;
        if (depth > 4) {
            return List.of();
        }
        boolean passive = false;
        for (Token c : s.children(v)) {
            if (c.rel().equals("nsubj")) {
                int at = c.index();
                if (isRelativePronoun(c) && s.token(v).rel().startsWith("acl") && s.token(v).head() >= 0) {
                    at = s.token(v).head();
                }
                return ctx.actors(at);
            }
            if (c.rel().equals("nsubj:pass") || c.rel().equals("nsubjpass")) {
                passive = true;
            }
        }
        if (passive) {
            for (Token c : s.children(v)) {
                if (c.rel().equals("obl:agent") || c.rel().startsWith("obl") && "by".equals(caseOf(s, c))) {
                    return ctx.actors(c.index());
                }
            }
            return List.of();
        }
        Token tv = s.token(v);
        if (tv.head() < 0) {
            return List.of();
        }
        String rel = tv.rel();
        if (rel.startsWith("xcomp")) {
            // "Kenya is expected to visit", "Kenya was asked to withdraw": the passive subject acts
            for (Token c : s.children(tv.head())) {
                if (c.rel().equals("nsubj:pass") || c.rel().equals("nsubjpass")) {
                    List<Actor> raised = ctx.actors(c.index());
                    if (!raised.isEmpty()) {
                        return raised;
                    }
                }
            }
            String gov = lemma(s.token(tv.head()));
            ComplementKind govKind = complementKindOf(gov);
            boolean objectControl = OBJECT_CONTROL.contains(gov) || govKind == ComplementKind.APPEAL
                    || govKind == ComplementKind.DEMAND;
            if (objectControl) {
                for (Token c : s.children(tv.head())) {
                    if (c.rel().equals("obj") || c.rel().equals("iobj")) {
                        List<Actor> controller = ctx.actors(c.index());
                        if (!controller.isEmpty()) {
                            return controller;
                        }
                    }
                }
            }
            return subjects(ctx, tv.head(), depth + 1);
        }
        if (rel.equals("conj")) {
            return subjects(ctx, tv.head(), depth + 1);
        }
        if (rel.startsWith("acl") && s.token(tv.head()).isNoun()) {
            if (tv.pos().equals("VBN")) {
                // "troops, backed by US drones": a reduced passive; its "by" agent is the source
                for (Token c : s.children(v)) {
                    if (c.rel().equals("obl:agent") || c.rel().startsWith("obl") && "by".equals(caseOf(s, c))) {
                        return ctx.actors(c.index());
                    }
                }
                return List.of();
            }
            return ctx.actors(tv.head());
        }
        return List.of();
    }

    private static boolean isRelativePronoun(Token t) {
        return t.pos().equals("WDT") || t.pos().equals("WP") || t.lowerWord().equals("that");
    }

    private List<Actor> targets(Ctx ctx, int v, Pattern p) {
        Sentence s = ctx.s;
        Token tv = s.token(v);
        if (tv.rel().startsWith("acl") && tv.pos().equals("VBN") && tv.head() >= 0 && s.token(tv.head()).isNoun()) {
            List<Actor> t = ctx.actors(tv.head());
            if (!t.isEmpty()) {
                return t;
            }
        }
        boolean passive = !s.children(v, "nsubj:pass").isEmpty() || !s.children(v, "nsubjpass").isEmpty();
        if (passive) {
            List<Token> subj = s.children(v, "nsubj:pass");
            if (subj.isEmpty()) {
                subj = s.children(v, "nsubjpass");
            }
            List<Actor> t = ctx.actors(subj.get(0).index());
            if (!t.isEmpty()) {
                return t;
            }
        }
        return objectTargets(ctx, v, p);
    }

    /** Target from the object or a prepositional phrase of the verb (or of its object noun). */
    private List<Actor> objectTargets(Ctx ctx, int v, Pattern p) {
        Sentence s = ctx.s;
        if (p.targetPrep() != null) {
            List<Actor> viaPrep = prepTargets(ctx, v, Set.of(p.targetPrep()));
            if (!viaPrep.isEmpty()) {
                return viaPrep;
            }
        }
        // a show of force moves its own troops: the object is the force, the target needs a preposition
        boolean posture = p.code().startsWith("15");
        Set<String> patternWords = patternWords(p);
        for (Token c : s.children(v)) {
            if (patternWords.contains(lemma(c)) && ctx.actors(c.index()).stream().allMatch(a -> "dateline".equals(a.basis()))) {
                // "share intelligence", "send troops": a bare object named by the pattern is what is shared
                // or sent, not a target; "attacked Kenyan police" keeps its explicitly placed target
                continue;
            }
            if (!posture && (c.rel().equals("obj") || c.rel().equals("dobj") || c.rel().equals("iobj"))) {
                List<Actor> t = ctx.actors(c.index());
                if (!t.isEmpty()) {
                    return t;
                }
            }
        }
        return prepTargets(ctx, v, TARGET_PREPS);
    }

    private List<Actor> prepTargets(Ctx ctx, int v, Set<String> preps) {
        Sentence s = ctx.s;
        List<Token> places = new ArrayList<>(s.children(v));
        for (Token c : s.children(v)) {
            // "talks with X" as the object, or as the oblique of "called for talks with X"
            if (c.rel().equals("obj") || c.rel().equals("dobj") || c.rel().startsWith("xcomp") || c.rel().startsWith("obl")) {
                places.addAll(s.children(c.index()));
            }
            if (c.rel().equals("obj") || c.rel().equals("dobj")) {
                // "rejected calls for negotiations with the RSF": one phrase further down the object
                for (Token n : s.children(c.index())) {
                    if (n.rel().startsWith("nmod")) {
                        places.addAll(s.children(n.index()));
                    }
                }
            }
        }
        for (Token c : places) {
            if (!(c.rel().startsWith("obl") || c.rel().startsWith("nmod")) || c.rel().equals("nmod:poss")) {
                continue;
            }
            String prep = caseOf(s, c);
            if (prep != null && preps.contains(prep)) {
                List<Actor> t = ctx.actors(c.index());
                if (!t.isEmpty()) {
                    return t;
                }
            }
        }
        return List.of();
    }

    /** The complement kind of a lemma if any of its patterns governs an embedded action. */
    private ComplementKind complementKindOf(String lemma) {
        for (Pattern p : verbs.forHead(lemma)) {
            if (p.complement() != null) {
                return p.complement();
            }
        }
        return null;
    }

    /** An advcl marked both "on"/"upon" and "to" with its own subject: a misparsed "called on X to do Y". */
    static boolean isMisparsedAppeal(Sentence s, Token c) {
        if (!c.rel().startsWith("advcl")) {
            return false;
        }
        boolean on = false;
        boolean to = false;
        for (Token m : s.children(c.index(), "mark")) {
            on |= m.lowerWord().equals("on") || m.lowerWord().equals("upon");
            to |= m.lowerWord().equals("to");
        }
        return on && to && !s.children(c.index(), "nsubj").isEmpty();
    }

    /** The embedded action a complement-taking verb governs: its xcomp, else its ccomp. */
    private static Token complementOf(Sentence s, int v) {
        for (Token c : s.children(v)) {
            if (c.rel().startsWith("xcomp")) {
                return c;
            }
        }
        for (Token c : s.children(v)) {
            if (c.rel().startsWith("ccomp") || isMisparsedAppeal(s, c)) {
                return c;
            }
        }
        return null;
    }

    /** Hypothetical beats negated beats a complement's or modal's status; else asserted. */
    Status status(Sentence s, int v, Status fromComplement) {
        if (conditional(s, v, 0)) {
            return Status.HYPOTHETICAL;
        }
        if (negated(s, v)) {
            return Status.NEGATED;
        }
        if (fromComplement != null) {
            return fromComplement;
        }
        Optional<Status> own = auxStatus(s, v);
        if (own.isPresent()) {
            return own.get();
        }
        Token tv = s.token(v);
        for (int depth = 0; tv.head() >= 0 && tv.rel().startsWith("xcomp") && depth < 4; depth++) {
            Token gov = s.token(tv.head());
            Optional<Status> st = modality.ofHead(lemma(gov)).or(() -> auxStatus(s, gov.index()));
            if (st.isPresent()) {
                return st.get();
            }
            tv = gov;
        }
        return Status.ASSERTED;
    }

    /** The status a modal auxiliary of token {@code v} gives ("will", "could"), by lemma or word form. */
    private Optional<Status> auxStatus(Sentence s, int v) {
        for (Token c : s.children(v)) {
            if (c.rel().equals("aux")) {
                Optional<Status> st = modality.ofAux(lemma(c)).or(() -> modality.ofAux(c.lowerWord()));
                if (st.isPresent()) {
                    return st;
                }
            }
        }
        return Optional.empty();
    }

    private static boolean negated(Sentence s, int v) {
        for (Token c : s.children(v)) {
            if ((c.rel().equals("neg") || c.rel().equals("advmod")) && NEGATORS.contains(c.lowerWord())) {
                return true;
            }
        }
        return false;
    }

    private static boolean conditional(Sentence s, int v, int depth) {
        Token tv = s.token(v);
        for (Token c : s.children(v)) {
            if (c.rel().startsWith("advcl") && hasMark(s, c.index())) {
                return true;
            }
        }
        if (tv.rel().startsWith("advcl") && hasMark(s, v)) {
            return true;
        }
        if (tv.rel().startsWith("advcl") && (tv.pos().equals("VBZ") || tv.pos().equals("VBP") || tv.pos().equals("VB"))) {
            for (Token m : s.children(v, "mark")) {
                if (m.lowerWord().equals("before") || m.lowerWord().equals("until") || m.lowerWord().equals("once")) {
                    return true;
                }
            }
        }
        if (depth < 4 && tv.head() >= 0 && (tv.rel().startsWith("xcomp") || tv.rel().equals("conj")
                || tv.rel().startsWith("ccomp"))) {
            return conditional(s, tv.head(), depth + 1);
        }
        return false;
    }

    private static boolean hasMark(Sentence s, int v) {
        for (Token m : s.children(v, "mark")) {
            if (CONDITIONALS.contains(m.lowerWord())) {
                return true;
            }
        }
        return false;
    }

    static String caseOf(Sentence s, Token t) {
        for (Token c : s.children(t.index())) {
            if (c.rel().equals("case")) {
                return c.lowerWord();
            }
        }
        return null;
    }

    static String lemma(Token t) {
        return t.lemma().toLowerCase(Locale.ROOT);
    }

    /** Per-sentence working state. */
    private static final class Ctx {
        final Article article;
        final Sentence s;
        final SentenceMatches m;
        final ActorResolver resolver;
        final String defaultCountry;
        final ActorMemory memory;
        final Set<Integer> covered = new HashSet<>();

        Ctx(Article article, Sentence s, SentenceMatches m, ActorResolver resolver, String defaultCountry,
            ActorMemory memory) {
            this.article = article;
            this.s = s;
            this.m = m;
            this.resolver = resolver;
            this.defaultCountry = defaultCountry;
            this.memory = memory;
        }

        /** The actors of the phrase at {@code head}: from the dictionaries, else from the article's earlier mentions. */
        List<Actor> actors(int head) {
            List<Actor> found = resolver.actorsAt(m, article.text(), head, defaultCountry);
            if (!found.isEmpty()) {
                return found;
            }
            String sector = resolver.agentSector(m, head);
            for (Token c : s.children(head)) {
                if (c.rel().equals("nmod:poss") && c.pos().equals("PRP$")) {
                    // "his government", "its army": the possessor's country with this phrase's sector
                    List<Actor> owner = memory.resolve(s, c.index(), null);
                    if (!owner.isEmpty() && sector != null && !owner.get(0).code().country().isEmpty()) {
                        Token h = s.token(head);
                        return List.of(new Actor(ActorCode.of(owner.get(0).code().country(), List.of(sector)),
                                new Span(h.word(), h.begin(), h.end()), "coreference"));
                    }
                    return List.of();
                }
            }
            // "the minister" refers back to a person; "the agency" or "the police" do not
            return memory.resolve(s, head, resolver.isTitle(m, head) ? sector : null);
        }

        String text() { return article.text(); }

        /** Marks a coded head and its pattern words so a noun inside ("held talks") is not coded again. */
        void cover(int head) {
            covered.add(head);
            Deque<Integer> q = new ArrayDeque<>(List.of(head));
            int guard = 0;
            while (!q.isEmpty() && guard++ < 200) {
                int h = q.poll();
                for (Token c : s.children(h)) {
                    if (c.rel().startsWith("obj") || c.rel().startsWith("obl") || c.rel().startsWith("xcomp")
                            || c.rel().startsWith("nmod") || c.rel().equals("iobj") || c.rel().equals("dobj")) {
                        if (covered.add(c.index())) {
                            q.add(c.index());
                        }
                    }
                }
            }
        }
    }
}
