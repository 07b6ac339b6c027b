package org.attache.petrarch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.attache.eval.RecordScorer;
import org.attache.eval.RecordScorer.Triple;
import org.junit.jupiter.api.Test;

/**
 * The Rhovanion world: validation records for PETRARCH-2's coding rules (code combination,
 * transformations, negation, compound and composite actors, names with commas and brackets, and the
 * validation file's options), written from dictionaries.rst before the coder was run.
 */
class RhovanionWorldTest {
    private static List<RecordScorer.Record> run(Dialect dialect) throws java.io.IOException {
        return Fixtures.world("rhovanion/rhovanion.validation.xml", dialect,
                loaded -> assertThat(loaded.summary()).anyMatch(s -> s.contains("3 transformation lines")));
    }

    @Test
    void everyRecordCodesAsPetrarch2Reads() throws Exception {
        List<RecordScorer.Record> records = run(Dialect.PETRARCH2);
        assertThat(records).filteredOn(r -> !r.exact()).extracting(RecordScorer.Record::id).isEmpty();
        RecordScorer.Report report = new RecordScorer().score(records);
        assertThat(report.total().records).isEqualTo(21);
        assertThat(report.total().exact).isEqualTo(21);
    }

    @Test
    void petrarch1SplitsACompositeCodeIntoOneActorEach() throws Exception {
        Map<String, RecordScorer.Record> byId = run(Dialect.PETRARCH1).stream()
                .collect(Collectors.toMap(RecordScorer.Record::id, Function.identity()));
        assertThat(byId.get("RH-COMPOSITE-1").coded()).containsExactly(new Triple("DAL", "ERE", "190"), new Triple("ESG", "ERE", "190"));
        assertThat(byId.get("RH-COMB-1").exact()).isTrue();
    }
}
