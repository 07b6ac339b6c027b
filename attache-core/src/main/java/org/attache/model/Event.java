package org.attache.model;

import java.time.LocalDate;
import java.util.List;

/**
 * A coded event with its evidence. {@code target} may be null. Offsets in spans are
 * character offsets into the article text.
 */
public record Event(String articleId, int sentenceIndex, String sentence,
                    Actor source, Actor target, EventType type, Span trigger,
                    LocalDate date, String dateBasis, Status status, Attribution attribution,
                    Place place, List<String> issues) {

    public Event {
        issues = issues == null ? List.of() : List.copyOf(issues);
    }

    /** An event without place or issues (filled by later stages). */
    public Event(String articleId, int sentenceIndex, String sentence, Actor source, Actor target, EventType type,
                 Span trigger, LocalDate date, String dateBasis, Status status, Attribution attribution) {
        this(articleId, sentenceIndex, sentence, source, target, type, trigger, date, dateBasis, status, attribution,
                null, List.of());
    }

    public String code() { return type.code(); }

    public String root() { return type.root(); }

    public Event withDate(LocalDate d, String basis) {
        return new Event(articleId, sentenceIndex, sentence, source, target, type, trigger, d, basis, status,
                attribution, place, issues);
    }

    public Event withAttribution(Attribution a) {
        return new Event(articleId, sentenceIndex, sentence, source, target, type, trigger, date, dateBasis, status,
                a, place, issues);
    }

    public Event withPlace(Place p) {
        return new Event(articleId, sentenceIndex, sentence, source, target, type, trigger, date, dateBasis, status,
                attribution, p, issues);
    }

    public Event withIssues(List<String> is) {
        return new Event(articleId, sentenceIndex, sentence, source, target, type, trigger, date, dateBasis, status,
                attribution, place, is);
    }
}
