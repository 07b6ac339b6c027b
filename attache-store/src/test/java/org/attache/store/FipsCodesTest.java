package org.attache.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.attache.util.TsvReader;
import org.junit.jupiter.api.Test;

class FipsCodesTest {
    private static final FipsCodes BUILT_IN = FipsCodes.builtIn();

    @Test
    void builtInFileLoadsWithoutProblems() {
        assertThat(BUILT_IN.problems()).isEmpty();
    }

    @Test
    void everyCountryOfTheActorDictionaryIsCovered() {
        Set<String> iso = Countries.names().keySet();
        assertThat(iso).hasSize(250);
        assertThat(BUILT_IN.byIso3().keySet()).containsExactlyInAnyOrderElementsOf(iso);
    }

    @Test
    void fipsCodesAreUnique() {
        Set<String> seen = new HashSet<>();
        for (String f : BUILT_IN.byIso3().values()) {
            if (!f.equals(FipsCodes.NONE)) {
                assertThat(seen.add(f)).as("FIPS code %s used twice", f).isTrue();
            }
        }
        assertThat(seen).hasSizeGreaterThan(240);
    }

    @Test
    void codesThatDifferFromIsoAlpha2() {
        assertThat(BUILT_IN.fips("USA")).isEqualTo("US");
        assertThat(BUILT_IN.fips("GBR")).isEqualTo("UK");
        assertThat(BUILT_IN.fips("DEU")).isEqualTo("GM");
        assertThat(BUILT_IN.fips("RUS")).isEqualTo("RS");
        assertThat(BUILT_IN.fips("CHN")).isEqualTo("CH");
        assertThat(BUILT_IN.fips("IRQ")).isEqualTo("IZ");
        assertThat(BUILT_IN.fips("UKR")).isEqualTo("UP");
        assertThat(BUILT_IN.fips("SDN")).isEqualTo("SU");
        assertThat(BUILT_IN.fips("SSD")).isEqualTo("OD");
        assertThat(BUILT_IN.fips("COD")).isEqualTo("CG");
        assertThat(BUILT_IN.fips("COG")).isEqualTo("CF");
        // Niger and Nigeria swap letters relative to ISO alpha-2 (NE, NG).
        assertThat(BUILT_IN.fips("NGA")).isEqualTo("NI");
        assertThat(BUILT_IN.fips("NER")).isEqualTo("NG");
        assertThat(BUILT_IN.fips("KEN")).isEqualTo("KE");
        assertThat(BUILT_IN.fips("PSE")).isEqualTo("WE");
    }

    @Test
    void unknownOrUncodedCountriesGiveAnEmptyCode() {
        assertThat(BUILT_IN.byIso3().get("ALA")).isEqualTo(FipsCodes.NONE);
        assertThat(BUILT_IN.fips("ALA")).isEmpty();
        assertThat(BUILT_IN.fips("XYZ")).isEmpty();
        assertThat(BUILT_IN.fips(null)).isEmpty();
    }

    @Test
    void badLinesAreReportedWithFileAndLineAndSkipped() {
        String text = "# header\n"
                + "USA\tUS\tunited states\n"
                + "usa\tUS\tlower case\n"
                + "GBR\tGB1\tbad fips\n"
                + "FRA\n"
                + "USA\tXX\tduplicate iso\n"
                + "GUM\tUS\tduplicate fips\n"
                + "ALA\t-\taland islands\n";
        List<TsvReader.Row> rows = TsvReader.read("test.tsv",
                new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
        FipsCodes codes = FipsCodes.load(rows);
        assertThat(codes.problems()).extracting(Object::toString).containsExactly(
                "test.tsv:3: ISO alpha-3 code must be 3 capital letters: 'usa'",
                "test.tsv:4: FIPS 10-4 code must be 2 capital letters or '-': 'GB1'",
                "test.tsv:5: expected tab-separated columns iso3, fips, name; found 1",
                "test.tsv:6: duplicate ISO code USA (first on line 2)",
                "test.tsv:7: duplicate FIPS code US (first on line 2)");
        assertThat(codes.byIso3()).containsOnlyKeys("USA", "ALA");
        assertThat(codes.fips("USA")).isEqualTo("US");
    }
}
