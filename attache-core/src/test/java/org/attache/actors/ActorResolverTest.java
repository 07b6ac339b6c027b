package org.attache.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.attache.actors.ActorEntry.Kind;
import org.attache.model.Actor;
import org.attache.model.Document;
import org.attache.model.Sentence;
import org.attache.testing.Parsed;
import org.attache.testing.TestCoders;
import org.junit.jupiter.api.Test;

class ActorResolverTest {

    @Test
    void datedRoleHoldsOnlyWithinItsDatesAndTheFirstMatchWins() {
        ActorDictionary.Builder b = new ActorDictionary.Builder();
        b.add("boris johnson", new ActorEntry(Kind.PERSON, "boris johnson", "GBRGOV", List.of(), "",
                LocalDate.of(2019, 7, 24), LocalDate.of(2022, 9, 6)));
        b.add("boris johnson", new ActorEntry(Kind.PERSON, "boris johnson", "GBRGOVFRM", List.of(), "",
                LocalDate.of(2019, 1, 1), null));
        b.add("boris johnson", new ActorEntry(Kind.PERSON, "boris johnson", "GBRELI", List.of(), ""));
        ActorResolver r = new ActorResolver(b.build());
        Document d = Parsed.doc("2020-01-01", "Boris Johnson spoke|speak", "NNP NNP VBD", "2:compound 3:nsubj 0:root");
        Sentence s = d.sentences().get(0);
        String text = d.article().text();
        assertThat(r.actorAt(r.match(s, LocalDate.of(2020, 1, 1)), text, 1).code().code()).isEqualTo("GBRGOV");
        assertThat(r.actorAt(r.match(s, LocalDate.of(2023, 1, 1)), text, 1).code().code()).isEqualTo("GBRGOVFRM");
        assertThat(r.actorAt(r.match(s, LocalDate.of(2010, 1, 1)), text, 1).code().code()).isEqualTo("GBRELI");
    }

    @Test
    void titlesPossessivesAndMetonymsCompose() {
        ActorResolver r = new ActorResolver(TestCoders.smallActors());
        Document d = Parsed.doc("2024-03-17", "Egypt 's army chief General Sami|sami Adel|adel", "NNP POS NN NN NNP NNP NNP",
                "4:nmod:poss 1:case 4:compound 7:compound 7:compound 7:compound 0:root");
        Actor a = r.actorAt(r.match(d.sentences().get(0)), d.article().text(), 6);
        assertThat(a.code().code()).isEqualTo("EGYMIL");
        assertThat(a.span().text()).isEqualTo("Egypt 's army chief General Sami Adel");
        Document m = Parsed.doc("2024-03-17", "the Kremlin", "DT NNP", "2:det 0:root");
        Actor k = r.actorAt(r.match(m.sentences().get(0)), m.article().text(), 1);
        assertThat(k.code().code()).isEqualTo("RUSGOV");
        assertThat(k.basis()).isEqualTo("metonym");
    }
}
