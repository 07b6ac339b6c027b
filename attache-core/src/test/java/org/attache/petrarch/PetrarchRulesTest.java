package org.attache.petrarch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.attache.model.Actor;
import org.attache.model.ActorCode;
import org.attache.model.Document;
import org.attache.model.Event;
import org.attache.model.Sentence;
import org.attache.model.Span;
import org.attache.model.Status;
import org.attache.model.Token;
import org.attache.testing.Parsed;
import org.attache.testing.TestCoders;
import org.junit.jupiter.api.Test;

/** PETRARCH's passive forms ([X:Y]) recode an event in the passive voice and keep what else it carries. */
class PetrarchRulesTest {
    private final PetrarchRules rules = new PetrarchRules(Dialect.PETRARCH2, false, Set.of(),
            Map.of("attack|190", "195"), TestCoders.ONTOLOGY);

    private static Event event(Document d, int trigger, String embedded) {
        Sentence s = d.sentences().get(0);
        Token t = s.token(trigger);
        return new Event("test", 0, s.text(), new Actor(ActorCode.parse("UGA"), new Span("Uganda", 0, 6), "dictionary"),
                null, TestCoders.ONTOLOGY.find("190").orElseThrow(), new Span(t.word(), t.begin(), t.end()),
                null, "publication", Status.ASSERTED, null, null, List.of(), embedded);
    }

    @Test
    void thePassiveFormRecodesAndKeepsTheEmbeddedAction() {
        Document passive = Parsed.doc("2024-03-17", "Kenya was|be attacked|attack", "NNP VBD VBN",
                "3:nsubj:pass 3:aux:pass 0:root");
        List<Event> out = rules.apply(passive, List.of(event(passive, 2, "0874")));
        assertThat(out).extracting(Event::code).containsExactly("195");
        assertThat(out.get(0).embeddedCode()).isEqualTo("0874");
        Document active = Parsed.doc("2024-03-17", "Uganda attacked|attack Kenya", "NNP VBD NNP", "2:nsubj 0:root 2:obj");
        assertThat(rules.apply(active, List.of(event(active, 1, null)))).extracting(Event::code).containsExactly("190");
    }

    @Test
    void compositeCodesAreOneActorEachInPetrarch1AndWholeInPetrarch2() {
        Document d = Parsed.doc("2024-03-17", "Coalition attacked|attack Sudan", "NNP VBD NNP", "2:nsubj 0:root 2:obj");
        Sentence s = d.sentences().get(0);
        Token t = s.token(1);
        Event e = new Event("test", 0, s.text(), new Actor(ActorCode.parse("KEN/UGA"), new Span("Coalition", 0, 9), "dictionary"),
                new Actor(ActorCode.parse("SDN"), new Span("Sudan", 19, 24), "dictionary"),
                TestCoders.ONTOLOGY.find("190").orElseThrow(), new Span(t.word(), t.begin(), t.end()),
                null, "publication", Status.ASSERTED, null, null, List.of(), null);
        PetrarchRules p1 = new PetrarchRules(Dialect.PETRARCH1, true, Set.of(), Map.of(), TestCoders.ONTOLOGY);
        PetrarchRules p2 = new PetrarchRules(Dialect.PETRARCH2, true, Set.of(), Map.of(), TestCoders.ONTOLOGY);
        assertThat(p1.apply(d, List.of(e))).extracting(x -> x.source().code().code() + " " + x.target().code().code())
                .containsExactly("KEN SDN", "UGA SDN");
        assertThat(p2.apply(d, List.of(e))).extracting(x -> x.source().code().code()).containsExactly("KEN/UGA");
    }
}
