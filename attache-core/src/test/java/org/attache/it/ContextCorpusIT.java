package org.attache.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import org.attache.eval.ContextScorer;
import org.attache.eval.SampleCorpus;
import org.attache.model.Article;
import org.attache.model.Event;
import org.junit.jupiter.api.Test;

/**
 * Codes the multi-sentence context corpus and reports accuracy for actors, status, dates and
 * places; fails below the ratchet in {@code context-ratchet.properties}.
 */
class ContextCorpusIT {

    @Test
    void accuracyPerItemDoesNotFallBelowTheRatchet() throws IOException {
        List<Event> coded = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Article a : SampleCorpus.articles(ContextScorer.SAMPLE_CORPUS)) {
            ids.add(a.id());
            coded.addAll(SharedNlp.pipeline().code(SharedNlp.engine().annotate(a)));
        }
        ContextScorer.Report r = new ContextScorer().score(coded, ContextScorer.sample(), ids);
        System.out.println("Context corpus:\n" + r.table());
        Properties ratchet = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/context-ratchet.properties")) {
            ratchet.load(in);
        }
        assertThat(r.actorAccuracy()).as("actor accuracy").isGreaterThanOrEqualTo(d(ratchet, "actors"));
        assertThat(r.statusAccuracy()).as("status accuracy").isGreaterThanOrEqualTo(d(ratchet, "status"));
        assertThat(r.dateAccuracy()).as("date accuracy").isGreaterThanOrEqualTo(d(ratchet, "dates"));
        assertThat(r.placeAccuracy()).as("place accuracy").isGreaterThanOrEqualTo(d(ratchet, "places"));
        assertThat(r.recall()).as("exact recall").isGreaterThanOrEqualTo(d(ratchet, "recall"));
        assertThat(r.precision()).as("exact precision").isGreaterThanOrEqualTo(d(ratchet, "precision"));
    }

    private static double d(Properties p, String k) {
        return Double.parseDouble(p.getProperty(k));
    }
}
