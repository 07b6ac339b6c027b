package org.attache.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.attache.coding.EventCoder;
import org.attache.model.Document;
import org.attache.model.Event;
import org.attache.testing.Parsed;
import org.attache.testing.TestCoders;
import org.junit.jupiter.api.Test;

class ScorerTest {
    @Test
    void precisionRecallPerRootAndStatusAgreement() {
        EventCoder coder = TestCoders.coder("120\treject", "111\tcriticize");
        Document d = Parsed.docOf("2024-03-17",
                new String[] {"Kenya rejected|reject Uganda", "NNP VBD NNP", "2:nsubj 0:root 2:obj"},
                new String[] {"Kenya criticized|criticize Uganda", "NNP VBD NNP", "2:nsubj 0:root 2:obj"});
        List<Event> coded = coder.code(d);
        assertThat(coded).hasSize(2);
        GoldStandard gold = GoldStandard.load(Parsed.rows("gold.tsv",
                "test\tKEN\tUGA\t120\tasserted\t2024-03-17\trejected\tKenya rejected",
                "test\tKEN\tUGA\t190\tasserted\t-\tattacked\tmissing one",
                "other\tKEN\t-\t010\tasserted\t-\t-\tarticle not scored",
                "test\tKEN\tUGA\t12\twrong\t-\t-\tbad status"));
        assertThat(gold.problems()).extracting(Object::toString).containsExactly("gold.tsv:4: bad status 'wrong'");
        Scorer.Report r = new Scorer().score(coded, gold.events(), Set.of("test"));
        assertThat(r.total().correct).isEqualTo(1);
        assertThat(r.total().coded).isEqualTo(2);
        assertThat(r.total().expected).isEqualTo(2);
        assertThat(r.byRoot().get("12").precision()).isEqualTo(1.0);
        assertThat(r.byRoot().get("11").precision()).isEqualTo(0.0);
        assertThat(r.byRoot().get("19").recall()).isEqualTo(0.0);
        assertThat(r.statusAccuracy()).isEqualTo(1.0);
        assertThat(r.dateAccuracy()).isEqualTo(1.0);
        assertThat(r.missed()).extracting(GoldEvent::code).containsExactly("190");
        assertThat(r.extra()).extracting(Event::code).containsExactly("111");
        assertThat(r.table()).contains("all");
    }
}
