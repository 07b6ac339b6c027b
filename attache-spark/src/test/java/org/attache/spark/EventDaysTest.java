package org.attache.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EventDaysTest {
    private static LocalDate d(int day) {
        return LocalDate.of(2024, 3, day);
    }

    @Test
    void theEarliestDateAnchorsAndTheWindowNeverChains() {
        // 10, 11 one event; 12 is two days after the anchor: a new event with 13
        Map<LocalDate, LocalDate> a = EventDays.anchors(List.of(d(12), d(10), d(13), d(11)));
        assertThat(a).containsEntry(d(10), d(10)).containsEntry(d(11), d(10))
                .containsEntry(d(12), d(12)).containsEntry(d(13), d(12)).hasSize(4);
    }

    @Test
    void inputOrderDoesNotMatter() {
        List<LocalDate> dates = Arrays.asList(d(1), d(2), d(3), d(5), d(6), d(9));
        Map<LocalDate, LocalDate> forward = EventDays.anchors(dates);
        java.util.Collections.reverse(dates);
        assertThat(EventDays.anchors(dates)).isEqualTo(forward);
        assertThat(forward.values()).containsExactlyInAnyOrder(d(1), d(1), d(3), d(5), d(5), d(9));
    }

    @Test
    void undatedMentionsFormOneUndatedEvent() {
        Map<LocalDate, LocalDate> a = EventDays.anchors(Arrays.asList(null, d(4), null));
        assertThat(a).containsEntry(null, null).containsEntry(d(4), d(4)).hasSize(2);
    }

    @Test
    void idsDependOnIdentityAndDateOnly() {
        long id = EventDays.eventId("PAK", "AFG", "112", "asserted", d(14));
        assertThat(id).isPositive().isEqualTo(EventDays.eventId("PAK", "AFG", "112", "asserted", d(14)));
        assertThat(EventDays.eventId("PAK", "AFG", "112", "asserted", d(15))).isNotEqualTo(id);
        assertThat(EventDays.eventId("AFG", "PAK", "112", "asserted", d(14))).isNotEqualTo(id);
    }
}
