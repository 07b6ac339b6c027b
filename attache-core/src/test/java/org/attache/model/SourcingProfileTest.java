package org.attache.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.attache.actors.ActorResolver;
import org.attache.attribution.AttributionFinder;
import org.attache.attribution.AttributionLexicon;
import org.attache.coding.EventCoder;
import org.attache.testing.Parsed;
import org.attache.testing.TestCoders;
import org.junit.jupiter.api.Test;

class SourcingProfileTest {

    @Test
    void countsAttributionsByKindAndEventsByWhatTheyRestOn() {
        Document d = Parsed.docOf("2024-03-04",
                new String[] {"Sources|source said|say Uganda deployed|deploy troops|troop .", "NNS VBD NNP VBD NNS .",
                        "2:nsubj 0:root 4:nsubj 2:ccomp 4:obj 2:punct"},
                new String[] {"Ruto|ruto|PERSON said|say Kenya rejected|reject the offer .", "NNP VBD NNP VBD DT NN .",
                        "2:nsubj 0:root 4:nsubj 2:ccomp 6:det 4:obj 2:punct"},
                new String[] {"Kenya attacked|attack Uganda .", "NNP VBD NNP .", "2:nsubj 0:root 2:obj 2:punct"},
                new String[] {"Witnesses|witness said|say Uganda attacked|attack Kenya .", "NNS VBD NNP VBD NNP .",
                        "2:nsubj 0:root 4:nsubj 2:ccomp 4:obj 2:punct"});
        AttributionFinder finder = new AttributionFinder(AttributionLexicon.builtIn(), new ActorResolver(TestCoders.smallActors()));
        EventCoder coder = TestCoders.coder(new String[] {"120\treject", "190\tattack", "154\tdeploy"}, new String[] {"040\ttalk"});
        List<Attribution> atts = finder.find(d);
        List<Event> events = AttributionFinder.attach(atts, coder.code(d));
        SourcingProfile p = SourcingProfile.of("a1", atts, events);
        assertThat(p.attributions()).isEqualTo(3);
        assertThat(p.attributionsByKind()).containsEntry("anonymous", 1).containsEntry("named-person", 1)
                .containsEntry("other", 1).containsEntry("outlet", 0);
        assertThat(p.events()).isEqualTo(4);
        assertThat(p.eventsByKind()).containsEntry("none", 1).containsEntry("anonymous", 1);
        assertThat(p.anonymousEvents()).isEqualTo(1);
        assertThat(p.onRecordEvents()).isEqualTo(1);
        assertThat(p.unattributedEvents()).isEqualTo(1);
        assertThat(p.shareAnonymous()).isEqualTo(0.25);
        assertThat(p.shareOther()).isEqualTo(0.25);
    }

    @Test
    void anArticleWithoutEventsHasZeroShares() {
        SourcingProfile p = SourcingProfile.of("empty", List.of(), List.of());
        assertThat(p.events()).isZero();
        assertThat(p.shareUnattributed()).isZero();
        assertThat(p.attributionsByKind().keySet()).containsExactlyElementsOf(SourcingProfile.KINDS);
    }
}
