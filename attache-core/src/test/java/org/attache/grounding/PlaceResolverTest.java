package org.attache.grounding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.attache.coding.EventCoder;
import org.attache.model.Document;
import org.attache.model.Event;
import org.attache.model.Place;
import org.attache.testing.Parsed;
import org.attache.testing.TestCoders;
import org.junit.jupiter.api.Test;

class PlaceResolverTest {
    private final Gazetteer gazetteer = Gazetteer.load(Parsed.rows("gazetteer.tsv",
            "kenya\t-\tcountry\tKEN\t-\t0.17\t37.9\t-",
            "afghanistan\t-\tcountry\tAFG\t-\t33.9\t67.7\t-",
            "nairobi\t-\tcapital\tKEN\tnairobi\t-1.2864\t36.8172\t4397073",
            "mombasa\t-\tcity\tKEN\tmombasa\t-4.0435\t39.6682\t1208333",
            "el fasher\tal fashir\tcity\tSDN\tnorth darfur\t13.63\t25.35\t264734",
            "springfield\t-\tcity\tUSA\tillinois\t39.8\t-89.64\t116250",
            "bad\t-\tvillage\tKEN\t-\t1\t1\t-",
            "worse\t-\tcity\tKEN\t-\t95\t1\t-"));
    private final EventCoder coder = TestCoders.coder("190\tattack", "120\treject", "173\tarrest");
    private final PlaceResolver places = new PlaceResolver(gazetteer,
            w -> w.equalsIgnoreCase("afghan") ? "AFG" : null);

    private Place placeOf(Document d) {
        List<Event> events = places.ground(d, coder.code(d));
        assertThat(events).hasSize(1);
        return events.get(0).place();
    }

    @Test
    void gazetteerLoadsAndReportsBadLines() {
        assertThat(gazetteer.size()).isEqualTo(6);
        assertThat(gazetteer.problems()).extracting(Object::toString).containsExactly(
                "gazetteer.tsv:7: kind must be country, capital, admin1 or city: 'village'",
                "gazetteer.tsv:8: coordinates out of range: 95.0, 1.0");
        assertThat(gazetteer.lookup("Al  Fashir")).extracting(GazetteerEntry::country).containsExactly("SDN");
    }

    @Test
    void inPhraseOfTheClauseWins() {
        Document d = Parsed.doc("2024-03-17", "NAIROBI : Kenya attacked|attack Uganda in Mombasa",
                "NNP : NNP VBD NNP IN NNP", "1:root 1:punct 4:nsubj 1:parataxis 4:obj 7:case 4:obl");
        Place p = placeOf(d);
        assertThat(p.name()).isEqualTo("mombasa");
        assertThat(p.country()).isEqualTo("KEN");
        assertThat(p.basis()).isEqualTo("clause");
        assertThat(p.lat()).isEqualTo(-4.0435);
    }

    @Test
    void multiWordPlaceAndBorderAdjective() {
        Document d = Parsed.doc("2024-03-17", "Kenya attacked|attack Uganda in El Fasher",
                "NNP VBD NNP IN NNP NNP", "2:nsubj 0:root 2:obj 6:case 6:compound 2:obl");
        assertThat(placeOf(d).name()).isEqualTo("el fasher");
        Document b = Parsed.doc("2024-03-17", "Kenya attacked|attack Uganda across the Afghan border",
                "NNP VBD NNP IN DT JJ NN", "2:nsubj 0:root 2:obj 7:case 7:det 7:amod 2:obl");
        assertThat(placeOf(b).country()).isEqualTo("AFG");
    }

    @Test
    void datelineWhenTheClauseNamesNoPlace() {
        Document d = Parsed.doc("2024-03-17", "NAIROBI : Kenya rejected|reject the offer",
                "NNP : NNP VBD DT NN", "1:root 1:punct 4:nsubj 1:parataxis 6:det 4:obj");
        Place p = placeOf(d);
        assertThat(p.name()).isEqualTo("nairobi");
        assertThat(p.basis()).isEqualTo("dateline");
        Document none = Parsed.doc("2024-03-17", "Kenya rejected|reject the offer", "NNP VBD DT NN", "2:nsubj 0:root 4:det 2:obj");
        assertThat(placeOf(none)).isNull();
    }

    @Test
    void localAgentsBelongWhereTheEventHappenedNotToTheDateline() {
        Document d = Parsed.doc("2024-03-17", "NAIROBI : Police arrested|arrest Uganda in El Fasher",
                "NNP : NNS VBD NNP IN NNP NNP", "1:root 1:punct 4:nsubj 1:parataxis 4:obj 8:case 8:compound 4:obl");
        List<Event> events = places.ground(d, coder.code(d));
        assertThat(events).hasSize(1);
        assertThat(events.get(0).source().code().code()).isEqualTo("SDNCOP");
        assertThat(events.get(0).source().basis()).isEqualTo("place");
        assertThat(events.get(0).target().code().code()).isEqualTo("UGA");
    }

    @Test
    void anAttackAbroadWithNoNamedTargetIsAgainstThePlacesCountry() {
        Document d = Parsed.doc("2024-03-17", "Kenya attacked|attack positions in El Fasher",
                "NNP VBD NNS IN NNP NNP", "2:nsubj 0:root 2:obj 6:case 6:compound 2:obl");
        List<Event> events = places.ground(d, coder.code(d));
        assertThat(events.get(0).target().code().code()).isEqualTo("SDN");
        assertThat(events.get(0).target().basis()).isEqualTo("place");
        Document home = Parsed.doc("2024-03-17", "Kenya attacked|attack positions in Mombasa",
                "NNP VBD NNS IN NNP", "2:nsubj 0:root 2:obj 4:case 2:obl");
        assertThat(places.ground(home, coder.code(home)).get(0).target()).isNull();
    }
}
