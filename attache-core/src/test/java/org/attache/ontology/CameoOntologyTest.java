package org.attache.ontology;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.attache.model.EventType;
import org.attache.testing.Parsed;
import org.junit.jupiter.api.Test;

class CameoOntologyTest {
    private final CameoOntology cameo = CameoOntology.builtIn();

    @Test
    void builtInTableIsCompleteAndClean() {
        assertThat(cameo.problems()).isEmpty();
        assertThat(cameo.all()).hasSizeBetween(290, 330);
        Set<String> roots = new HashSet<>();
        for (EventType t : cameo.all()) {
            roots.add(t.root());
            assertThat(t.goldstein()).isBetween(-10.0, 10.0);
            assertThat(t.quadClass()).isEqualTo(CameoOntologyLoader.quadClassOfRoot(t.root()));
            if (t.code().length() > 2) {
                assertThat(cameo.contains(t.code().substring(0, t.code().length() - 1)))
                        .as("parent of %s", t.code()).isTrue();
            }
        }
        assertThat(roots).hasSize(20);
    }

    @Test
    void codesKeepLeadingZerosAndKnownValues() {
        assertThat(cameo.get("0211").root()).isEqualTo("02");
        assertThat(cameo.get("1212").name()).containsIgnoringCase("military");
        assertThat(cameo.get("190").goldstein()).isEqualTo(-10.0);
        assertThat(cameo.get("042").quadClass()).isEqualTo(1);
        assertThat(cameo.get("0874").quadClass()).isEqualTo(2);
        assertThat(cameo.get("1246").quadClass()).isEqualTo(3);
        assertThat(cameo.get("195").quadClass()).isEqualTo(4);
        assertThat(cameo.find("999")).isEmpty();
    }

    @Test
    void everyCodeMapsToPlover() {
        for (EventType t : cameo.all()) {
            assertThat(cameo.plover(t.code())).as("PLOVER for %s", t.code()).isPresent();
        }
        assertThat(cameo.plover("190").get().event()).isEqualTo("ASSAULT");
        assertThat(cameo.plover("042").get().event()).isEqualTo("CONSULT");
    }

    @Test
    void badLinesAreReportedWithFileAndLineAndTheRestLoads() {
        CameoOntology o = CameoOntologyLoader.load(Parsed.rows("events.tsv",
                "# comment",
                "01\tMake public statement\t0.0\t1",
                "010\tMake statement\t0.0\t1",
                "010\tDuplicate\t0.0\t1",
                "0x1\tBad code\t0.0\t1",
                "011\tDecline comment\t-11\t1",
                "012\tWrong quad\t-0.1\t3",
                "0131\tOrphan\t1.0\t1",
                "02\tAppeal\t3.0"), Parsed.rows("plover.tsv", "010\tOTHER\t", "999\tAGREE\t"));
        assertThat(o.all()).extracting(EventType::code).containsExactly("01", "010", "0131");
        assertThat(o.problems()).extracting(Object::toString).containsExactly(
                "events.tsv:4: duplicate code 010",
                "events.tsv:5: CAMEO code must be 2-4 digits: '0x1'",
                "events.tsv:6: goldstein -11.0 outside -10..10",
                "events.tsv:7: quad_class 3 does not match root 01",
                "events.tsv:9: expected 4 tab-separated columns (code, name, goldstein, quad_class), found 3",
                "org/attache/ontology/cameo-events.tsv:0: code 0131 has no parent",
                "plover.tsv:2: PLOVER mapping for unknown CAMEO code '999'");
    }
}
