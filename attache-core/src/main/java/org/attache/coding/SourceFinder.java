package org.attache.coding;

import static org.attache.coding.PatternMatcher.lemma;

import java.util.List;
import java.util.Set;
import org.attache.model.Actor;
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
                return ctx.actors(at);
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
