package org.attache.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import org.attache.eval.GoldStandard;
import org.attache.eval.SampleCorpus;
import org.attache.eval.Scorer;
import org.attache.model.Article;
import org.attache.model.Event;
import org.junit.jupiter.api.Test;

/**
 * Codes the bundled sample corpus and scores it against the hand-coded gold events. Fails when
 * a figure drops below the ratchet in {@code sample-ratchet.properties}; raise the ratchet when
 * the coder improves.
 */
class SampleCorpusIT {

    @Test
    void precisionAndRecallDoNotFallBelowTheRatchet() throws IOException {
        GoldStandard gold = GoldStandard.sample();
        assertThat(gold.problems()).isEmpty();
        List<Event> coded = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Article a : SampleCorpus.articles()) {
            ids.add(a.id());
            coded.addAll(SharedNlp.pipeline().code(SharedNlp.engine().annotate(a)));
        }
        Scorer.Report report = new Scorer().score(coded, gold.events(), ids);
        System.out.println("Sample corpus, per CAMEO root:\n" + report.table());
        Properties ratchet = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/sample-ratchet.properties")) {
            ratchet.load(in);
        }
        assertThat(report.total().precision()).as("overall precision")
                .isGreaterThanOrEqualTo(Double.parseDouble(ratchet.getProperty("precision")));
        assertThat(report.total().recall()).as("overall recall")
                .isGreaterThanOrEqualTo(Double.parseDouble(ratchet.getProperty("recall")));
        assertThat(report.statusAccuracy()).as("status agreement on correct events")
                .isGreaterThanOrEqualTo(Double.parseDouble(ratchet.getProperty("status")));
        assertThat(report.dateAccuracy()).as("date agreement on correct events")
                .isGreaterThanOrEqualTo(Double.parseDouble(ratchet.getProperty("date")));
        int rootsWithHits = (int) report.byRoot().values().stream().filter(c -> c.correct > 0).count();
        assertThat(rootsWithHits).as("roots with at least one correct event")
                .isGreaterThanOrEqualTo(Integer.parseInt(ratchet.getProperty("roots")));
    }
}
