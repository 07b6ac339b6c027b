package org.attache.actors;

import static org.assertj.core.api.Assertions.assertThat;

import org.attache.model.Actor;
import org.attache.model.ActorCode;
import org.attache.model.Sentence;
import org.attache.model.Span;
import org.attache.testing.Parsed;
import org.junit.jupiter.api.Test;

/** The article's country ranking: the leading country, ties, and the order the two-party rule reads. */
class ActorMemoryTest {
    private static final Sentence S = Parsed.doc("2024-03-17", "Kenya Uganda Kenya Egypt", "NNP NNP NNP NNP",
            "0:root 1:conj 1:conj 1:conj").sentences().get(0);

    private static void see(ActorMemory m, int token, String code) {
        m.observe(S, token, new Actor(ActorCode.parse(code), new Span(S.token(token).word(), S.token(token).begin(),
                S.token(token).end()), "dictionary"));
    }

    @Test
    void theMostMentionedCountryLeadsUnlessTied() {
        ActorMemory m = new ActorMemory();
        assertThat(m.leadingCountry()).isNull();
        see(m, 0, "KEN");
        see(m, 1, "UGAGOV");
        assertThat(m.leadingCountry()).isNull();
        see(m, 2, "KENMIL");
        see(m, 3, "EGY");
        assertThat(m.leadingCountry()).isEqualTo("KEN");
        assertThat(m.rankedCountries()).extracting(e -> e.getKey() + "=" + e.getValue())
                .containsExactly("KEN=2", "UGA=1", "EGY=1");
    }
}
