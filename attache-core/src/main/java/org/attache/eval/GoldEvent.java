package org.attache.eval;

import java.time.LocalDate;
import org.attache.model.Status;

/** One expected event of a gold file. {@code target} is null when the event has none. */
public record GoldEvent(String articleId, String source, String target, String code, Status status,
                        LocalDate date, String trigger, String fragment, int line) {
    public String root() { return code.substring(0, 2); }
}
