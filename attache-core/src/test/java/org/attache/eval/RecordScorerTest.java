package org.attache.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.attache.coding.EventCoder;
import org.attache.eval.RecordScorer.Triple;
import org.attache.model.Document;
import org.attache.model.Event;
import org.attache.testing.Parsed;
import org.attache.testing.TestCoders;
import org.junit.jupiter.api.Test;

class RecordScorerTest {

    @Test
    void theProjectsGoldFormatIsScoredAsOneRecordPerArticle() {
        EventCoder coder = TestCoders.coder("120\treject", "111\tcriticize");
        Document d = Parsed.docOf("2024-03-17",
                new String[] {"Kenya rejected|reject Uganda", "NNP VBD NNP", "2:nsubj 0:root 2:obj"},
                new String[] {"Kenya criticized|criticize Uganda", "NNP VBD NNP", "2:nsubj 0:root 2:obj"});
        List<Event> coded = coder.code(d);
        Document quiet = Parsed.doc("2024-03-17", "Kenya waited|wait", "NNP VBD", "2:nsubj 0:root");
        GoldStandard gold = GoldStandard.load(Parsed.rows("gold.tsv",
                "test\tKEN\tUGA\t120\tasserted\t2024-03-17\trejected\tKenya rejected",
                "test\tKEN\tUGA\t111\tasserted\t-\tcriticized\tKenya criticized",
                "test\tKEN\tUGA\t190\tasserted\t-\tattacked\tmissing one",
                "calm\tUGA\t-\t010\tasserted\t-\t-\tnot coded"));
        List<RecordScorer.Record> records = RecordScorer.fromGold(List.of("test", "calm", "quiet"),
                Map.of("test", coded, "quiet", coder.code(quiet)), gold.events());
        assertThat(records).extracting(RecordScorer.Record::id).containsExactly("test", "calm", "quiet");
        assertThat(records.get(0).coded()).containsExactly(new Triple("KEN", "UGA", "120"), new Triple("KEN", "UGA", "111"));
        assertThat(records.get(0).exact()).isFalse();
        assertThat(records.get(2).exact()).isTrue();        // nothing expected, nothing coded
        assertThat(records.get(2).expectedNoevents()).isTrue();
        RecordScorer.Report r = new RecordScorer().score(records);
        assertThat(r.total().records).isEqualTo(3);
        assertThat(r.total().exact).isEqualTo(1);
        assertThat(r.total().correct).isEqualTo(2);
        assertThat(r.total().missed()).isEqualTo(2);
        assertThat(r.total().extra()).isZero();
        assertThat(r.byCategory()).containsOnlyKeys("gold");
        assertThat(r.json()).contains("\"events_missed\" : 2");
    }

    @Test
    void duplicateCodedEventsCountOnceAndUnevaluatedRecordsAreLeftOut() {
        Triple a = new Triple("FRD", "SYL", "040");
        Triple b = new Triple("FRD", null, "1711");
        List<RecordScorer.Record> rs = List.of(
                new RecordScorer.Record("x", 0, "A", true, List.of(a), false, List.of(a, a)),
                new RecordScorer.Record("y", 1, "B", true, List.of(a, b), false, List.of(b)),
                new RecordScorer.Record("z", 2, "B", false, List.of(a), false, List.of()));
        RecordScorer.Report r = new RecordScorer().score(rs);
        assertThat(r.total().exact).isEqualTo(1);
        assertThat(r.total().coded).isEqualTo(2);
        assertThat(r.byCategory().get("B").missed()).isEqualTo(1);
        assertThat(r.notEvaluated()).isEqualTo(1);
        assertThat(rs.get(1).jsonLine()).contains("{\"source\":\"FRD\",\"target\":null,\"code\":\"1711\"}");
    }
}
