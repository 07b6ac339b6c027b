package org.attache.attribution;

import java.util.List;
import java.util.Set;
import org.attache.attribution.Quotes.Quote;
import org.attache.model.Sentence;
import org.attache.model.Token;

/**
 * One way an article says who claims something ("according to X", "X said", "X was quoted as
 * saying"…). The finder asks each rule in turn at every token outside a direct quote; the first
 * draft returned wins.
 */
interface CueRule {
    /**
     * The attribution whose cue starts at {@code t}, or null. {@code consumed} collects tokens a
     * rule has used as its own cue so later rules skip them ("saying" in "was quoted as saying").
     */
    Draft at(Sentence s, Token t, Context context);

    /**
     * Whether {@link #at} can return a draft at {@code t} under some parse: the test on the words
     * and parts of speech that {@code at} makes before it reads the dependencies. A sentence where
     * no rule may start needs no parse for attribution.
     */
    boolean mayStartAt(Sentence tagged, Token t);

    /** What a rule may read besides the sentence: the article text, its direct quotes, tokens already used. */
    record Context(String text, List<Quote> quotes, Set<Integer> consumed) {
    }
}
