package org.attache.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.attache.model.Actor;
import org.attache.model.ActorCode;
import org.attache.model.Article;
import org.attache.model.Attribution;
import org.attache.model.Event;
import org.attache.model.Place;
import org.attache.model.Sentence;
import org.attache.model.Span;
import org.attache.model.Status;
import org.attache.ontology.CameoOntology;

/**
 * Hand-built articles and events for store tests (no NLP): an article is a list of sentences,
 * and {@link #event} codes one of them as "SOURCE CODE TARGET" with the actor names found in it.
 */
final class Events {
    static final CameoOntology ONTOLOGY = CameoOntology.builtIn();

    private Events() {
    }

    /** An article whose sentences are joined by single spaces. */
    record Doc(Article article, List<Sentence> sentences) {
        /** The event "source code target" in sentence {@code i}: actor names must occur in the sentence. */
        Event event(int i, String sourceCode, String sourceName, String code, String targetCode, String targetName,
                    String trigger, String date, Status status) {
            Sentence s = sentences.get(i);
            Actor src = actor(s, sourceCode, sourceName);
            Actor tgt = targetCode == null ? null : actor(s, targetCode, targetName);
            return new Event(article.id(), i, s.text(), src, tgt, ONTOLOGY.get(code), span(s, trigger),
                    date == null ? null : LocalDate.parse(date), date == null ? "publication" : "resolved", status, null);
        }

        Event event(int i, String sourceCode, String sourceName, String code, String targetCode, String targetName,
                    String trigger) {
            return event(i, sourceCode, sourceName, code, targetCode, targetName, trigger,
                    article.date().toString(), Status.ASSERTED);
        }

        private Actor actor(Sentence s, String code, String name) {
            return new Actor(ActorCode.parse(code), span(s, name), "dictionary");
        }

        private Span span(Sentence s, String words) {
            int at = s.text().indexOf(words);
            if (at < 0) {
                throw new IllegalArgumentException("'" + words + "' not in '" + s.text() + "'");
            }
            return new Span(words, s.begin() + at, s.begin() + at + words.length());
        }
    }

    static Doc doc(String id, String date, String outlet, String... sentences) {
        StringBuilder text = new StringBuilder();
        List<int[]> bounds = new ArrayList<>();
        for (String s : sentences) {
            if (text.length() > 0) {
                text.append(' ');
            }
            bounds.add(new int[] {text.length(), text.length() + s.length()});
            text.append(s);
        }
        List<Sentence> out = new ArrayList<>();
        for (int i = 0; i < sentences.length; i++) {
            out.add(new Sentence(i, sentences[i], bounds.get(i)[0], bounds.get(i)[1], List.of()));
        }
        Article a = new Article(id, LocalDate.parse(date), outlet, "https://" + outlet.toLowerCase().replace(' ', '-')
                + ".example/" + id, "Title of " + id, text.toString());
        return new Doc(a, out);
    }

    /** A clock that moves one hour on every reading (the store reads it once per article). */
    static java.time.Clock ticking(String start) {
        return new java.time.Clock() {
            private java.time.Instant now = java.time.Instant.parse(start);

            @Override public java.time.ZoneId getZone() { return java.time.ZoneOffset.UTC; }

            @Override public java.time.Clock withZone(java.time.ZoneId zone) { return this; }

            @Override public java.time.Instant instant() {
                java.time.Instant i = now;
                now = now.plusSeconds(3600);
                return i;
            }
        };
    }

    static Event withAttributionAndPlace(Event e, String who, String kind, String place, String country, double lat,
                                         double lon) {
        return e.withAttribution(new Attribution(who, kind)).withPlace(new Place(place, country, lat, lon, "gazetteer"));
    }
}
