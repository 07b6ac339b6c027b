package org.attache.actors;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.attache.actors.ActorEntry.Kind;
import org.attache.model.Actor;
import org.attache.model.ActorCode;
import org.attache.model.Sentence;
import org.attache.model.Span;
import org.attache.model.Token;

/**
 * Resolves noun phrases of a parsed sentence to actor codes. A phrase's code composes what the
 * dictionary finds inside it: an organization's code, or a country (name, adjective,
 * possessive, "of X") plus the sector of its nearest agent or title ("Egypt's army chief" ->
 * EGYMIL). A capital or seat of power alone stands for the government ("Moscow" -> RUSGOV).
 * Nothing supported, nothing coded: the resolver never guesses.
 */
public final class ActorResolver {
    /** Relations that stay inside a noun phrase when collecting its words. */
    private static final Set<String> NP_RELATIONS = Set.of(
            "compound", "amod", "nmod:poss", "flat", "appos", "det", "case", "nummod", "nmod", "punct");
    /** "minister of X", "troops from X", "police in X": prepositions whose object still describes the actor. */
    private static final Set<String> OF_PREPS = Set.of("of", "from", "in");
    private static final Set<String> OF_PREPS_NO_IN = Set.of("of", "from");
    /** "thousands of protesters": the group is the actor, the quantity word is the head. */
    private static final Set<String> QUANTIFIERS = Set.of("thousand", "thousands", "hundred", "hundreds", "dozen",
            "dozens", "scores", "millions", "group", "number", "crowd", "crowds", "team");

    private final ActorDictionary dictionary;

    public ActorResolver(ActorDictionary dictionary) {
        this.dictionary = dictionary;
    }

    /** Dictionary matches of one sentence: for each token, the match covering it (longest first). */
    public SentenceMatches match(Sentence s) {
        return match(s, null);
    }

    /**
     * Dictionary matches of one sentence on the article's date: a dated entry (a person's role)
     * counts only when it holds on that date, and the first dated entry that holds wins over
     * undated defaults, as in the PETRARCH actor format.
     */
    public SentenceMatches match(Sentence s, java.time.LocalDate date) {
        Match[] byToken = new Match[s.size()];
        List<Match> all = new ArrayList<>();
        int i = 0;
        while (i < s.size()) {
            Match found = null;
            for (int len = Math.min(dictionary.maxTokens(), s.size() - i); len >= 1 && found == null; len--) {
                List<String> key = new ArrayList<>(len);
                for (int k = i; k < i + len; k++) {
                    key.add(PhraseKeys.normalize(s.token(k).word()));
                }
                List<ActorEntry> entries = onDate(dictionary.lookup(key), date);
                if (entries.isEmpty() && len == 1) {
                    // a plural or inflected single word: try its lemma ("generals", "Britons")
                    entries = onDate(dictionary.lookup(List.of(PhraseKeys.normalize(s.token(i).lemma()))), date);
                }
                if (!entries.isEmpty() && plausible(s, i, len, entries)) {
                    found = new Match(i, i + len - 1, entries);
                }
            }
            if (found != null) {
                all.add(found);
                Arrays.fill(byToken, found.from(), found.to() + 1, found);
                i = found.to() + 1;
            } else {
                i++;
            }
        }
        return new SentenceMatches(s, List.copyOf(all), byToken);
    }

    static List<ActorEntry> onDate(List<ActorEntry> entries, java.time.LocalDate date) {
        if (entries.isEmpty() || entries.stream().noneMatch(ActorEntry::dated)) {
            return entries;
        }
        List<ActorEntry> out = new ArrayList<>();
        ActorEntry firstDated = null;
        for (ActorEntry e : entries) {
            if (e.dated() && firstDated == null && e.validOn(date)) {
                firstDated = e;
            }
        }
        for (ActorEntry e : entries) {
            if (e.dated() ? e == firstDated : firstDated == null || e.kind() != firstDated.kind()) {
                out.add(e);
            }
        }
        return out;
    }

    /** A word of a person's name next to a match ("Therese" in "Therese Wagner"), not "al" of "Al-Shabaab". */
    private static boolean isGivenName(Token t) {
        return t.ner().equals("PERSON") && t.pos().startsWith("NNP") && t.word().length() > 2
                && !NAME_PARTICLES.contains(t.lowerWord());
    }

    private static final Set<String> NAME_PARTICLES = Set.of("al", "el", "abu", "bin", "ibn", "ben", "abd", "abdul");

    /** Single lower-case words that are also ordinary English ("chad", "turkey") need a capital letter. */
    private static boolean plausible(Sentence s, int from, int len, List<ActorEntry> entries) {
        if (len > 1) {
            return true;
        }
        Token t = s.token(from);
        boolean orgOnly = entries.stream().allMatch(e -> e.kind() == Kind.ORGANIZATION);
        boolean inPersonName = t.ner().equals("PERSON")
                && (from > 0 && isGivenName(s.token(from - 1)) || from + 1 < s.size() && isGivenName(s.token(from + 1)));
        if (orgOnly && inPersonName) {
            // "Therese Kayikwamba Wagner" is a person, not the Wagner group
            return false;
        }
        boolean agentOnly = entries.stream().allMatch(e -> e.kind() == Kind.AGENT);
        if (agentOnly) {
            return true;
        }
        if (t.word().length() <= 3 && !t.word().equals(t.word().toUpperCase(java.util.Locale.ROOT))) {
            // "us", "un", "au": short names must be written as abbreviations ("US", "UN")
            return false;
        }
        return Character.isUpperCase(t.word().charAt(0)) || !t.word().chars().allMatch(Character::isLetter);
    }

    /**
     * Whether {@link #actorAt} can name an actor anywhere in the matched sentence, whatever its
     * parse: a match for an organization, person, country, adjective or seat of power, a
     * PETRARCH agent (which composes with the null actor), or an agent with a sector when the
     * dateline gives a country. Without one every phrase resolves to null. Kept beside actorAt:
     * a new source of actors must be added here too.
     */
    public boolean mayName(SentenceMatches m, String defaultCountry) {
        for (Match match : m.matches()) {
            for (ActorEntry e : match.entries()) {
                if (e.kind() != Kind.AGENT || PetrarchAgents.isPetrarch(e)
                        || defaultCountry != null && !e.sectors().isEmpty()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The actors named by the phrase headed at {@code head}, expanding conjunctions ("Kenya and Uganda"). */
    public List<Actor> actorsAt(SentenceMatches m, String articleText, int head) {
        return actorsAt(m, articleText, head, null);
    }

    /**
     * As {@link #actorsAt(SentenceMatches, String, int)}, with the country an agent takes when its
     * phrase names none (the dateline's country), or null for none.
     */
    public List<Actor> actorsAt(SentenceMatches m, String articleText, int head, String defaultCountry) {
        List<Actor> out = new ArrayList<>();
        Actor a = actorAt(m, articleText, head, defaultCountry);
        if (a != null) {
            out.add(a);
            out.addAll(conjoinedModifiers(m, a, head));
        }
        for (Token c : m.sentence().children(head, "conj")) {
            if (c.isNoun()) {
                Actor ca = actorAt(m, articleText, c.index(), defaultCountry);
                if (ca != null) {
                    out.add(ca);
                }
            }
        }
        return out;
    }

    /**
     * "Indian and Pakistani troops", "lawmakers in Kenya and Uganda": one actor per conjoined
     * country (adjective or name, also in a prepositional modifier), with the same sectors in the
     * same places of the code (an agent written before the country stays before it).
     */
    private List<Actor> conjoinedModifiers(SentenceMatches m, Actor first, int head) {
        Sentence s = m.sentence();
        List<Actor> out = new ArrayList<>();
        for (Token mod : s.children(head)) {
            boolean prepositional = mod.rel().startsWith("nmod") && !mod.rel().equals("nmod:poss");
            if (!mod.rel().equals("amod") && !mod.rel().startsWith("compound") && !prepositional) {
                continue;
            }
            Match own = m.at(mod.index());
            if (own == null || own.entries().stream().noneMatch(e -> e.kind() == Kind.ADJECTIVE || e.kind() == Kind.COUNTRY)) {
                continue;
            }
            String ownCode = own.entries().stream().filter(e -> e.kind() == Kind.ADJECTIVE || e.kind() == Kind.COUNTRY)
                    .findFirst().map(ActorEntry::code).orElse("");
            if (prepositional && (ownCode.isEmpty() || !first.code().code().contains(ownCode) || first.code().sectors().isEmpty())) {
                // "talks in Kenya and Uganda" name places; only an agent that took its country from the
                // phrase ("lawmakers in Kenya") is one actor per country
                continue;
            }
            for (Token c : s.children(mod.index(), "conj")) {
                Match cm = m.at(c.index());
                if (cm == null) {
                    continue;
                }
                for (ActorEntry e : cm.entries()) {
                    if (e.kind() == Kind.ADJECTIVE || e.kind() == Kind.COUNTRY) {
                        String code = first.code().code();
                        ActorCode ac = !ownCode.isEmpty() && code.contains(ownCode)
                                ? ActorCode.parse(code.replaceFirst(java.util.regex.Pattern.quote(ownCode), e.code()))
                                : ActorCode.of(e.code(), first.code().sectors());
                        out.add(new Actor(ac, new Span(c.word(), c.begin(), c.end()), first.basis()));
                        break;
                    }
                }
            }
        }
        return out;
    }

    /** The actor named by the phrase headed at {@code head}, or null if nothing supports a code. */
    public Actor actorAt(SentenceMatches m, String articleText, int head) {
        return actorAt(m, articleText, head, null);
    }

    public Actor actorAt(SentenceMatches m, String articleText, int head, String defaultCountry) {
        Sentence s = m.sentence();
        List<Integer> np = new ArrayList<>();
        Match atHead = m.at(head);
        // "police in Nairobi" is Kenyan police; "an agreement in Havana" is no Cuban actor
        boolean agentHead = atHead != null && atHead.entries().stream().anyMatch(e -> e.kind() == Kind.AGENT)
                || QUANTIFIERS.contains(s.token(head).lowerWord());
        collect(s, head, np, 0, agentHead ? OF_PREPS : OF_PREPS_NO_IN);
        np.sort(Integer::compare);
        String org = null;
        String country = null;
        boolean metonym = false;
        String sector = null;
        int sectorDistance = Integer.MAX_VALUE;
        boolean anyAgent = false;
        List<ActorEntry> petrarchAgents = new ArrayList<>();
        Set<Match> seen = new LinkedHashSet<>();
        for (int i : np) {
            Match match = m.at(i);
            if (match == null || !seen.add(match)) {
                continue;
            }
            int distance = Math.abs(i - head);
            for (ActorEntry e : match.entries()) {
                switch (e.kind()) {
                    case ORGANIZATION, PERSON -> {
                        if (org == null) {
                            org = e.code();
                        }
                    }
                    case COUNTRY, ADJECTIVE -> {
                        if (country == null) {
                            country = e.code();
                        }
                    }
                    case METONYM -> {
                        if (country == null) {
                            country = e.code();
                            metonym = true;
                        }
                    }
                    case AGENT -> {
                        anyAgent = true;
                        if (PetrarchAgents.isPetrarch(e)) {
                            petrarchAgents.add(e);
                        }
                        if (!e.sectors().isEmpty() && distance < sectorDistance) {
                            sector = e.sectors().get(0);
                            sectorDistance = distance;
                        }
                    }
                    default -> { }
                }
            }
        }
        Span span = evidenceSpan(s, articleText, head, np);
        if (!petrarchAgents.isEmpty()) {
            // PETRARCH agents compose with whatever code the phrase has (or the null actor), in phrase order
            return new Actor(ActorCode.parse(PetrarchAgents.compose(org != null ? org : country, petrarchAgents)), span,
                    org != null || country != null ? "title" : "agent");
        }
        boolean fromDateline = false;
        boolean ownedByPronoun = np.stream().anyMatch(i -> s.token(i).pos().equals("PRP$"));
        boolean headIsAgent = agentHead || s.token(head).pos().equals("CD");
        boolean titledName = s.token(head).pos().startsWith("NNP") && sector != null;
        if (org == null && country == null && sector != null && defaultCountry != null && !ownedByPronoun
                && (headIsAgent || titledName)) {
            // "police", "protesters": an agent with no country of its own is local to the dateline
            country = defaultCountry;
            fromDateline = true;
        }
        if (org == null && country == null) {
            return null;
        }
        if (org != null) {
            return new Actor(ActorCode.parse(org), span, "dictionary");
        }
        if (sector == null && (metonym || anyAgent)) {
            // a seat of power, or an agent word with no sector of its own ("spokesman"), speaks for the government
            sector = "GOV";
        }
        List<String> sectors = sector == null ? List.of() : List.of(sector);
        String basis = fromDateline ? "dateline"
                : sector == null ? "dictionary" : metonym && sectorDistance == Integer.MAX_VALUE ? "metonym" : "title";
        return new Actor(ActorCode.of(country, sectors), span, basis);
    }

    /**
     * The words of the phrase as evidence: the noun phrase itself, without the preposition that
     * attaches it to the verb ("to AMISOM" is AMISOM) and without punctuation at its edges.
     */
    static Span evidenceSpan(Sentence s, String articleText, int head, List<Integer> np) {
        int first = 0;
        int last = np.size() - 1;
        while (first < last && isEdgeWord(s, head, np.get(first))) {
            first++;
        }
        while (last > first && isEdgeWord(s, head, np.get(last))) {
            last--;
        }
        return s.span(articleText, np.get(first), np.get(last));
    }

    private static boolean isEdgeWord(Sentence s, int head, int i) {
        Token t = s.token(i);
        return t.rel().equals("punct") || t.pos().equals(",") || t.pos().equals(".")
                || t.rel().equals("case") && t.head() == head && !t.lowerWord().equals("'s");
    }

    private static void collect(Sentence s, int i, List<Integer> out, int depth, Set<String> preps) {
        out.add(i);
        if (depth > 4) {
            return;
        }
        for (Token c : s.children(i)) {
            String rel = c.rel();
            if (!NP_RELATIONS.contains(rel) && !rel.startsWith("nmod") && !rel.startsWith("compound")
                    && !rel.startsWith("flat")) {
                continue;
            }
            if ((rel.equals("nmod") || rel.startsWith("nmod:") && !rel.equals("nmod:poss")) && !hasCase(s, c, preps)) {
                continue;
            }
            collect(s, c.index(), out, depth + 1, preps);
        }
    }

    static boolean hasCase(Sentence s, Token t, Set<String> preps) {
        for (Token c : s.children(t.index(), "case")) {
            if (preps.contains(c.lemma().toLowerCase(java.util.Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** The sector of an agent word at {@code head} ("minister" -> GOV), or null. */
    public String agentSector(SentenceMatches m, int head) {
        Match match = m.at(head);
        if (match == null) {
            return null;
        }
        for (ActorEntry e : match.entries()) {
            if (e.kind() == Kind.AGENT) {
                return e.sectors().isEmpty() ? "GOV" : e.sectors().get(0);
            }
        }
        return null;
    }

    /** Whether the word at {@code head} is a personal title ("minister", "general"), not an institution or group. */
    public boolean isTitle(SentenceMatches m, int head) {
        Match match = m.at(head);
        return match != null && match.entries().stream().anyMatch(e -> e.kind() == Kind.AGENT && "title".equals(e.agentKind()));
    }

    /** The country a name or adjective stands for ("Afghan" -> AFG, "Kenya" -> KEN), or null. */
    public String countryOfWord(String word) {
        for (ActorEntry e : dictionary.lookup(PhraseKeys.tokens(word))) {
            if (e.kind() == Kind.ADJECTIVE || e.kind() == Kind.COUNTRY) {
                return e.code();
            }
        }
        return null;
    }

    /** The country a place name stands for ("NAIROBI" -> KEN), or null. */
    public String countryOfPlace(String place) {
        List<ActorEntry> entries = dictionary.lookup(PhraseKeys.tokens(place));
        for (ActorEntry e : entries) {
            if (e.kind() == Kind.METONYM || e.kind() == Kind.COUNTRY) {
                return e.code();
            }
        }
        return null;
    }

    /** A dictionary match over tokens {@code from..to} inclusive. */
    public record Match(int from, int to, List<ActorEntry> entries) {
    }

    /** The matches of one sentence, indexed by token. */
    public record SentenceMatches(Sentence sentence, List<Match> matches, Match[] byToken) {
        public Match at(int token) { return byToken[token]; }
    }
}
