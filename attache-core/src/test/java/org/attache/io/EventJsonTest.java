package org.attache.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.attache.actors.ActorResolver;
import org.attache.attribution.AttributionFinder;
import org.attache.attribution.AttributionLexicon;
import org.attache.model.Attribution;
import org.attache.model.Document;
import org.attache.model.Event;
import org.attache.model.SourcingProfile;
import org.attache.testing.Parsed;
import org.attache.testing.TestCoders;
import org.junit.jupiter.api.Test;

class EventJsonTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static final Document DOC = Parsed.docOf("2024-03-04",
            new String[] {"A Kremlin spokesman told|tell Reuters that Russia rejected|reject the offer .",
                    "DT NNP NN VBD NNP IN NNP VBD DT NN .",
                    "3:det 3:compound 4:nsubj 0:root 4:obj 8:mark 8:nsubj 4:ccomp 10:det 8:obj 4:punct"},
            new String[] {"Kenya rejected|reject the offer .", "NNP VBD DT NN .", "2:nsubj 0:root 4:det 2:obj 2:punct"});

    private static List<Event> events(List<Attribution> atts) {
        return AttributionFinder.attach(atts, TestCoders.coder("120\treject").code(DOC));
    }

    private static List<Attribution> attributions() {
        return new AttributionFinder(AttributionLexicon.builtIn(), new ActorResolver(TestCoders.smallActors())).find(DOC);
    }

    @Test
    void eventsPrintTheirAttributionOrAnExplicitNull() throws Exception {
        List<Event> events = events(attributions());
        EventJson json = new EventJson(TestCoders.ONTOLOGY);
        JsonNode first = JSON.readTree(json.line(events.get(0)));
        JsonNode a = first.get("attribution");
        assertThat(a.get("text").asText()).isEqualTo("A Kremlin spokesman");
        assertThat(a.get("kind").asText()).isEqualTo("official-unnamed");
        assertThat(a.get("cue").asText()).isEqualTo("told");
        assertThat(a.get("actor").asText()).isEqualTo("RUSGOV");
        assertThat(a.get("channel").asText()).isEqualTo("told Reuters");
        assertThat(a.get("source").get("start").asInt()).isZero();
        assertThat(a.get("content").get(0).get("text").asText()).isEqualTo("that Russia rejected the offer");
        JsonNode second = JSON.readTree(json.line(events.get(1)));
        assertThat(second.has("attribution")).isTrue();
        assertThat(second.get("attribution").isNull()).isTrue();
    }

    @Test
    void sourcingLineNamesTheArticle() throws Exception {
        List<Attribution> atts = attributions();
        JsonNode line = JSON.readTree(EventJson.sourcingLine(SourcingProfile.of("test", atts, events(atts))));
        assertThat(line.get("article_id").asText()).isEqualTo("test");
        JsonNode s = line.get("sourcing");
        assertThat(s.get("attributions").asInt()).isEqualTo(1);
        assertThat(s.get("attributions_by_kind").get("official-unnamed").asInt()).isEqualTo(1);
        assertThat(s.get("events").asInt()).isEqualTo(2);
        assertThat(s.get("events_by_kind").get("none").asInt()).isEqualTo(1);
        assertThat(s.get("share_on_record").asDouble()).isEqualTo(0.5);
        assertThat(s.get("share_unattributed").asDouble()).isEqualTo(0.5);
    }
}
