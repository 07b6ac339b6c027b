package org.attache.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.attache.spark.EventDays;
import org.junit.jupiter.api.Test;

/** The Spark job repeats two store rules (the store is not its dependency): they must agree. */
class StoreAgreementTest {
    @Test
    void sameWindowAndSameEventIds() {
        assertThat(EventDays.WINDOW_DAYS).isEqualTo(EventStore.WINDOW_DAYS);
        for (LocalDate d : new LocalDate[] {LocalDate.of(2024, 3, 14), LocalDate.of(1999, 12, 31), null}) {
            assertThat(EventDays.eventId("PAKGOV", "", "0233", "negated", d))
                    .isEqualTo(EventStore.contentHash("PAKGOV", "", "0233", "negated", d));
        }
    }
}
