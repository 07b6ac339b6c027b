package org.attache.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.attache.model.Place;
import org.attache.model.Status;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each export against its published column table (docs/export-formats.md): the exported file is
 * loaded by DuckDB's own CSV, JSON or Parquet reader with exactly the documented names and types,
 * so a value that does not parse as its type, a column too many or too few, or a renamed column
 * fails here, as it would in the users' scripts.
 */
class ExportSpecTest {
    @TempDir
    Path dir;

    private EventStore store;

    static final Events.Doc A = Events.doc("a1", "2024-03-11", "Wire One",
            "Pakistan rejected military cooperation with India.", "The U.N. criticised Kenyan police, officials said.",
            "Kenya made a statement on Uganda.");
    static final Events.Doc B = Events.doc("b1", "2024-03-12", "Wire Two",
            "Police in Texas arrested protesters.", "India did not attack Pakistan.");

    @BeforeEach
    void fill() {
        store = EventStore.open(dir.resolve("x.duckdb"), Events.ticking("2024-03-12T06:15:30Z"));
        store.writeArticle(A.article(), A.sentences(), List.of(
                A.event(0, "PAK", "Pakistan", "1212", "IND", "India", "rejected"),
                Events.withAttributionAndPlace(A.event(1, "IGOUNO", "U.N.", "111", "KENCOP", "Kenyan police",
                        "criticised", "2024-03-10", Status.ASSERTED), "officials", "official-unnamed", "Nairobi", "KEN",
                        -1.29, 36.82),
                A.event(2, "KEN", "Kenya", "010", "UGA", "Uganda", "made")));
        store.writeArticle(B.article(), B.sentences(), List.of(
                B.event(0, "USACOP", "Police", "173", null, null, "arrested")
                        .withPlace(new Place("texas", "USA", 31.0, -100.0, "clause")),
                B.event(1, "IND", "India", "190", "PAK", "Pakistan", "attack", "2024-03-12", Status.NEGATED)));
    }

    @AfterEach
    void close() {
        store.close();
    }

    /** A format's documented columns: name to DuckDB type, in order. */
    static Map<String, String> spec(String format) throws IOException {
        Path doc = Path.of("..", "docs", "export-formats.md");
        List<String> lines = Files.readAllLines(doc, StandardCharsets.UTF_8);
        Map<String, String> out = new LinkedHashMap<>();
        boolean in = false;
        for (String line : lines) {
            if (line.startsWith("## ")) {
                in = line.substring(3).trim().split(" ")[0].replace(",", "").equals(format);
                continue;
            }
            if (in && line.matches("\\| [0-9]+ \\|.*")) {
                String[] cells = line.split("\\|");
                out.put(cells[2].trim(), cells[3].trim());
            }
        }
        assertThat(out).as("column table of " + format + " in " + doc).isNotEmpty();
        return out;
    }

    private Path export(Exporter.Format f) throws IOException {
        Path file = dir.resolve(f.name().toLowerCase() + ".out");
        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8))) {
            new Exporter(store).write(f, EventFilter.all(), 0, w);
        }
        return file;
    }

    private static String columns(Map<String, String> spec) {
        return spec.entrySet().stream().map(e -> "'" + e.getKey().replace("'", "''") + "': '" + e.getValue() + "'")
                .collect(Collectors.joining(", ", "{", "}"));
    }

    /** Loads a tab-separated export with DuckDB's CSV reader, typed as documented; fails on any mismatch. */
    private List<List<Object>> readTsv(Path file, Map<String, String> spec, boolean header) {
        return store.rows("SELECT * FROM read_csv('" + file + "', delim = '\t', header = " + header + ", quote = '', "
                + "escape = '', auto_detect = false, strict_mode = true, columns = " + columns(spec) + ")");
    }

    private static List<Object> column(List<List<Object>> rows, Map<String, String> spec, String name) {
        int i = new ArrayList<>(spec.keySet()).indexOf(name);
        assertThat(i).as(name).isNotNegative();
        return rows.stream().map(r -> r.get(i)).toList();
    }

    @Test
    void gdeltLoadsWithTheCodebookTypes() throws IOException {
        Map<String, String> spec = spec("gdelt");
        assertThat(new ArrayList<>(spec.keySet())).isEqualTo(Exporter.GDELT_COLUMNS);
        List<List<Object>> rows = readTsv(export(Exporter.Format.GDELT), spec, false);
        assertThat(rows).hasSize(5);
        assertThat(column(rows, spec, "GLOBALEVENTID")).containsExactlyInAnyOrder(1L, 2L, 3L, 4L, 5L);
        for (String g : List.of("Actor1Geo_Type", "Actor2Geo_Type", "ActionGeo_Type")) {
            assertThat(column(rows, spec, g)).as(g).allSatisfy(v -> assertThat((Long) v).isBetween(0L, 5L));
        }
        assertThat(column(rows, spec, "QuadClass")).allSatisfy(v -> assertThat((Long) v).isBetween(1L, 4L));
        // the police arrest in Texas: a US state, "State, Country", ADM1 USTX as GDELT writes US states
        int arrest = column(rows, spec, "EventCode").indexOf("173");
        assertThat(column(rows, spec, "ActionGeo_Type").get(arrest)).isEqualTo(2L);
        assertThat(column(rows, spec, "ActionGeo_FullName").get(arrest)).isEqualTo("Texas, United States");
        assertThat(column(rows, spec, "ActionGeo_ADM1Code").get(arrest)).isEqualTo("USTX");
        assertThat(column(rows, spec, "ActionGeo_FeatureID").get(arrest)).isEqualTo("USTX");
        assertThat(column(rows, spec, "ActionGeo_CountryCode").get(arrest)).isEqualTo("US");
        assertThat(column(rows, spec, "Actor1Geo_Type").get(arrest)).isEqualTo(1L); // from the actor's country
        assertThat(column(rows, spec, "Actor2Geo_Type").get(arrest)).isEqualTo(0L); // no target
        assertThat(column(rows, spec, "Actor1Name").get(arrest)).isEqualTo("UNITED STATES");
        assertThat(column(rows, spec, "Actor1Type1Code").get(arrest)).isEqualTo("COP");
        assertThat(column(rows, spec, "DATEADDED").get(arrest)).isEqualTo(20240312071530L);
        assertThat(column(rows, spec, "FractionDate").get(arrest)).isEqualTo(2024.1973); // (60 + 12) / 365
    }

    @Test
    void gdeltMentionsLoadWithTheCodebookTypes() throws IOException {
        Map<String, String> spec = spec("gdelt-mentions");
        assertThat(new ArrayList<>(spec.keySet())).isEqualTo(Exporter.GDELT_MENTION_COLUMNS);
        List<List<Object>> rows = readTsv(export(Exporter.Format.GDELT_MENTIONS), spec, false);
        assertThat(rows).hasSize(5);
        assertThat(column(rows, spec, "MentionType")).containsOnly(1L);
        assertThat(column(rows, spec, "MentionSourceName")).containsOnly("wire-one.example", "wire-two.example");
        assertThat(column(rows, spec, "Extras")).contains("<PLACE_BASIS>clause</PLACE_BASIS>");
        // EventTimeDate is the event's DATEADDED: the first mention's MentionTimeDate
        assertThat(column(rows, spec, "EventTimeDate")).isEqualTo(column(rows, spec, "MentionTimeDate"));
    }

    @Test
    void icewsLoadsWithTheTypesOfTheRPackage() throws IOException {
        Map<String, String> spec = spec("icews");
        assertThat(new ArrayList<>(spec.keySet())).isEqualTo(Exporter.ICEWS_COLUMNS);
        Path file = export(Exporter.Format.ICEWS);
        assertThat(Files.readAllLines(file).get(0)).isEqualTo(String.join("\t", Exporter.ICEWS_COLUMNS));
        List<List<Object>> rows = readTsv(file, spec, true);
        assertThat(rows).hasSize(5);
        assertThat(column(rows, spec, "Story ID")).containsOnly(1, 2);
        assertThat(column(rows, spec, "Article Key")).containsOnly("a1", "b1");
        int arrest = column(rows, spec, "CAMEO Code").indexOf("173");
        assertThat(column(rows, spec, "Source Name").get(arrest)).isEqualTo("Police (United States)");
        assertThat(column(rows, spec, "Source Sectors").get(arrest)).isEqualTo("Police,Government");
        assertThat(column(rows, spec, "City").get(arrest)).isNull();
        assertThat(column(rows, spec, "Province").get(arrest)).isEqualTo("Texas");
        assertThat(column(rows, spec, "Country").get(arrest)).isEqualTo("United States");
    }

    @Test
    void polecatLoadsAndLeavesOutWhatPloverHasNoCategoryFor() throws IOException {
        Map<String, String> spec = spec("polecat");
        assertThat(new ArrayList<>(spec.keySet())).isEqualTo(PloverExport.POLECAT_COLUMNS);
        Path file = dir.resolve("p.tsv");
        Exporter ex = new Exporter(store);
        long n;
        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8))) {
            n = ex.write(Exporter.Format.POLECAT, EventFilter.all(), 0, w);
        }
        assertThat(n).isEqualTo(3);
        assertThat(ex.skipped()).isEqualTo(2); // the 010 statement and the negated attack
        List<List<Object>> rows = readTsv(file, spec, true);
        assertThat(column(rows, spec, "Event Type")).containsExactlyInAnyOrder("REJECT", "ACCUSE", "COERCE");
        assertThat(column(rows, spec, "Quad Code")).containsOnly("VERBAL CONFLICT", "MATERIAL CONFLICT");
        int arrest = column(rows, spec, "Event Type").indexOf("COERCE");
        assertThat(column(rows, spec, "Event Mode").get(arrest)).isEqualTo("arrest");
        assertThat(column(rows, spec, "Feature Type").get(arrest)).isEqualTo("ADM1");
    }

    @Test
    void ploverRecordsHaveTheManualsFieldsAndVocabulary() throws IOException {
        Map<String, String> spec = spec("plover");
        Path file = export(Exporter.Format.PLOVER);
        PloverExport.Vocabulary v = PloverExport.Vocabulary.builtIn();
        List<List<Object>> rows = store.rows("SELECT * FROM read_json('" + file + "', format = 'newline_delimited', "
                + "columns = " + columns(spec) + ")");
        assertThat(rows).hasSize(3);
        for (List<Object> r : rows) {
            assertThat(r.get(0)).isNotNull();
            assertThat(r.get(1)).isNotNull();
        }
        // lists where the manual says so, values from its tables only
        for (List<Object> r : store.rows("SELECT json_array_length(j->'actor'), j->>'$.event[0]', "
                + "CAST(j->'mode' AS VARCHAR[]), CAST(j->'context' AS VARCHAR[]), json_type(j->'recipient') "
                + "FROM read_json_objects('" + file + "') t(j)")) {
            assertThat(((Number) r.get(0)).longValue()).isEqualTo(1L);
            String event = (String) r.get(1);
            assertThat(v.events()).containsKey(event);
            for (Object m : listOf(r.get(2))) {
                assertThat(v.modes().get(event)).contains(String.valueOf(m).replace("\"", ""));
            }
            for (Object c : listOf(r.get(3))) {
                assertThat(v.contexts()).contains(String.valueOf(c).replace("\"", ""));
            }
            assertThat(r.get(4)).isEqualTo("ARRAY");
        }
    }

    private static List<?> listOf(Object sqlArray) {
        try {
            return sqlArray == null ? List.of() : List.of((Object[]) ((java.sql.Array) sqlArray).getArray());
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void flatRowsKeepTheirTypesInParquetAndTheirNamesInCsv() throws IOException {
        Map<String, String> spec = spec("csv");
        assertThat(new ArrayList<>(spec.keySet())).isEqualTo(FlatEvents.COLUMNS);
        Path pq = dir.resolve("x.parquet");
        new Exporter(store).writeParquet(EventFilter.all(), 0, pq);
        Map<String, String> types = new LinkedHashMap<>();
        for (List<Object> r : store.rows("DESCRIBE SELECT * FROM read_parquet('" + pq + "')")) {
            types.put((String) r.get(0), (String) r.get(1));
        }
        assertThat(types).isEqualTo(spec);
        List<List<Object>> rows = store.rows("SELECT * FROM read_csv('" + export(Exporter.Format.CSV) + "', header = true, "
                + "auto_detect = false, columns = " + columns(spec) + ")");
        assertThat(rows).hasSize(5);
    }
}
