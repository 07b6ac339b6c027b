package org.attache.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.attache.model.Place;
import org.attache.model.Status;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExporterTest {
    @TempDir
    Path dir;

    private EventStore store;

    static final Events.Doc A = Events.doc("a1", "2024-03-11", "Wire One",
            "Pakistan rejected military cooperation with India.", "The U.N. criticised Kenyan police, officials said.");
    static final Events.Doc B = Events.doc("b1", "2024-03-12", "Wire Two",
            "Islamabad on Monday rejected military cooperation with New Delhi, a spokesman said.");

    @BeforeEach
    void fill() {
        // a1 stored 2024-03-12 06:15:30, b1 an hour later
        store = EventStore.open(dir.resolve("x.duckdb"), Events.ticking("2024-03-12T06:15:30Z"));
        store.writeArticle(A.article(), A.sentences(), List.of(
                A.event(0, "PAK", "Pakistan", "1212", "IND", "India", "rejected"),
                Events.withAttributionAndPlace(
                        A.event(1, "IGOUNO", "U.N.", "111", "KENCOP", "Kenyan police", "criticised", "2024-03-10",
                                Status.ASSERTED), "officials", "official", "Nairobi", "KEN", -1.29, 36.82)));
        store.writeArticle(B.article(), B.sentences(), List.of(
                B.event(0, "PAK", "Islamabad", "1212", "IND", "New Delhi", "rejected", "2024-03-11", Status.ASSERTED)));
    }

    @org.junit.jupiter.api.AfterEach
    void close() {
        store.close();
    }

    private String export(Exporter.Format f, EventFilter filter) {
        StringWriter sw = new StringWriter();
        new Exporter(store).write(f, filter, 0, new PrintWriter(sw));
        return sw.toString();
    }

    private static String[] cells(String line) {
        return line.split("\t", -1);
    }

    @Test
    void gdeltEventsHave61ColumnsInGdeltOrder() {
        assertThat(Exporter.GDELT_COLUMNS).hasSize(61);
        assertThat(Exporter.GDELT_COLUMNS.get(26)).isEqualTo("EventCode");
        assertThat(Exporter.GDELT_COLUMNS.get(60)).isEqualTo("SOURCEURL");
        String[] lines = export(Exporter.Format.GDELT, EventFilter.all()).split("\n");
        assertThat(lines).hasSize(2);
        String[] un = cells(lines[0]);
        assertThat(un).hasSize(61);
        assertThat(col(un, "SQLDATE")).isEqualTo("20240310");
        assertThat(col(un, "MonthYear")).isEqualTo("202403");
        assertThat(col(un, "Year")).isEqualTo("2024");
        assertThat(col(un, "FractionDate")).isEqualTo("2024.1918"); // GDELT's ((3 - 1) * 30 + 10) / 365
        assertThat(col(un, "Actor1Code")).isEqualTo("IGOUNO");
        assertThat(col(un, "GLOBALEVENTID")).isEqualTo("2"); // the U.N. event was stored after Pakistan's
        assertThat(col(un, "Actor1Name")).isEqualTo("UNITED NATIONS"); // the dictionary's name, not the span "U.N."
        assertThat(col(un, "Actor2Name")).isEqualTo("KENYA");
        assertThat(col(un, "Actor1CountryCode")).isEmpty();
        assertThat(col(un, "Actor1KnownGroupCode")).isEqualTo("UNO");
        assertThat(col(un, "Actor1Type1Code")).isEqualTo("IGO");
        assertThat(col(un, "Actor2Code")).isEqualTo("KENCOP");
        assertThat(col(un, "Actor2CountryCode")).isEqualTo("KEN");
        assertThat(col(un, "Actor2Type1Code")).isEqualTo("COP");
        assertThat(col(un, "IsRootEvent")).isEqualTo("0");
        assertThat(col(un, "EventCode")).isEqualTo("111");
        assertThat(col(un, "EventBaseCode")).isEqualTo("111");
        assertThat(col(un, "EventRootCode")).isEqualTo("11");
        assertThat(col(un, "QuadClass")).isEqualTo("3");
        assertThat(col(un, "AvgTone")).isEmpty();
        assertThat(col(un, "ActionGeo_Type")).isEqualTo("4"); // Nairobi: a world city (the gazetteer's capital)
        assertThat(col(un, "ActionGeo_FullName")).isEqualTo("Nairobi, Kenya");
        assertThat(col(un, "ActionGeo_CountryCode")).isEqualTo("KE"); // FIPS 10-4, while Actor2CountryCode is KEN
        assertThat(col(un, "ActionGeo_ADM1Code")).isEmpty(); // a city: its ADM1 division is not resolved
        assertThat(col(un, "ActionGeo_Lat")).isEqualTo("-1.29");
        assertThat(col(un, "ActionGeo_FeatureID")).isEmpty();
        assertThat(col(un, "Actor1Geo_Type")).isEqualTo("0"); // the U.N. has no country
        assertThat(col(un, "Actor1Geo_FullName")).isEmpty();
        assertThat(col(un, "Actor2Geo_Type")).isEqualTo("1"); // Kenyan police: Kenya
        assertThat(col(un, "Actor2Geo_FullName")).isEqualTo("Kenya");
        assertThat(col(un, "Actor2Geo_CountryCode")).isEqualTo("KE");
        assertThat(col(un, "Actor2Geo_ADM1Code")).isEqualTo("KE");
        assertThat(col(un, "Actor2Geo_FeatureID")).isEqualTo("KE");
        assertThat(col(un, "DATEADDED")).isEqualTo("20240312061530"); // when first stored, to the second
        assertThat(col(un, "SOURCEURL")).isEqualTo("https://wire-one.example/a1");

        String[] pak = cells(lines[1]);
        assertThat(col(pak, "EventCode")).isEqualTo("1212");
        assertThat(col(pak, "EventBaseCode")).isEqualTo("121");
        assertThat(col(pak, "EventRootCode")).isEqualTo("12");
        assertThat(col(pak, "IsRootEvent")).isEqualTo("1");
        assertThat(col(pak, "NumMentions") + col(pak, "NumSources") + col(pak, "NumArticles")).isEqualTo("222");
        assertThat(col(pak, "Actor1Name")).isEqualTo("PAKISTAN");
        assertThat(col(pak, "ActionGeo_Type")).isEqualTo("0"); // no place: 0, never blank
        assertThat(col(pak, "ActionGeo_FullName")).isEmpty();
        // first stored with a1, not moved by b1's later mention
        assertThat(col(pak, "DATEADDED")).isEqualTo("20240312061530");
        assertThat(col(pak, "GLOBALEVENTID")).isEqualTo("1");
    }

    @Test
    void rootCodesKeepTheirLeadingZero() {
        Events.Doc c = Events.doc("c1", "2024-05-01", "Wire", "Kenya made a statement on Uganda.");
        store.writeArticle(c.article(), c.sentences(), List.of(c.event(0, "KEN", "Kenya", "010", "UGA", "Uganda", "made")));
        String line = export(Exporter.Format.GDELT, new EventFilter(null, null, null, null, "01", null, null, null, null,
                null, null));
        String[] row = cells(line.strip());
        assertThat(col(row, "EventCode")).isEqualTo("010");
        assertThat(col(row, "EventBaseCode")).isEqualTo("010");
        assertThat(col(row, "EventRootCode")).isEqualTo("01");
    }

    @Test
    void geoColumnsUseFipsCountryCodesAndActorColumnsKeepIso() {
        Events.Doc c = Events.doc("c1", "2024-05-01", "Wire", "Germany criticised Nigeria over the raid in Niger.");
        store.writeArticle(c.article(), c.sentences(), List.of(
                c.event(0, "DEU", "Germany", "111", "NGA", "Nigeria", "criticised")
                        .withPlace(new Place("Niger", "NER", null, null, "gazetteer"))));
        String line = export(Exporter.Format.GDELT, new EventFilter(null, null, null, null, "11", null, null, null, null,
                null, null)).lines().filter(l -> l.contains("DEU")).findFirst().orElseThrow();
        String[] row = cells(line);
        assertThat(col(row, "Actor1Code")).isEqualTo("DEU");
        assertThat(col(row, "Actor1CountryCode")).isEqualTo("DEU");
        assertThat(col(row, "Actor2CountryCode")).isEqualTo("NGA");
        assertThat(col(row, "ActionGeo_Type")).isEqualTo("1");
        // Niger is NG in FIPS 10-4 (NE in ISO alpha-2, where NG is Nigeria).
        assertThat(col(row, "ActionGeo_CountryCode")).isEqualTo("NG");
        assertThat(col(row, "ActionGeo_ADM1Code")).isEqualTo("NG"); // GDELT's country-level ADM1Code is the country
        assertThat(col(row, "ActionGeo_FullName")).isEqualTo("Niger");
        assertThat(col(row, "Actor1Geo_CountryCode")).isEqualTo("GM"); // from the actor's country: Germany
        assertThat(col(row, "Actor2Geo_CountryCode")).isEqualTo("NI"); // Nigeria
    }

    private static String col(String[] row, String name) {
        return row[Exporter.GDELT_COLUMNS.indexOf(name)];
    }

    @Test
    void gdeltMentionsHaveOneRowPerMentionWith16Columns() {
        String[] lines = export(Exporter.Format.GDELT_MENTIONS, EventFilter.all()).split("\n");
        assertThat(lines).hasSize(3);
        assertThat(lines).allSatisfy(l -> assertThat(cells(l)).hasSize(16));
        String[] second = cells(lines[1]);
        String[] third = cells(lines[2]);
        assertThat(second[0]).isEqualTo(third[0]); // two mentions of the one Pakistan-India event
        assertThat(second[1]).isEqualTo("20240312061530"); // EventTimeDate: the event's DATEADDED
        assertThat(third[1]).isEqualTo("20240312061530");
        assertThat(second[2]).isEqualTo("20240312061530"); // MentionTimeDate: when the article was stored
        assertThat(third[2]).isEqualTo("20240312071530");
        assertThat(third[3]).isEqualTo("1"); // WEB: the identifier is a URL
        assertThat(third[4]).isEqualTo("wire-two.example"); // the URL's domain
        assertThat(third[5]).isEqualTo("https://wire-two.example/b1");
        assertThat(third[6]).isEqualTo("1");
        assertThat(third[7]).isEqualTo(String.valueOf(B.article().text().indexOf("Islamabad")));
        assertThat(third[9]).isEqualTo(String.valueOf(B.article().text().indexOf("rejected")));
        assertThat(third[11]).isEqualTo("100");
        assertThat(third[12]).isEqualTo(String.valueOf(B.article().text().length()));
    }

    @Test
    void icewsHasItsHeaderAndCountryNames() {
        String[] lines = export(Exporter.Format.ICEWS, EventFilter.all()).split("\n");
        assertThat(cells(lines[0])).containsExactlyElementsOf(Exporter.ICEWS_COLUMNS);
        String[] un = cells(lines[1]);
        assertThat(un).hasSize(21);
        assertThat(un[0]).isEqualTo("2");
        assertThat(un[1]).isEqualTo("2024-03-10");
        assertThat(un[2]).isEqualTo("United Nations");
        assertThat(un[3]).isEqualTo("Intergovernmental Organizations");
        assertThat(un[4]).isEmpty();
        assertThat(un[5]).isEqualTo(Events.ONTOLOGY.get("111").name());
        assertThat(un[6]).isEqualTo("111");
        assertThat(un[7]).isEqualTo(String.valueOf((long) Events.ONTOLOGY.get("111").goldstein()).replace(".0", ""));
        assertThat(un[8]).isEqualTo("Police (Kenya)");
        assertThat(un[9]).isEqualTo("Police,Government");
        assertThat(un[10]).isEqualTo("Kenya");
        assertThat(un[11]).isEqualTo("1"); // Story ID: a1's integer id
        assertThat(un[20]).isEqualTo("a1"); // the article key in the extra column
        assertThat(un[12]).isEqualTo("2");
        assertThat(un[13]).isEqualTo("Wire One");
        assertThat(un[14]).isEqualTo("Nairobi");
        assertThat(un[16]).isEmpty(); // Province: not known for Nairobi
        assertThat(un[17]).isEqualTo("Kenya");
        assertThat(un[18]).isEqualTo("-1.29");
        String[] pak = cells(lines[2]);
        assertThat(pak[2]).isEqualTo("Pakistan");
        assertThat(pak[3]).isEmpty();
        assertThat(pak[4]).isEqualTo("Pakistan");
        assertThat(pak[10]).isEqualTo("India");
        assertThat(pak[14]).isEmpty();
    }

    @Test
    void ploverCarriesTheMappingAndEveryMention() throws Exception {
        String[] lines = export(Exporter.Format.PLOVER, EventFilter.all()).split("\n");
        ObjectMapper json = new ObjectMapper();
        JsonNode un = json.readTree(lines[0]);
        JsonNode pak = json.readTree(lines[1]);
        assertThat(pak.get("id").asText()).isEqualTo("1");
        assertThat(pak.get("event")).hasSize(1);
        assertThat(pak.get("event").get(0).asText()).isEqualTo("REJECT");
        assertThat(pak.get("quad_code").asInt()).isEqualTo(3);
        assertThat(pak.get("cameo_code").asText()).isEqualTo("1212");
        assertThat(pak.get("actor").get(0).get("code").asText()).isEqualTo("PAK");
        assertThat(pak.get("actor").get(0).get("identifier_text").asText()).isEqualTo("PAKISTAN");
        assertThat(pak.get("recipient").get(0).get("code").asText()).isEqualTo("IND");
        assertThat(pak.get("event_loc").isNull()).isTrue();
        assertThat(pak.get("num_mentions").asInt()).isEqualTo(2);
        assertThat(pak.get("mentions")).hasSize(2);
        assertThat(pak.get("mentions").get(1).get("outlet").asText()).isEqualTo("Wire Two");
        assertThat(un.get("mentions").get(0).get("attribution").get("kind").asText()).isEqualTo("official");
        assertThat(un.get("event").get(0).asText()).isEqualTo("ACCUSE");
        assertThat(un.get("actor").get(0).get("code").asText()).isEqualTo("IGO");
        assertThat(un.get("actor").get(0).get("sector").asText()).isEqualTo("UNO");
        assertThat(un.get("recipient").get(0).get("sector").asText()).isEqualTo("COP");
        assertThat(un.get("event_loc").get("name").asText()).isEqualTo("Nairobi");
        assertThat(un.get("event_loc").get("cc3").asText()).isEqualTo("KEN");
        assertThat(un.get("event_text").get(0).asText()).isEqualTo("criticised");
    }

    @Test
    void ploverCodingKeepsToTheManualsTables() {
        PloverExport p = new PloverExport(PloverExport.Vocabulary.builtIn(), ReferenceTables.builtIn(), null);
        assertThat(p.coding("1011", "REQUEST", "", "asserted").event()).isEqualTo("DEMAND");
        assertThat(p.coding("020", "REQUEST", "", "asserted")).isNull(); // appeals: dropped in PLOVER
        assertThat(p.coding("010", "OTHER", "", "asserted")).isNull();
        assertThat(p.coding("190", "ASSAULT", "", "negated")).isNull();
        PloverExport.Coding hunger = p.coding("1421", "PROTEST", "hunger", "intended");
        assertThat(hunger.modes()).containsExactly("strike-hun");
        assertThat(hunger.contexts()).containsExactly("future");
        // a mapped mode that the manual has as a context becomes one; one in neither table goes
        PloverExport.Coding mil = p.coding("0612", "COOPERATE", "military", "asserted");
        assertThat(mil.modes()).isEmpty();
        assertThat(mil.contexts()).containsExactly("military");
        assertThat(p.coding("111", "ACCUSE", "disapprove", "hypothetical").modes()).isEmpty();
        assertThat(p.coding("111", "ACCUSE", "disapprove", "hypothetical").contexts()).containsExactly("hypothetical");
    }

    @Test
    void csvAndParquetHoldTheSameFlatRows() throws Exception {
        String[] lines = export(Exporter.Format.CSV, EventFilter.all()).split("\n");
        assertThat(lines[0]).isEqualTo(String.join(",", FlatEvents.COLUMNS));
        assertThat(lines).hasSize(3);
        assertThat(lines[2]).contains(",1212,").contains("\"Pakistan rejected military cooperation with India.\"".replace("\"", ""));
        assertThat(lines[1]).contains("\"The U.N. criticised Kenyan police, officials said.\"");
        Path pq = dir.resolve("out.parquet");
        long n = new Exporter(store).writeParquet(new EventFilter(LocalDate.of(2024, 3, 11), null, "PAK", null, null,
                null, null, null, null, null, null), 0, pq);
        assertThat(n).isEqualTo(1);
        assertThat(store.rows("SELECT code, num_mentions, source_country FROM read_parquet('" + pq + "')"))
                .containsExactly(List.of("1212", 2, "PAK"));
    }

    @Test
    void filtersSelectEvents() {
        assertThat(count(new EventFilter(null, null, "KEN", null, null, null, null, null, null, null, null))).isEqualTo(1);
        assertThat(count(new EventFilter(null, null, null, "IND", null, null, null, null, null, null, null))).isEqualTo(1);
        assertThat(count(new EventFilter(null, null, null, null, null, "12", null, null, null, null, null))).isEqualTo(1);
        assertThat(count(new EventFilter(null, null, null, null, null, null, 3, null, null, null, null))).isEqualTo(2);
        assertThat(count(new EventFilter(null, null, null, null, null, null, null, "asserted", "official", null, null)))
                .isEqualTo(1);
        assertThat(count(new EventFilter(null, null, null, null, null, null, null, null, null, "wire two", null)))
                .isEqualTo(1);
        assertThat(count(new EventFilter(null, null, null, null, null, null, null, null, null, null, "KENYAN POLICE")))
                .isEqualTo(1);
        assertThat(count(new EventFilter(LocalDate.of(2024, 3, 11), LocalDate.of(2024, 3, 11), null, null, null, null,
                null, null, null, null, null))).isEqualTo(1);
        assertThat(count(new EventFilter(null, null, "PAK", null, "111", null, null, null, null, null, null))).isZero();
    }

    private long count(EventFilter f) {
        return new Exporter(store).write(Exporter.Format.JSONL, f, 0, new PrintWriter(new StringWriter()));
    }
}
