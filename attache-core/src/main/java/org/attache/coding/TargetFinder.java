package org.attache.coding;

import static org.attache.coding.PatternMatcher.lemma;
import static org.attache.coding.SourceFinder.caseOf;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.attache.model.Actor;
import org.attache.model.ActorCode;
import org.attache.model.Sentence;
import org.attache.model.Token;

/**
 * Step "target search": whom the action is aimed at. The noun a reduced passive modifies, the
 * subject of a passive, the object, the object of the pattern's preposition, or a
 * prepositional phrase of the verb or of its object.
 */
final class TargetFinder {
    /** Prepositions that introduce a target when the pattern names none. */
    static final Set<String> TARGET_PREPS = Set.of(
            "with", "against", "on", "to", "toward", "towards", "at", "into", "over", "upon", "from", "for");

    List<Actor> targets(CodingContext ctx, int v, Pattern p) {
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
    private List<Actor> objectTargets(CodingContext ctx, int v, Pattern p) {
        Sentence s = ctx.s;
        if (p.targetPrep() != null) {
            List<Actor> viaPrep = prepTargets(ctx, v, Set.of(p.targetPrep()));
            if (!viaPrep.isEmpty()) {
                return viaPrep;
            }
        }
        // a show of force moves its own troops: the object is the force, the target needs a preposition
        boolean posture = p.code().startsWith("15");
        Set<String> patternWords = PatternMatcher.patternWords(p);
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
        // troops sent "to the border" or "to Nairobi" go somewhere; a show of force is aimed "against" someone
        return prepTargets(ctx, v, posture ? POSTURE_PREPS : TARGET_PREPS);
    }

    /**
     * The country forces are sent to when a mobilization (153, 154) sends them "to" another country
     * than the source's, or nothing: troops sent to the border or to one's own capital stay a show of force.
     */
    List<Actor> hostCountry(CodingContext ctx, int v, String code, List<Actor> sources) {
        if (!(code.equals("153") || code.equals("154")) || sources.isEmpty()) {
            return List.of();
        }
        String own = sources.get(0).code().country();
        List<Actor> hosts = prepTargets(ctx, v, Set.of("to"));
        if (hosts.isEmpty() || own.isEmpty() || hosts.get(0).code().country().isEmpty()
                || hosts.get(0).code().country().equals(own)) {
            return List.of();
        }
        return hosts;
    }

    /** Prepositions that make a target of a show of force (15x): where troops go is a place, not a target. */
    static final Set<String> POSTURE_PREPS = Set.of("against", "toward", "towards", "on", "at");

    List<Actor> prepTargets(CodingContext ctx, int v, Set<String> preps) {
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
            if (prep != null && preps.contains(prep) && !NOT_TARGET_HEADS.contains(lemma(c))) {
                List<Actor> t = ctx.actors(c.index());
                if (!t.isEmpty()) {
                    return t;
                }
            }
        }
        return List.of();
    }

    /** Nouns for people that are targets even when nothing says whose they are. */
    private static final Set<String> PEOPLE = Set.of("people", "person", "civilian", "man", "woman", "child",
            "resident", "villager", "worker", "student", "journalist", "passenger", "pilgrim", "refugee", "migrant",
            "prisoner", "hostage", "detainee", "member", "supporter", "leader", "official", "politician", "activist",
            "farmer", "fisherman", "tourist", "family", "citizen", "national", "boy", "girl", "worshipper", "voter",
            "seeker", "employee", "inspector", "staff", "crew", "victim", "survivor", "relative", "opponent", "critic",
            "dissident", "lawyer", "doctor", "nurse", "teacher", "priest", "delegation", "delegate", "diplomat",
            "immigrant", "demonstrator", "protester", "protestor", "trader", "businessman", "aide", "guard",
            "suspect", "mourner", "patient", "settler", "pilot", "sailor", "fighter", "militant");
    /** Prepositions of time, cause, agency and sourcing: their phrases hold no target. */
    private static final Set<String> NOT_TARGET_PREPS = Set.of("by", "during", "after", "before", "since", "until",
            "amid", "despite", "according", "because", "following", "like", "as", "via", "through");
    /** "on behalf of X", "on the basis of X": X is not whom the act is aimed at. */
    static final Set<String> NOT_TARGET_HEADS = Set.of("behalf", "basis", "part", "account", "instruction", "order");
    /** Prepositions of place ("in Algiers", "near the border"): where, not whom. */
    static final Set<String> PLACE_PREPS = Set.of("in", "at", "near", "inside", "outside", "across", "around");

    /**
     * When neither the object nor the usual prepositional phrases name an actor: the first actor
     * inside the object phrase ("rejected North Korea's demand", "criticised the closure of schools
     * in Gaza"), then inside the verb's other prepositional phrases ("demands from the rebels"), then
     * the subject a complement clause addresses ("called for Britain to stay", "targeting rebel
     * commanders"). Failing that, a phrase that names people or an organisation ("killed another ethnic
     * Chechen", "expressed condolences to the families", "an investigation into Alibaba Group") is an
     * unknown target: "---" plus the sector its words give, basis "unknown". With
     * {@code placesAreTargets} false (two parties acting together, a protest), the object's own place
     * ("an agreement in Washington") is where it happened, not a target.
     */
    List<Actor> fallback(CodingContext ctx, int v, Pattern p) {
        return fallback(ctx, v, p, -1, true);
    }

    /** As {@link #fallback(CodingContext, int, Pattern)}, never taking token {@code exclude} (the event noun itself). */
    List<Actor> fallback(CodingContext ctx, int v, Pattern p, int exclude, boolean placesAreTargets) {
        Sentence s = ctx.s;
        if (p.code().startsWith("15")) {
            // a show of force moves troops; the places they go are no target
            return List.of();
        }
        Set<String> patternWords = PatternMatcher.patternWords(p);
        List<Token> objects = objects(s, v);
        objects.removeIf(o -> o.index() == exclude);
        for (Token o : objects) {
            List<Actor> inside = firstActorBelow(ctx, o.index(), 0, placesAreTargets);
            if (!inside.isEmpty()) {
                return inside;
            }
        }
        for (Token o : objects) {
            // "killed more than 500 civilians during a week of bombardment near Damascus": people named as
            // the object are the target before any actor deeper in the clause
            Actor unknown = patternWords.contains(lemma(o)) && !PEOPLE.contains(lemma(o)) ? null : unknownAt(ctx, o, v);
            if (unknown != null) {
                return List.of(unknown);
            }
        }
        for (Token o : objects) {
            // "troops repelled the assault": those who attacked
            List<Actor> attackers = o.rel().startsWith("nsubj") ? List.of() : ctx.forceReference(o.index());
            if (!attackers.isEmpty()) {
                return attackers;
            }
        }
        List<Token> obliques = new ArrayList<>();
        for (Token c : s.children(v)) {
            if (c.rel().startsWith("obl") && !c.rel().equals("obl:tmod") && !c.rel().equals("obl:agent")) {
                String prep = caseOf(s, c);
                if (prep != null && !PLACE_PREPS.contains(prep) && !NOT_TARGET_PREPS.contains(prep)
                        && !NOT_TARGET_HEADS.contains(lemma(c))) {
                    obliques.add(c);
                    List<Actor> inside = ctx.actors(c.index());
                    if (inside.isEmpty()) {
                        inside = firstActorBelow(ctx, c.index(), 0, placesAreTargets);
                    }
                    if (!inside.isEmpty()) {
                        return inside;
                    }
                }
            }
        }
        List<Token> addressed = addressedSubjects(s, v);
        for (Token a : addressed) {
            List<Actor> found = ctx.actors(a.index());
            if (!found.isEmpty()) {
                return found;
            }
        }
        List<Token> candidates = new ArrayList<>(addressed);
        for (Token o : objects) {
            for (Token n : s.children(o.index())) {
                String prep = n.rel().startsWith("nmod") && !n.rel().equals("nmod:poss") ? caseOf(s, n) : null;
                if (prep != null && TARGET_PREPS.contains(prep)) {
                    candidates.add(n);
                }
            }
        }
        for (Token c : obliques) {
            if (TARGET_PREPS.contains(caseOf(s, c))) {
                candidates.add(c);
            }
        }
        for (Token o : candidates) {
            if (patternWords.contains(lemma(o)) && !PEOPLE.contains(lemma(o))) {
                continue;
            }
            Actor unknown = unknownAt(ctx, o, v);
            if (unknown != null) {
                return List.of(unknown);
            }
        }
        return List.of();
    }

    /** A noun's own phrases ("an ultimatum to the Front", "an investigation into Alibaba Group") as unknown targets. */
    List<Actor> nounFallback(CodingContext ctx, int n, Pattern p) {
        Sentence s = ctx.s;
        for (Token c : s.children(n)) {
            String prep = c.rel().startsWith("nmod") && !c.rel().equals("nmod:poss") ? caseOf(s, c) : null;
            if (prep != null && (p.targetPrep() != null ? prep.equals(p.targetPrep()) : TARGET_PREPS.contains(prep))) {
                Actor unknown = unknownAt(ctx, c, clauseVerb(s, n));
                if (unknown != null) {
                    return List.of(unknown);
                }
            }
        }
        return List.of();
    }

    /** The verb whose clause a noun belongs to ("staged a strike" -> staged), or -1. */
    private static int clauseVerb(Sentence s, int n) {
        Token h = s.head(s.token(n));
        return h != null && h.isVerb() ? h.index() : -1;
    }

    private static List<Token> objects(Sentence s, int v) {
        List<Token> objects = new ArrayList<>();
        for (Token c : s.children(v)) {
            if (c.rel().equals("obj") || c.rel().equals("dobj") || c.rel().equals("iobj")
                    || c.rel().equals("nsubj:pass") || c.rel().equals("nsubjpass")) {
                objects.add(c);
            }
        }
        return objects;
    }

    /**
     * Whom a complement clause of the verb is about: the subject of "for X to do" ("called for Britain
     * to stay") and the object of "targeting" ("carried out a raid, targeting rebel commanders").
     */
    private static List<Token> addressedSubjects(Sentence s, int v) {
        List<Token> out = new ArrayList<>();
        for (Token c : s.children(v)) {
            if (!(c.rel().startsWith("advcl") || c.rel().startsWith("xcomp") || c.rel().startsWith("ccomp")
                    || c.rel().startsWith("acl"))) {
                continue;
            }
            boolean forClause = s.children(c.index(), "mark").stream().anyMatch(m -> m.lowerWord().equals("for"));
            if (forClause) {
                out.addAll(s.children(c.index(), "nsubj"));
            } else if (TARGETING.contains(lemma(c))) {
                out.addAll(s.children(c.index(), "obj"));
                out.addAll(s.children(c.index(), "dobj"));
            }
        }
        return out;
    }

    private static final Set<String> TARGETING = Set.of("target", "hit", "strike", "attack");

    /** An unknown actor at {@code o} when its words name people or an organisation, else null. */
    private static Actor unknownAt(CodingContext ctx, Token o, int v) {
        Sentence s = ctx.s;
        if (o.pos().startsWith("PRP") || o.pos().equals("WDT") || o.pos().equals("WP") || o.lowerWord().equals("that")) {
            return null;
        }
        String sector = ctx.resolver.agentSector(ctx.m, o.index());
        boolean person = o.ner().equals("PERSON") || o.ner().equals("ORGANIZATION")
                || PEOPLE.contains(lemma(o)) || sector != null;
        if (!person) {
            return null;
        }
        int[] ext = SourceFinder.phraseExtent(s, o.index());
        List<String> sectors = sector == null ? List.of() : List.of(sector);
        for (Token c : s.children(o.index())) {
            String prep = c.rel().startsWith("nmod") ? caseOf(s, c) : null;
            if ("in".equals(prep) || "of".equals(prep) || "from".equals(prep)) {
                // "communities in neighbouring Somalia", "civilians in Gaza": the people of that country
                List<Actor> where = ctx.actors(c.index());
                if (!where.isEmpty() && !where.get(0).code().country().isEmpty() && where.get(0).code().sectors().size() <= 1) {
                    return new Actor(ActorCode.of(where.get(0).code().country(), sectors),
                            s.span(ctx.text(), ext[0], ext[1]), "place");
                }
            }
        }
        String country = v < 0 ? null : SourceFinder.placeCountry(ctx, v, -1);
        if (country != null) {
            // "killing eight civilians" in a clause set "in Mogadishu": people of the place
            return new Actor(ActorCode.of(country, sectors), s.span(ctx.text(), ext[0], ext[1]), "place");
        }
        return new Actor(new ActorCode("---" + String.join("", sectors), "", sectors),
                s.span(ctx.text(), ext[0], ext[1]), "unknown");
    }

    /** The first actor among the nominal modifiers of {@code head}, breadth first (not inside clauses). */
    private static List<Actor> firstActorBelow(CodingContext ctx, int head, int depth, boolean places) {
        if (depth > 3) {
            return List.of();
        }
        Sentence s = ctx.s;
        List<Token> level = new ArrayList<>();
        for (Token c : s.children(head)) {
            String r = c.rel();
            if (depth == 0 && !places && r.startsWith("nmod") && PLACE_PREPS.contains(String.valueOf(caseOf(s, c)))) {
                // "Rwanda and Congo signed a peace agreement in Washington", "held a rally in Belgrade": where
                continue;
            }
            if (r.startsWith("nmod") || r.equals("appos") || r.equals("conj") || r.startsWith("compound")) {
                level.add(c);
            }
        }
        for (Token c : level) {
            List<Actor> found = ctx.actors(c.index());
            if (!found.isEmpty()) {
                return found;
            }
        }
        for (Token c : level) {
            List<Actor> found = firstActorBelow(ctx, c.index(), depth + 1, places);
            if (!found.isEmpty()) {
                return found;
            }
        }
        return List.of();
    }
}
