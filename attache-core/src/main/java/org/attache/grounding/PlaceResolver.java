package org.attache.grounding;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.attache.model.Actor;
import org.attache.model.ActorCode;
import org.attache.model.Document;
import org.attache.model.Event;
import org.attache.model.Place;
import org.attache.model.Sentence;
import org.attache.model.Token;
import org.attache.nlp.Dateline;

/**
 * Gives each event its place: an "in X" / "inside X" / "near X" / "across the X border" phrase of
 * the event's clause that names a gazetteer place, else the dateline ("NAIROBI:"), else none.
 */
public final class PlaceResolver {
    private static final Set<String> PLACE_PREPS = Set.of("in", "inside", "near", "at", "across", "outside", "into", "around");

    private final Gazetteer gazetteer;
    private final java.util.function.Function<String, String> countryOfWord;

    /**
     * @param countryOfWord the country a word names, for adjectives ("Afghan" -> AFG); from the actor
     *                      dictionary, so the gazetteer need not repeat demonyms
     */
    public PlaceResolver(Gazetteer gazetteer, java.util.function.Function<String, String> countryOfWord) {
        this.gazetteer = gazetteer;
        this.countryOfWord = countryOfWord;
    }

    public List<Event> ground(Document doc, List<Event> events) {
        String text = doc.article().text();
        Place dateline = Dateline.find(text).map(d -> {
            GazetteerEntry e = gazetteer.best(d.place(), List.of());
            return e == null ? null : new Place(e.name(), e.country(), e.lat(), e.lon(), "dateline");
        }).orElse(null);
        List<Event> out = new ArrayList<>(events.size());
        for (Event e : events) {
            Place p = null;
            if (e.sentenceIndex() < doc.sentences().size()) {
                Sentence s = doc.sentences().get(e.sentenceIndex());
                int trigger = tokenAt(s, e.trigger().start());
                if (trigger >= 0) {
                    p = fromClause(s, trigger, preferred(e, dateline));
                }
            }
            Event grounded = e.withPlace(p != null ? p : dateline);
            if (p != null) {
                // "20 people were killed in Gaza": local agents belong where the event happened, not to the dateline
                grounded = relocate(grounded, p.country());
                grounded = targetOfPlace(grounded, p);
            }
            out.add(grounded);
        }
        return out;
    }

    /**
     * "Ukrainian drones struck a refinery in Russia's Krasnodar region": an attack with no named
     * target, carried out in another country, is against that country.
     */
    private static Event targetOfPlace(Event e, Place p) {
        String root = e.root();
        boolean violent = root.equals("18") || root.equals("19") || root.equals("20");
        String own = e.source().code().country();
        if (!violent || e.target() != null || own.isEmpty() || own.equals(p.country())) {
            return e;
        }
        Actor t = new Actor(ActorCode.of(p.country(), List.of()), new org.attache.model.Span(p.name(), e.trigger().start(),
                e.trigger().end()), "place", false);
        return e.withActors(e.source(), t);
    }

    private static Event relocate(Event e, String country) {
        Actor src = local(e.source(), country);
        Actor tgt = e.target() == null ? null : local(e.target(), country);
        if (src == e.source() && tgt == e.target()) {
            return e;
        }
        return e.withActors(src, tgt);
    }

    private static Actor local(Actor a, String country) {
        if (!"dateline".equals(a.basis()) || a.code().country().equals(country)) {
            return a;
        }
        return new Actor(ActorCode.of(country, a.code().sectors()), a.span(), "place", a.inferred());
    }

    private static List<String> preferred(Event e, Place dateline) {
        List<String> c = new ArrayList<>();
        if (!e.source().code().country().isEmpty()) {
            c.add(e.source().code().country());
        }
        if (e.target() != null && !e.target().code().country().isEmpty()) {
            c.add(e.target().code().country());
        }
        if (dateline != null) {
            c.add(dateline.country());
        }
        return c;
    }

    private Place fromClause(Sentence s, int verb, List<String> preferred) {
        List<Token> candidates = new ArrayList<>(s.children(verb));
        for (Token c : s.children(verb)) {
            if (c.rel().equals("obj") || c.rel().startsWith("obl") || c.rel().startsWith("xcomp")) {
                candidates.addAll(s.children(c.index()));
            }
        }
        for (Token c : candidates) {
            if (!(c.rel().startsWith("obl") || c.rel().startsWith("nmod")) || c.rel().equals("nmod:poss")) {
                continue;
            }
            String prep = null;
            for (Token k : s.children(c.index(), "case")) {
                prep = k.lowerWord();
            }
            if (prep == null || !PLACE_PREPS.contains(prep)) {
                continue;
            }
            Place p = placeOf(s, c, preferred);
            if (p != null) {
                return p;
            }
        }
        return null;
    }

    /** The place a phrase names: its proper-noun run ("El Fasher"), its "of X" ("the town of Kutum"), or "the Afghan border". */
    private Place placeOf(Sentence s, Token head, List<String> preferred) {
        Place direct = lookupRun(s, head.index(), preferred);
        if (direct != null) {
            return direct;
        }
        for (Token c : s.children(head.index())) {
            if (c.rel().startsWith("nmod") || c.rel().equals("compound") || c.rel().equals("amod") || c.rel().equals("appos")) {
                Place p = lookupRun(s, c.index(), preferred);
                if (p != null) {
                    return p;
                }
                // "across the Afghan border": the country the adjective names
                String iso = countryOfWord.apply(c.word());
                GazetteerEntry country = iso == null ? null : gazetteer.country(iso);
                if (country != null) {
                    return new Place(country.name(), country.country(), country.lat(), country.lon(), "clause");
                }
            }
        }
        return null;
    }

    private Place lookupRun(Sentence s, int head, List<String> preferred) {
        int from = head;
        while (from > 0 && (s.token(from - 1).rel().equals("compound") || s.token(from - 1).rel().equals("flat"))
                && s.token(from - 1).head() == head && s.token(from - 1).pos().startsWith("NNP")) {
            from--;
        }
        for (int start = from; start <= head; start++) {
            StringBuilder sb = new StringBuilder();
            for (int k = start; k <= head; k++) {
                sb.append(k > start ? " " : "").append(s.token(k).word());
            }
            GazetteerEntry e = gazetteer.best(sb.toString(), preferred);
            if (e != null) {
                return new Place(e.name(), e.country(), e.lat(), e.lon(), "clause");
            }
        }
        return null;
    }

    private static int tokenAt(Sentence s, int offset) {
        for (Token t : s.tokens()) {
            if (t.begin() == offset) {
                return t.index();
            }
        }
        return -1;
    }
}
