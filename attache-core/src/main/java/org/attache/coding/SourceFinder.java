package org.attache.coding;

import static org.attache.coding.PatternMatcher.lemma;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.attache.model.Actor;
import org.attache.model.ActorCode;
import org.attache.model.Span;
import org.attache.model.Sentence;
import org.attache.model.Token;

/**
 * Step "source resolution": who acts. The verb's subject, the "by" agent of a passive, the
 * controller of an embedded verb ("urged Israel to withdraw": Israel withdraws), or the subject
 * inherited through xcomp and conj.
 */
final class SourceFinder {
    /** Verbs whose object does the embedded action ("urged Israel to withdraw"); with others the subject does ("met X to discuss"). */
    private static final Set<String> OBJECT_CONTROL = Set.of("urge", "ask", "call", "press", "force", "order", "tell",
            "persuade", "allow", "permit", "invite", "encourage", "help", "pressure", "push", "compel", "request",
            "instruct", "direct", "authorize", "authorise", "advise", "warn", "appeal", "prompt", "lead", "cause");

    private final Lexicon verbs;

    SourceFinder(Lexicon verbs) {
        this.verbs = verbs;
    }

    /** The subjects of a verb: its own, the "by" agent of a passive, or inherited through xcomp/conj. */
    List<Actor> subjects(CodingContext ctx, int v) {
        return subjects(ctx, v, 0);
    }

    private List<Actor> subjects(CodingContext ctx, int v, int depth) {
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
                List<Actor> found = ctx.actors(at);
                if (found.isEmpty()) {
                    found = ctx.forceReference(at);
                }
                return placedOverDateline(ctx, v, at, found);
            }
            if (c.rel().equals("nsubj:pass") || c.rel().equals("nsubjpass")) {
                passive = true;
            }
        }
        if (passive) {
            Token agent = passiveAgent(s, v);
            return agent == null ? List.of() : ctx.actors(agent.index());
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
        if (MisparseRepair.isSubjectlessClause(s, tv)) {
            // "…, wounding five soldiers", "Appealing for funds, Guterres said": a clause without a subject
            // of its own is done by the main clause's subject; "accused Rwanda of backing the rebels",
            // "blamed Kiev for shelling": by the governing verb's object when it has one
            Token controller = MisparseRepair.gerundController(s, tv);
            if (controller != null) {
                List<Actor> found = ctx.actors(controller.index());
                if (!found.isEmpty()) {
                    return found;
                }
            }
            return subjects(ctx, tv.head(), depth + 1);
        }
        if (rel.startsWith("acl") && s.token(tv.head()).isNoun()) {
            if (tv.pos().equals("VBN")) {
                // "troops, backed by US drones": a reduced passive; its "by" agent is the source
                Token agent = passiveAgent(s, v);
                return agent == null ? List.of() : ctx.actors(agent.index());
            }
            return ctx.actors(tv.head());
        }
        return List.of();
    }

    /**
     * The source when no subject resolves: an event with an unknown source is still an event. The
     * subject phrase's agent or title gives the sector; an agent takes the country of the clause's
     * place ("students in Algiers"), else the dateline's, else the article's main country so far;
     * with none of these, or no agent, the code is "---" plus the sector, basis "unknown". A
     * passive with no agent has no subject phrase: its span is empty, at the trigger.
     */
    Actor unresolved(CodingContext ctx, int v) {
        Sentence s = ctx.s;
        int subj = subjectToken(s, v, 0);
        if (subj < 0) {
            Token tv = s.token(v);
            return new Actor(UNKNOWN, new Span("", tv.begin(), tv.begin()), "unknown");
        }
        int[] extent = phraseExtent(s, subj);
        Span span = s.span(ctx.text(), extent[0], extent[1]);
        String sector = null;
        for (int i = extent[0]; i <= extent[1] && sector == null; i++) {
            sector = ctx.resolver.agentSector(ctx.m, i);
        }
        if (sector == null && QUANTITIES.contains(s.token(subj).lowerWord())) {
            // "tens of thousands of people": the people, not the number, say who acted
            for (int q = subj, guard = 0; sector == null && q >= 0 && guard < 3; guard++) {
                int next = -1;
                for (Token c : s.children(q)) {
                    if (c.rel().startsWith("nmod") && "of".equals(caseOf(s, c))) {
                        sector = ctx.resolver.agentSector(ctx.m, c.index());
                        next = c.index();
                    }
                }
                q = next;
            }
        }
        if (sector == null) {
            return new Actor(UNKNOWN, span, "unknown");
        }
        String country = placeCountry(ctx, v, subj);
        String basis = "place";
        if (country == null && ctx.defaultCountry != null) {
            country = ctx.defaultCountry;
            basis = "dateline";
        }
        if (country == null) {
            country = ctx.articleCountry;
            basis = "article";
        }
        if (country == null) {
            return new Actor(new ActorCode("---" + sector, "", List.of(sector)), span, "unknown");
        }
        return new Actor(ActorCode.of(country, List.of(sector)), span, basis);
    }

    /**
     * "In Beijing, a Foreign Ministry spokeswoman said…" under a Vientiane dateline: an agent with no
     * country of its own takes the clause's place before the dateline.
     */
    private static List<Actor> placedOverDateline(CodingContext ctx, int v, int subj, List<Actor> found) {
        if (found.size() != 1 || !"dateline".equals(found.get(0).basis())) {
            return found;
        }
        String country = placeCountry(ctx, v, subj);
        Actor a = found.get(0);
        if (country == null || country.equals(a.code().country())) {
            return found;
        }
        return List.of(new Actor(org.attache.model.ActorCode.of(country, a.code().sectors()), a.span(), "place"));
    }

    /** Heads that count people rather than name them ("thousands of protesters"). */
    static final Set<String> QUANTITIES = Set.of("tens", "hundreds", "thousands", "millions", "dozens", "scores",
            "thousand", "hundred", "dozen", "group", "groups", "number", "crowd", "crowds");

    /** An actor code for "someone": no country, no organization. */
    static final ActorCode UNKNOWN = new ActorCode("---", "", List.of());

    /** The country of an "in X" place of the subject phrase or of the verb's clause ("protesters in Algiers"). */
    static String placeCountry(CodingContext ctx, int v, int subj) {
        Sentence s = ctx.s;
        List<Token> candidates = new ArrayList<>(subj >= 0 ? s.children(subj) : List.of());
        candidates.addAll(s.children(v));
        for (Token c : s.children(v)) {
            if (c.rel().equals("obj") || c.rel().equals("dobj")) {
                // "held a rally in Belgrade": the object's own place is the clause's
                candidates.addAll(s.children(c.index()));
            }
        }
        for (int k = 0; k < candidates.size() && k < 40; k++) {
            Token c = candidates.get(k);
            String prep = c.rel().startsWith("nmod") || c.rel().startsWith("obl") ? caseOf(s, c) : null;
            if (prep == null || !TargetFinder.PLACE_PREPS.contains(prep)) {
                continue;
            }
            int[] ext = phraseExtent(s, c.index());
            StringBuilder name = new StringBuilder();
            for (int i = ext[0]; i <= ext[1]; i++) {
                Token t = s.token(i);
                if (t.pos().startsWith("NNP")) {
                    name.append(name.length() == 0 ? "" : " ").append(t.word());
                }
            }
            String country = name.length() == 0 ? null : ctx.resolver.countryOfPlace(name.toString());
            if (country == null && name.length() > 0) {
                country = ctx.resolver.countryOfPlace(c.word());
            }
            if (country == null) {
                // "in Nigeria's Kogi state", "in the Afghan city of Kunduz": a place phrase that names its country
                List<Actor> named = ctx.resolver.actorsAt(ctx.m, ctx.text(), c.index());
                if (!named.isEmpty() && !named.get(0).code().country().isEmpty() && named.get(0).code().sectors().isEmpty()) {
                    country = named.get(0).code().country();
                }
            }
            if (country != null) {
                return country;
            }
            // "at a mosque in the Afghan city of Kunduz": one phrase further down
            candidates.addAll(s.children(c.index()));
        }
        return null;
    }


    /** The subject token a verb's source would come from (as {@link #subjects}), or -1 when there is none. */
    private static int subjectToken(Sentence s, int v, int depth) {
        if (depth > 4) {
            return -1;
        }
        boolean passive = false;
        for (Token c : s.children(v)) {
            if (c.rel().equals("nsubj")) {
                if (isRelativePronoun(c) && s.token(v).rel().startsWith("acl") && s.token(v).head() >= 0) {
                    return s.token(v).head();
                }
                return c.index();
            }
            passive |= c.rel().equals("nsubj:pass") || c.rel().equals("nsubjpass");
        }
        Token tv = s.token(v);
        if (passive || tv.rel().startsWith("acl") && tv.pos().equals("VBN")) {
            Token agent = passiveAgent(s, v);
            return agent == null ? -1 : agent.index();
        }
        if (tv.head() < 0) {
            return -1;
        }
        if (MisparseRepair.isSubjectlessClause(s, tv)) {
            Token controller = MisparseRepair.gerundController(s, tv);
            return controller != null ? controller.index() : subjectToken(s, tv.head(), depth + 1);
        }
        if (tv.rel().startsWith("xcomp") || tv.rel().equals("conj")) {
            return subjectToken(s, tv.head(), depth + 1);
        }
        if (tv.rel().startsWith("acl") && s.token(tv.head()).isNoun()) {
            return tv.head();
        }
        return -1;
    }

    /** First and last token of the noun phrase headed at {@code head} (its modifiers, not its clauses). */
    static int[] phraseExtent(Sentence s, int head) {
        int[] ext = {head, head};
        java.util.ArrayDeque<Integer> q = new java.util.ArrayDeque<>(List.of(head));
        int guard = 0;
        while (!q.isEmpty() && guard++ < 100) {
            int h = q.poll();
            for (Token c : s.children(h)) {
                String r = c.rel();
                if (r.startsWith("compound") || r.startsWith("flat") || r.equals("amod") || r.equals("det")
                        || r.equals("nmod:poss") || r.equals("nummod") || r.equals("case") && h != head
                        || r.equals("case") && c.lowerWord().equals("'s")) {
                    ext[0] = Math.min(ext[0], c.index());
                    ext[1] = Math.max(ext[1], c.index());
                    q.add(c.index());
                }
            }
        }
        return ext;
    }

    /** The "by" phrase of a passive verb, or null. */
    static Token passiveAgent(Sentence s, int v) {
        for (Token c : s.children(v)) {
            if (c.rel().equals("obl:agent") || c.rel().startsWith("obl") && "by".equals(caseOf(s, c))) {
                return c;
            }
        }
        return null;
    }

    /** The complement kind of a lemma if any of its patterns governs an embedded action. */
    ComplementKind complementKindOf(String lemma) {
        for (Pattern p : verbs.forHead(lemma)) {
            if (p.complement() != null) {
                return p.complement();
            }
        }
        return null;
    }

    private static boolean isRelativePronoun(Token t) {
        return t.pos().equals("WDT") || t.pos().equals("WP") || t.lowerWord().equals("that");
    }

    static String caseOf(Sentence s, Token t) {
        for (Token c : s.children(t.index())) {
            if (c.rel().equals("case")) {
                return c.lowerWord();
            }
        }
        return null;
    }
}
