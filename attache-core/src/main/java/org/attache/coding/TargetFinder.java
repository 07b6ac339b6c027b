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
        return prepTargets(ctx, v, TARGET_PREPS);
    }

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
            if (prep != null && preps.contains(prep)) {
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
            "farmer", "fisherman", "tourist", "family", "citizen", "national", "boy", "girl", "worshipper", "voter");
    private static final Set<String> PLACE_PREPS = Set.of("in", "at", "near", "inside", "outside", "across", "around");

    /**
     * When neither the object nor the usual prepositional phrases name an actor: the first actor
     * inside the object phrase ("rejected North Korea's demand", "criticised the closure of schools
     * in Gaza"), then inside the verb's other prepositional phrases ("demands from the rebels");
     * failing that, an object that names people or a group ("killed another ethnic Chechen", "freed
     * prisoners") is an unknown target: "---" plus the sector its words give, basis "unknown".
     */
    List<Actor> fallback(CodingContext ctx, int v, Pattern p) {
        Sentence s = ctx.s;
        if (p.code().startsWith("15")) {
            return List.of();
        }
        Set<String> patternWords = PatternMatcher.patternWords(p);
        List<Token> objects = new ArrayList<>();
        for (Token c : s.children(v)) {
            if (c.rel().equals("obj") || c.rel().equals("dobj") || c.rel().equals("iobj")
                    || c.rel().equals("nsubj:pass") || c.rel().equals("nsubjpass")) {
                objects.add(c);
            }
        }
        for (Token o : objects) {
            List<Actor> inside = firstActorBelow(ctx, o.index(), 0);
            if (!inside.isEmpty()) {
                return inside;
            }
        }
        for (Token c : s.children(v)) {
            if (c.rel().startsWith("obl") && !c.rel().equals("obl:tmod") && !c.rel().equals("obl:agent")) {
                String prep = caseOf(s, c);
                if (prep != null && !PLACE_PREPS.contains(prep) && !prep.equals("by")) {
                    List<Actor> inside = ctx.actors(c.index());
                    if (inside.isEmpty()) {
                        inside = firstActorBelow(ctx, c.index(), 0);
                    }
                    if (!inside.isEmpty()) {
                        return inside;
                    }
                }
            }
        }
        for (Token o : objects) {
            if (patternWords.contains(lemma(o))) {
                continue;
            }
            String sector = ctx.resolver.agentSector(ctx.m, o.index());
            boolean person = o.ner().equals("PERSON") || o.ner().equals("ORGANIZATION")
                    || PEOPLE.contains(lemma(o)) || sector != null;
            if (person && !o.pos().startsWith("PRP") && !o.pos().equals("WDT") && !o.pos().equals("WP")) {
                int[] ext = SourceFinder.phraseExtent(s, o.index());
                List<String> sectors = sector == null ? List.of() : List.of(sector);
                return List.of(new Actor(new ActorCode("---" + String.join("", sectors), "", sectors),
                        s.span(ctx.text(), ext[0], ext[1]), "unknown"));
            }
        }
        return List.of();
    }

    /** The first actor among the nominal modifiers of {@code head}, breadth first (not inside clauses). */
    private static List<Actor> firstActorBelow(CodingContext ctx, int head, int depth) {
        if (depth > 3) {
            return List.of();
        }
        Sentence s = ctx.s;
        List<Token> level = new ArrayList<>();
        for (Token c : s.children(head)) {
            String r = c.rel();
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
            List<Actor> found = firstActorBelow(ctx, c.index(), depth + 1);
            if (!found.isEmpty()) {
                return found;
            }
        }
        return List.of();
    }
}
