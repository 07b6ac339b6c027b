package org.attache.actors;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.attache.model.Actor;
import org.attache.model.ActorCode;
import org.attache.model.Sentence;
import org.attache.model.Span;
import org.attache.model.Token;

/**
 * What an article has said about its actors so far, so later mentions resolve: a person
 * introduced with a title ("French Foreign Minister Jean-Yves Le Drian") keeps that code when
 * called "Le Drian", "he" or "the minister"; "it" is the last state or organization, "the two
 * countries" the last two states, "the former"/"the latter" the last two actors.
 *
 * <p>One memory per article, filled in text order; not shared between threads.
 */
public final class ActorMemory {
    private static final Set<String> PERSON_PRONOUNS = Set.of("he", "she", "him", "his", "her", "hers");
    private static final Set<String> THING_PRONOUNS = Set.of("it", "its");
    private static final Set<String> PLURAL_PRONOUNS = Set.of("they", "them", "their");
    private static final Set<String> PAIR_NOUNS = Set.of("country", "side", "nation", "neighbour", "neighbor",
            "state", "government", "party", "capital");

    /** A resolved mention: where it is and what it is. */
    private record Mention(int sentence, int token, Actor actor, boolean person, boolean plural, List<String> names) {
        boolean before(int s, int t) {
            return sentence < s || sentence == s && token < t;
        }

        boolean state() {
            ActorCode c = actor.code();
            return !person && (c.sectors().isEmpty() || c.code().startsWith("IGO") || c.sectors().equals(List.of("GOV")));
        }
    }

    private final List<Mention> mentions = new ArrayList<>();
    /** Who used force last in the article ("the strikes", "the assault" refer back to it), or null. */
    private Actor lastAttacker;
    private final Map<String, Mention> byName = new LinkedHashMap<>();

    /** Records a mention resolved from the sentence itself. */
    public void observe(Sentence s, int head, Actor actor) {
        observe(s, head, actor, false);
    }

    /**
     * Records a mention; {@code titled} says the phrase names a person by title ("the foreign
     * minister"), so "he" and "she" can refer to it.
     */
    public void observe(Sentence s, int head, Actor actor, boolean titled) {
        Token h = s.token(head);
        // a person is what the NER calls one, or a title; a titled capital ("Cairo" -> EGYGOV) is not
        boolean person = h.ner().equals("PERSON") || titled;
        List<String> names = new ArrayList<>();
        if (h.ner().equals("PERSON")) {
            // the name is the run of proper nouns ending at the head: "Jean-Yves Le Drian"
            int i = head;
            while (i > 0 && s.token(i - 1).pos().startsWith("NNP") && !s.token(i - 1).ner().equals("O")
                    && s.token(i - 1).ner().equals(h.ner())) {
                i--;
            }
            StringBuilder full = new StringBuilder();
            for (int k = i; k <= head; k++) {
                full.append(k > i ? " " : "").append(s.token(k).word().toLowerCase(Locale.ROOT));
            }
            names.add(full.toString());
            names.add(h.word().toLowerCase(Locale.ROOT));
            if (head - i >= 2) {
                // "Le Drian": the last two words of a three-word name
                names.add(s.token(head - 1).word().toLowerCase(Locale.ROOT) + " " + h.word().toLowerCase(Locale.ROOT));
            }
        }
        Mention m = new Mention(s.index(), head, actor, person, h.pos().endsWith("S"), names);
        mentions.add(m);
        for (String n : names) {
            byName.putIfAbsent(n, m);
        }
    }

    /**
     * The actors an unresolved phrase headed at {@code head} refers to, from earlier mentions, or an
     * empty list. {@code sector} is the sector of an agent word in the phrase ("the minister" ->
     * GOV), or null.
     */
    public List<Actor> resolve(Sentence s, int head, String sector) {
        Token h = s.token(head);
        String w = h.lowerWord();
        Span span = new Span(h.word(), h.begin(), h.end());
        if (h.pos().startsWith("PRP")) {
            if (PERSON_PRONOUNS.contains(w)) {
                return one(last(s.index(), head, m -> m.person), span);
            }
            if (THING_PRONOUNS.contains(w)) {
                // "its": a state, an organization, an army; anything but a person
                return one(last(s.index(), head, m -> !m.person), span);
            }
            if (PLURAL_PRONOUNS.contains(w)) {
                return one(last(s.index(), head, m -> m.plural || m.state()), span);
            }
            return List.of();
        }
        if (h.pos().startsWith("NNP")) {
            Mention m = byName.get(nameAt(s, head));
            if (m == null) {
                m = byName.get(w);
            }
            if (m != null && m.before(s.index(), head)) {
                return List.of(new Actor(m.actor.code(), span, "coreference"));
            }
            return List.of();
        }
        boolean pair = s.children(head).stream().anyMatch(c -> c.lowerWord().equals("two") || c.lowerWord().equals("both"));
        if (pair && PAIR_NOUNS.contains(h.lemma().toLowerCase(Locale.ROOT))) {
            List<Actor> two = lastDistinctStates(s.index(), head, 2);
            return two.size() == 2 ? withSpan(two, span) : List.of();
        }
        if (w.equals("former") || w.equals("latter")) {
            List<Actor> two = lastDistinct(s.index(), head, 2);
            if (two.size() < 2) {
                return List.of();
            }
            // lastDistinct lists the most recent first: the latter, then the former
            return withSpan(List.of(w.equals("latter") ? two.get(0) : two.get(1)), span);
        }
        boolean definite = s.children(head).stream().anyMatch(c -> c.lowerWord().equals("the"));
        if (definite && sector != null) {
            return one(last(s.index(), head, m -> m.person && m.actor.code().sectors().contains(sector)), span);
        }
        return List.of();
    }

    private static String nameAt(Sentence s, int head) {
        int i = head;
        while (i > 0 && s.token(i - 1).pos().startsWith("NNP")) {
            i--;
        }
        StringBuilder sb = new StringBuilder();
        for (int k = i; k <= head; k++) {
            sb.append(k > i ? " " : "").append(s.token(k).word().toLowerCase(Locale.ROOT));
        }
        return sb.toString();
    }

    private Mention last(int sentence, int token, java.util.function.Predicate<Mention> p) {
        for (int i = mentions.size() - 1; i >= 0; i--) {
            Mention m = mentions.get(i);
            if (m.before(sentence, token) && p.test(m)) {
                return m;
            }
        }
        return null;
    }

    private List<Actor> lastDistinct(int sentence, int token, int n) {
        List<Actor> out = new ArrayList<>();
        for (int i = mentions.size() - 1; i >= 0 && out.size() < n; i--) {
            Mention m = mentions.get(i);
            if (m.before(sentence, token) && out.stream().noneMatch(a -> a.code().code().equals(m.actor.code().code()))) {
                out.add(m.actor);
            }
        }
        return out;
    }

    /** The two states the article has named most so far ("the two countries"), ties broken by recency. */
    private List<Actor> lastDistinctStates(int sentence, int token, int n) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        Map<String, Integer> lastSeen = new LinkedHashMap<>();
        for (int i = 0; i < mentions.size(); i++) {
            Mention m = mentions.get(i);
            String country = m.actor.code().country();
            if (m.before(sentence, token) && !country.isEmpty()) {
                counts.merge(country, 1, Integer::sum);
                lastSeen.put(country, i);
            }
        }
        List<String> order = new ArrayList<>(counts.keySet());
        order.sort((a, b) -> counts.get(b).equals(counts.get(a)) ? lastSeen.get(b) - lastSeen.get(a) : counts.get(b) - counts.get(a));
        List<Actor> out = new ArrayList<>();
        for (String c : order.subList(0, Math.min(n, order.size()))) {
            Mention m = mentions.get(lastSeen.get(c));
            out.add(new Actor(ActorCode.of(c, List.of()), m.actor.span(), "coreference"));
        }
        return out;
    }

    private static List<Actor> one(Mention m, Span span) {
        return m == null ? List.of() : List.of(new Actor(m.actor.code(), span, "coreference"));
    }

    private static List<Actor> withSpan(List<Actor> actors, Span span) {
        List<Actor> out = new ArrayList<>();
        for (Actor a : actors) {
            out.add(new Actor(a.code(), span, "coreference"));
        }
        return out;
    }

    /** Country counts of all mentions so far (for the article's dyad). */
    /** Records the source of an act of force (CAMEO roots 18-20) coded in the article. */
    public void observeForce(Actor source) {
        if (source != null && !source.code().code().startsWith("---")) {
            lastAttacker = source;
        }
    }

    /** The source of the article's latest act of force so far, or null. */
    public Actor lastAttacker() { return lastAttacker; }

    /** Countries by how often the article has mentioned them so far, most first (first mentioned first on a tie). */
    public List<Map.Entry<String, Integer>> rankedCountries() {
        List<Map.Entry<String, Integer>> top = new ArrayList<>(countryCounts().entrySet());
        top.sort(Map.Entry.<String, Integer>comparingByValue().reversed());
        return top;
    }

    /** The country mentioned most so far when one leads (no tie), else null. */
    public String leadingCountry() {
        List<Map.Entry<String, Integer>> top = rankedCountries();
        if (top.isEmpty() || top.size() > 1 && top.get(1).getValue().equals(top.get(0).getValue())) {
            return null;
        }
        return top.get(0).getKey();
    }

    public Map<String, Integer> countryCounts() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Mention m : mentions) {
            if (!m.actor.code().country().isEmpty()) {
                counts.merge(m.actor.code().country(), 1, Integer::sum);
            }
        }
        return counts;
    }

    /** The most frequent full code among mentions of a country ("EGYGOV" for Egypt in a diplomatic story). */
    public ActorCode commonCode(String country) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        Map<String, ActorCode> codes = new LinkedHashMap<>();
        for (Mention m : mentions) {
            if (m.actor.code().country().equals(country)) {
                counts.merge(m.actor.code().code(), 1, Integer::sum);
                codes.putIfAbsent(m.actor.code().code(), m.actor.code());
            }
        }
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(e -> codes.get(e.getKey())).orElse(null);
    }
}
