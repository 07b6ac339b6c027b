package org.attache.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.attache.model.Document;
import org.attache.model.Event;

/** One assertion helper for coded events, checking invariants on the way. */
public final class EventAssert {
    private EventAssert() {
    }

    /**
     * Asserts the events, in order, read "SRC CODE TGT status" ("PAK 1212 USA asserted"; "-" for
     * no target), and that every offset lies inside the text.
     */
    public static void assertCodes(Document doc, List<Event> events, String... expected) {
        String text = doc.article().text();
        List<String> actual = new ArrayList<>();
        for (Event e : events) {
            assertThat(e.trigger().end()).isLessThanOrEqualTo(text.length());
            assertThat(text.substring(e.trigger().start(), e.trigger().end())).isEqualTo(e.trigger().text());
            assertThat(text.substring(e.source().span().start(), e.source().span().end())).isEqualTo(e.source().span().text());
            if (e.target() != null) {
                assertThat(text.substring(e.target().span().start(), e.target().span().end())).isEqualTo(e.target().span().text());
            }
            assertThat(e.type().goldstein()).isBetween(-10.0, 10.0);
            actual.add(e.source().code().code() + " " + e.code() + " " + (e.target() == null ? "-" : e.target().code().code())
                    + " " + e.status().label());
        }
        assertThat(actual).containsExactly(expected);
    }
}
