package org.attache.petrarch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.attache.eval.RecordScorer;
import org.attache.eval.RecordScorer.Triple;
import org.attache.util.DataProblem;
import org.junit.jupiter.api.Test;

/**
 * The Arnor world: one validation record (or more) for each construct of the PETRARCH formats,
 * written from docs/data-formats.md before the coder was run, coded with CoNLL-U parses only.
 */
class ArnorWorldTest {
    private static List<RecordScorer.Record> run(Dialect dialect) throws java.io.IOException {
        // the one warning: the pattern coded 212, which is not a CAMEO code, is kept as written
        return Fixtures.world("arnor/arnor.validation.xml", dialect,
                loaded -> assertThat(loaded.warnings()).extracting(DataProblem::message).containsExactly(
                        "warning: event code '212' is not in CAMEO: kept as written"));
    }

    @Test
    void everyConstructCodesAsPetrarch2Reads() throws Exception {
        List<RecordScorer.Record> records = run(Dialect.PETRARCH2);
        RecordScorer.Report report = new RecordScorer().score(records);
        assertThat(records).filteredOn(r -> !r.exact()).extracting(RecordScorer.Record::id).isEmpty();
        assertThat(report.total().records).isEqualTo(23);
        assertThat(report.total().exact).isEqualTo(23);
        assertThat(report.total().correct).isEqualTo(19);
    }

    @Test
    void udPetrarchReadsCodePairsAsAnEventAndItsReverse() throws Exception {
        Map<String, RecordScorer.Record> byId = run(Dialect.UD_PETRARCH).stream()
                .collect(Collectors.toMap(RecordScorer.Record::id, Function.identity()));
        assertThat(byId.get("AR-PAIR-1").coded()).containsExactly(new Triple("ARN", "GON", "191"), new Triple("GON", "ARN", "192"));
        assertThat(byId.get("AR-PAIR-2").coded()).containsExactly(new Triple("ARN", "GON", "191"), new Triple("GON", "ARN", "192"));
        assertThat(byId.get("AR-AGENT-1").exact()).isTrue();
    }
}
