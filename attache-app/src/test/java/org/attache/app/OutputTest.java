package org.attache.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.attache.model.SourcingProfile;
import org.attache.ontology.CameoOntology;
import org.junit.jupiter.api.Test;

/** The sourcing line goes to JSON Lines only; the other formats get a run summary on standard error. */
class OutputTest {
    private static final CameoOntology ONTOLOGY = CameoOntology.builtIn();

    private static SourcingProfile profile() {
        return new SourcingProfile("a1", 2, Map.of("anonymous", 1, "named-person", 1), 4,
                Map.of("anonymous", 2, "named-person", 1, "none", 1), 2, 1, 1);
    }

    private static String print(String format) {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        new Output(format, new PrintStream(buf, true, StandardCharsets.UTF_8), ONTOLOGY).sourcing(profile());
        return buf.toString(StandardCharsets.UTF_8);
    }

    @Test
    void jsonlEndsTheArticleWithItsSourcingLine() {
        assertThat(print("jsonl")).startsWith("{\"article_id\":\"a1\",\"sourcing\":{\"attributions\":2")
                .contains("\"share_anonymous\":0.5");
    }

    @Test
    void tsvAndTableStayEventOnly() {
        assertThat(print("tsv")).isEmpty();
        assertThat(print("table")).isEmpty();
    }

    @Test
    void summaryAddsUpArticles() {
        SourcingTotals totals = new SourcingTotals();
        totals.add(profile());
        totals.add(SourcingProfile.of("a2", List.of(), List.of()));
        assertThat(totals.summary()).isEqualTo(
                "2 attribution(s) (named-person 1, anonymous 1); of 4 event(s): 50% anonymous, 25% on record, 25% unattributed");
    }
}
