package org.attache.model;

import java.time.LocalDate;
import java.util.List;

/**
 * A coded event with its evidence. {@code target} may be null. Offsets in spans are
 * character offsets into the article text. {@code embeddedCode} is the action an event of
 * intent, demand, appeal, rejection or threat is about ("Kenya will provide aid" is 033 with
 * embedded 07x), or null.
 */
public record Event(String articleId, int sentenceIndex, String sentence,
                    Actor source, Actor target, EventType type, Span trigger,
                    LocalDate date, String dateBasis, Status status, Attribution attribution,
                    Place place, List<String> issues, String embeddedCode) {

    public Event {
        issues = issues == null ? List.of() : List.copyOf(issues);
    }

    /** An event with no embedded action. */
    public Event(String articleId, int sentenceIndex, String sentence, Actor source, Actor target, EventType type,
                 Span trigger, LocalDate date, String dateBasis, Status status, Attribution attribution,
                 Place place, List<String> issues) {
        this(articleId, sentenceIndex, sentence, source, target, type, trigger, date, dateBasis, status, attribution,
                place, issues, null);
    }

    /** An event without place or issues (filled by later stages). */
    public Event(String articleId, int sentenceIndex, String sentence, Actor source, Actor target, EventType type,
                 Span trigger, LocalDate date, String dateBasis, Status status, Attribution attribution) {
        this(articleId, sentenceIndex, sentence, source, target, type, trigger, date, dateBasis, status, attribution,
                null, List.of(), null);
    }

    public String code() { return type.code(); }

    public String root() { return type.root(); }

    public Event withDate(LocalDate d, String basis) {
        return new Event(articleId, sentenceIndex, sentence, source, target, type, trigger, d, basis, status,
                attribution, place, issues, embeddedCode);
    }

    public Event withAttribution(Attribution a) {
        return new Event(articleId, sentenceIndex, sentence, source, target, type, trigger, date, dateBasis, status,
                a, place, issues, embeddedCode);
    }

    public Event withPlace(Place p) {
        return new Event(articleId, sentenceIndex, sentence, source, target, type, trigger, date, dateBasis, status,
                attribution, p, issues, embeddedCode);
    }

    public Event withIssues(List<String> is) {
        return new Event(articleId, sentenceIndex, sentence, source, target, type, trigger, date, dateBasis, status,
                attribution, place, is, embeddedCode);
    }

    /** The same event between other actors (target may be null). */
    public Event withActors(Actor src, Actor tgt) {
        return new Event(articleId, sentenceIndex, sentence, src, tgt, type, trigger, date, dateBasis, status,
                attribution, place, issues, embeddedCode);
    }

    /** The same evidence coded as another event type (the embedded action stays). */
    public Event withType(EventType t) {
        return new Event(articleId, sentenceIndex, sentence, source, target, t, trigger, date, dateBasis, status,
                attribution, place, issues, embeddedCode);
    }
}
