package org.attache.petrarch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.attache.eval.RecordScorer;
import org.attache.eval.RecordScorer.Triple;
import org.attache.util.DataProblem;
import org.junit.jupiter.api.Test;

/** A fictional-world validation file with CoNLL-U parses, coded and scored with no NLP engine at all. */
class ValidationEndToEndTest {

    @Test
    void codesAndScoresTheFictionalWorldWithoutAnyNlpEngine() throws Exception {
        Path xml = Fixtures.path("fictional.validation.xml");
        ValidationFile vf = ValidationReader.read(xml);
        List<DataProblem> problems = new ArrayList<>(vf.problems());
        PetrarchDictionaries.Files files = PetrarchDictionaries.fromEnvironment(vf, xml.getParent(), problems);
        assertThat(files.verbs()).hasSize(2);
        // UniversalPETRARCH's reading of [042:043]: the visit, then the hosting back
        PetrarchDictionaries.Loaded loaded = PetrarchDictionaries.load(files, false, false,
                new PetrarchDictionaries.Options(Dialect.UD_PETRARCH, true));
        assertThat(loaded.problems()).isEmpty();

        List<RecordScorer.Record> records = new ValidationRunner(loaded.pipeline(), null, null).run(vf, problems);
        // the repeated id is reported, nothing else (new_actor_length is read: 0 keeps "---")
        assertThat(problems).extracting(DataProblem::message).satisfiesExactly(
                m -> assertThat(m).startsWith("repeated id 'FW-SCOLD-1'"));

        assertThat(records).extracting(RecordScorer.Record::seq).containsExactly(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
        Map<Integer, RecordScorer.Record> bySeq = records.stream()
                .collect(Collectors.toMap(RecordScorer.Record::seq, Function.identity()));
        assertThat(bySeq.get(0).coded()).containsExactly(new Triple("FRD", "SYL", "040"));
        assertThat(bySeq.get(1).coded()).containsExactly(new Triple("FRDGOV", "SYL", "071"));   // dated role in 1933
        assertThat(bySeq.get(2).coded()).containsExactly(new Triple("FRDOPP", "SYL", "071"));   // and after 1934
        assertThat(bySeq.get(3).coded()).containsExactly(new Triple("FRDCOP", null, "1711"));   // agent + multi-word verb
        assertThat(bySeq.get(4).coded()).isEmpty();                                             // require_dyad from <Config>
        assertThat(bySeq.get(4).expectedNoevents()).isTrue();
        assertThat(bySeq.get(5).coded()).isEmpty();                                             // discarded story
        assertThat(bySeq.get(6).coded()).containsExactly(new Triple("SYLGOV", "FRD", "042"),   // [042:043]: the visit
                new Triple("FRD", "SYLGOV", "043"));                                                // and its hosting
        assertThat(bySeq.get(7).coded()).containsExactly(new Triple("SYL", "FRD", "112"));      // self-closed opener
        assertThat(bySeq.get(8).coded()).containsExactly(new Triple("SYL", "IGOMRV", "111"));   // (ABOUT +) target
        assertThat(bySeq.get(9).evaluated()).isFalse();                                         // not in <Include>
        assertThat(bySeq.get(10).evaluated()).isFalse();                                        // evaluate="false"
        assertThat(bySeq.get(9).coded()).containsExactly(new Triple("SYL", "FRD", "051"));

        RecordScorer.Report report = new RecordScorer().score(records);
        assertThat(report.total().records).isEqualTo(9);
        assertThat(report.total().exact).isEqualTo(8);
        assertThat(report.total().expected).isEqualTo(8);
        assertThat(report.total().correct).isEqualTo(7);
        assertThat(report.total().missed()).isEqualTo(1);
        assertThat(report.total().extra()).isEqualTo(1);
        assertThat(report.byCategory().get("VISIT").exact).isEqualTo(1);
        assertThat(report.byCategory().get("SCOLD").missed()).isEqualTo(1);
        assertThat(report.byCategory().get("SCOLD").exact).isEqualTo(1);
        assertThat(report.notEvaluated()).isEqualTo(2);
        assertThat(report.table()).contains("all");
        assertThat(bySeq.get(3).jsonLine()).isEqualTo("{\"id\":\"FW-CORDON-1\",\"seq\":3,\"category\":\"CORDON\","
                + "\"evaluated\":true,\"expected\":[{\"source\":\"FRDCOP\",\"target\":null,\"code\":\"1711\"}],"
                + "\"expected_noevents\":false,\"coded\":[{\"source\":\"FRDCOP\",\"target\":null,\"code\":\"1711\"}]}");
    }
}
