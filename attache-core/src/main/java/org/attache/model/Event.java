package org.attache.model;

import java.time.LocalDate;

/**
 * A coded event with its evidence. {@code target} may be null. Offsets in spans are
 * character offsets into the article text.
 */
public record Event(String articleId, int sentenceIndex, String sentence,
                    Actor source, Actor target, EventType type, Span trigger,
                    LocalDate date, String dateBasis, Status status, Attribution attribution) {

    public String code() { return type.code(); }

    public String root() { return type.root(); }

    public Event withDate(LocalDate d, String basis) {
        return new Event(articleId, sentenceIndex, sentence, source, target, type, trigger, d, basis, status, attribution);
    }
}
