package org.attache.grounding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class GazetteerTest {
    private final Gazetteer g = Gazetteer.builtIn();

    @Test
    void builtInGazetteerIsCleanAndLarge() {
        assertThat(g.problems()).isEmpty();
        assertThat(g.size()).isGreaterThan(5000);
        for (String iso : List.of("KEN", "PAK", "UKR", "SDN", "USA", "CHN", "BRA", "AUS")) {
            assertThat(g.country(iso)).as(iso).isNotNull();
        }
        GazetteerEntry nairobi = g.best("Nairobi", List.of());
        assertThat(nairobi.country()).isEqualTo("KEN");
        assertThat(nairobi.lat()).isBetween(-1.4, -1.2);
        assertThat(g.best("karachi", List.of()).country()).isEqualTo("PAK");
    }
}
