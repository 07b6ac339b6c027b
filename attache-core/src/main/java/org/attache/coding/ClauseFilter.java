package org.attache.coding;

import static org.attache.coding.PatternMatcher.lemma;

import java.util.Set;
import org.attache.model.Sentence;
import org.attache.model.Token;

/**
 * Step "clause filter": clauses whose verb matches a pattern but tell of no event of their own,
 * because they are what someone alleges or denies, or because they only describe a noun.
 */
final class ClauseFilter {
    private ClauseFilter() {
    }

    /** Verbs whose embedded action is an allegation or a denial, not an event that happened. */
    private static final Set<String> ALLEGING = Set.of("accuse", "blame", "charge", "suspect", "deny", "allege",
            "indict", "convict", "fault", "denounce", "condemn", "criticize", "criticise", "praise", "thank",
            "congratulate", "commend", "credit", "applaud", "punish", "sue", "prosecute", "arrest", "detain");

    /** Nouns whose clause is a claim ("reports that…"), and the verbs that deny such a claim. */
    private static final Set<String> CLAIM_NOUNS = Set.of("report", "claim", "allegation", "accusation", "rumour",
            "rumor", "suggestion", "charge", "assertion", "speculation");
    private static final Set<String> DENYING = Set.of("deny", "reject", "dismiss", "refute", "rebut", "disown");

    /** Whether verb {@code v} is the gerund or clause an alleging verb governs ("accused X of backing…"). */
    static boolean isAllegedContent(Sentence s, int v) {
        Token t = s.token(v);
        for (int guard = 0; t.head() >= 0 && guard < 6; guard++) {
            String rel = t.rel();
            Token head = s.token(t.head());
            if (rel.equals("conj")) {
                t = head;
                continue;
            }
            if ((rel.startsWith("acl") || rel.startsWith("ccomp")) && CLAIM_NOUNS.contains(lemma(head))) {
                // "denied reports that civilians had been killed": what a denied report says is no event
                Token gov = s.head(head);
                return gov != null && DENYING.contains(lemma(gov));
            }
            boolean clause = rel.startsWith("obl") || rel.startsWith("advcl") || rel.startsWith("xcomp")
                    || rel.startsWith("ccomp");
            return clause && t.pos().equals("VBG") && ALLEGING.contains(lemma(head));
        }
        return false;
    }

    /** A participle that modifies a noun ("the detained president", "army-backed government"). */
    static boolean isModifier(Token t) {
        return t.rel().equals("amod") || t.rel().startsWith("acl") && t.pos().equals("VBN")
                || t.rel().startsWith("compound");
    }
}
