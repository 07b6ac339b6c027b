package org.attache.store;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;
import org.attache.io.ArticleReader;
import org.attache.model.Article;

/**
 * Benchmark material for the store: a generated corpus of template news articles (real country
 * names and reporting verbs) for ingest throughput, and a store bulk-filled with generated events
 * (INSERT … SELECT over range(), no NLP) for query latency. Figures are printed, never asserted.
 */
public final class StoreBench {
    static final String[][] COUNTRIES = {
            {"USA", "the United States"}, {"RUS", "Russia"}, {"CHN", "China"}, {"IND", "India"}, {"PAK", "Pakistan"},
            {"IRN", "Iran"}, {"ISR", "Israel"}, {"UKR", "Ukraine"}, {"TUR", "Turkey"}, {"EGY", "Egypt"},
            {"KEN", "Kenya"}, {"UGA", "Uganda"}, {"NGA", "Nigeria"}, {"ETH", "Ethiopia"}, {"SDN", "Sudan"},
            {"FRA", "France"}, {"DEU", "Germany"}, {"GBR", "Britain"}, {"JPN", "Japan"}, {"BRA", "Brazil"},
            {"MEX", "Mexico"}, {"SAU", "Saudi Arabia"}, {"SYR", "Syria"}, {"IRQ", "Iraq"}, {"AFG", "Afghanistan"},
            {"MLI", "Mali"}, {"NER", "Niger"}, {"SOM", "Somalia"}, {"VEN", "Venezuela"}, {"COL", "Colombia"}};

    /** Sentence templates: %1$s source, %2$s target, %3$s a weekday. */
    static final String[] TEMPLATES = {
            "%1$s accused %2$s on %3$s of violating the ceasefire.",
            "%1$s condemned the attack on %2$s.",
            "The foreign minister of %1$s met his counterpart from %2$s on %3$s.",
            "%1$s rejected military cooperation with %2$s.",
            "%1$s urged %2$s to hold talks.",
            "%1$s signed a trade agreement with %2$s on %3$s.",
            "%1$s praised %2$s for its help.",
            "%1$s threatened to impose sanctions on %2$s.",
            "Troops from %1$s attacked positions held by %2$s on %3$s.",
            "%1$s expelled the ambassador of %2$s.",
            "%1$s promised economic aid to %2$s.",
            "Police in %1$s arrested protesters on %3$s.",
            "%1$s demanded that %2$s release the prisoners.",
            "%1$s criticised %2$s over the border dispute.",
            "%1$s and %2$s agreed to resume negotiations."};
    static final String[] DAYS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday"};
    static final String[] OUTLETS = {"Meridian Wire", "Coastline Press", "Harbor Line News", "Northern Daily",
            "Capital Observer", "Global Dispatch"};

    private StoreBench() {
    }

    /** {@code n} articles of 3 to 6 template sentences, reproducible from {@code seed}. */
    public static List<Article> corpus(int n, long seed) {
        Random r = new Random(seed);
        List<Article> out = new ArrayList<>(n);
        LocalDate start = LocalDate.of(2024, 1, 1);
        for (int i = 0; i < n; i++) {
            int sentences = 3 + r.nextInt(4);
            StringBuilder text = new StringBuilder();
            for (int s = 0; s < sentences; s++) {
                String[] a = COUNTRIES[r.nextInt(COUNTRIES.length)];
                String[] b;
                do {
                    b = COUNTRIES[r.nextInt(COUNTRIES.length)];
                } while (b == a);
                String t = String.format(TEMPLATES[r.nextInt(TEMPLATES.length)], a[1], b[1], DAYS[r.nextInt(DAYS.length)]);
                text.append(s == 0 ? "" : " ").append(Character.toUpperCase(t.charAt(0))).append(t.substring(1));
            }
            String outlet = OUTLETS[r.nextInt(OUTLETS.length)];
            out.add(new Article(String.format("gen-%05d", i), start.plusDays(r.nextInt(366)), outlet,
                    "https://example.org/gen/" + i, "Generated article " + i, text.toString()));
        }
        return out;
    }

    /** Writes the corpus as JSON Lines. */
    public static void writeJsonl(List<Article> articles, Path file) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (Article a : articles) {
                w.write(ArticleReader.jsonLine(a));
                w.write('\n');
            }
        }
    }

    /**
     * Fills an empty store with {@code events} generated events, one mention and one sentence each,
     * five mentions an article, dates spread evenly over 2022–2024 in insertion order (as an
     * ingest over time would write them).
     */
    public static void fill(EventStore store, long events) {
        long articles = Math.max(1, events / 5);
        // Constant lists indexed by hashes of the row number: no joins, so the fill is one scan of range().
        List<String[]> types = new ArrayList<>();
        for (List<Object> row : store.rows("SELECT code, name, quad_class, goldstein FROM event_types "
                + "WHERE length(code) >= 3 ORDER BY code")) {
            types.add(new String[] {(String) row.get(0), (String) row.get(1), row.get(2).toString(), row.get(3).toString()});
        }
        int nc = COUNTRIES.length;
        int nt = types.size();
        String iso = list(Arrays.stream(COUNTRIES).map(c -> c[0]).toList());
        String names = list(Arrays.stream(COUNTRIES).map(c -> c[1]).toList());
        String sectors = list(List.of("", "GOV", "MIL", "COP", "REB", "OPP"));
        String codes = list(types.stream().map(t -> t[0]).toList());
        String enames = list(types.stream().map(t -> t[1]).toList());
        String quads = "[" + String.join(",", types.stream().map(t -> t[2]).toList()) + "]";
        String golds = "[" + String.join(",", types.stream().map(t -> t[3]).toList()) + "]";
        try (Statement st = store.connection().createStatement()) {
            store.connection().setAutoCommit(false);
            st.execute("CREATE TEMP TABLE g AS SELECT i, d, " + iso + "[sk] || " + sectors + "[ss] AS src, "
                    + names + "[sk] AS sname, " + iso + "[sk] AS sc, " + sectors + "[ss] AS ssec, "
                    + iso + "[tk] || " + sectors + "[ts] AS tgt, " + names + "[tk] AS tname, " + iso + "[tk] AS tc, "
                    + sectors + "[ts] AS tsec, " + codes + "[ty] AS code, " + enames + "[ty] AS ename, "
                    + quads + "[ty] AS quad_class, " + golds + "[ty] AS goldstein FROM ("
                    + "SELECT i, DATE '2022-01-01' + CAST(i * 1096 // " + events + " AS INTEGER) AS d, "
                    + "CAST(hash(i) % " + nc + " AS INTEGER) + 1 AS sk, "
                    + "CAST((hash(i) % " + nc + " + 1 + hash(i + 7) % " + (nc - 1) + ") % " + nc + " AS INTEGER) + 1 AS tk, "
                    + "CAST(hash(i + 1) % 6 AS INTEGER) + 1 AS ss, CAST(hash(i + 2) % 6 AS INTEGER) + 1 AS ts, "
                    + "CAST(hash(i + 3) % " + nt + " AS INTEGER) + 1 AS ty FROM range(" + events + ") r(i))");
            st.execute("INSERT INTO articles SELECT 'bench-' || a, 'h' || a, DATE '2022-01-01' + CAST(a * 1096 // "
                    + articles + " AS INTEGER), 'Outlet ' || (a % 50), 'https://outlet' || (a % 50) || '.example/' || a, "
                    + "'Title ' || a, 'generated', 5, 5, NULL, a + 1, CAST(DATE '2022-01-01' + CAST(a * 1096 // "
                    + articles + " AS INTEGER) AS TIMESTAMP) FROM range(" + articles + ") r(a)");
            st.execute("INSERT INTO sentences SELECT 'bench-' || (i // 5), i % 5, 0, 0, sname || ' ' || lower(ename) "
                    + "|| ' with ' || tname || CASE WHEN i % 50 = 0 THEN ' after the ceasefire collapsed' ELSE '' END "
                    + "|| ', officials said.' FROM g");
            st.execute("INSERT INTO events SELECT i + 1, d, src, tgt, code, left(code, 2), quad_class, goldstein, "
                    + "'asserted', 1, 1, 1, i + 1, CAST(d AS TIMESTAMP) FROM g");
            st.execute("INSERT INTO mentions SELECT i + 1, 'bench-' || (i // 5), i % 5, 0, src, sname, 0, length(sname), "
                    + "'dictionary', false, tgt, tname, 0, length(tname), 'dictionary', false, code, 'verb', 0, 4, d, "
                    + "'publication', 'asserted', NULL, CASE WHEN i % 10 = 0 THEN 'official-unnamed' END, NULL, NULL, NULL, "
                    + "NULL, NULL, '' FROM g");
            st.execute("INSERT INTO actors SELECT DISTINCT src, sc, ssec, sname FROM g UNION "
                    + "SELECT DISTINCT tgt, tc, tsec, tname FROM g");
            st.execute("DROP TABLE g");
            store.connection().commit();
            st.execute("CHECKPOINT");
        } catch (SQLException e) {
            throw new StoreException("bench fill failed: " + EventStore.firstLine(e.getMessage()), e);
        }
    }

    private static String list(List<String> values) {
        return "[" + String.join(",", values.stream().map(v -> "'" + v.replace("'", "''") + "'").toList()) + "]";
    }

    /** A named query as the CLI runs it. */
    public record Probe(String name, Runnable run) {
    }

    /** The typical filters, each run through the same code as {@code attache query} / {@code stats}. */
    public static List<Probe> probes(EventStore store) {
        Exporter ex = new Exporter(store);
        StoreStats stats = new StoreStats(store);
        Supplier<PrintWriter> sink = () -> new PrintWriter(Writer.nullWriter());
        List<Probe> p = new ArrayList<>();
        p.add(new Probe("query --from 2023-06-01 --to 2023-06-30 --limit 100", () -> ex.write(Exporter.Format.JSONL,
                filter(LocalDate.of(2023, 6, 1), LocalDate.of(2023, 6, 30), null, null, null, null, null, null, null), 100,
                sink.get())));
        p.add(new Probe("query --actor PAK --limit 100", () -> ex.write(Exporter.Format.JSONL,
                filter(null, null, "PAK", null, null, null, null, null, null), 100, sink.get())));
        p.add(new Probe("query --root 19 --from 2024-01-01 (all rows)", () -> ex.write(Exporter.Format.JSONL,
                filter(LocalDate.of(2024, 1, 1), null, null, null, "19", null, null, null, null), 0, sink.get())));
        p.add(new Probe("query --country IRN --quad 4 --limit 100", () -> ex.write(Exporter.Format.JSONL,
                filter(null, null, null, "IRN", null, 4, null, null, null), 100, sink.get())));
        p.add(new Probe("query --attribution-kind official-unnamed --actor USA --limit 100", () -> ex.write(
                Exporter.Format.JSONL, filter(null, null, "USA", null, null, null, "official-unnamed", null, null), 100,
                sink.get())));
        p.add(new Probe("query --outlet 'Outlet 7' --from 2024-12-01", () -> ex.write(Exporter.Format.JSONL,
                filter(LocalDate.of(2024, 12, 1), null, null, null, null, null, null, "Outlet 7", null), 0, sink.get())));
        p.add(new Probe("query --text ceasefire --limit 100", () -> ex.write(Exporter.Format.JSONL,
                filter(null, null, null, null, null, null, null, null, "ceasefire"), 100, sink.get())));
        p.add(new Probe("stats --by root", () -> stats.print(StoreStats.Section.ROOT, EventFilter.all(), 20, "table",
                sink.get())));
        p.add(new Probe("stats --by dyad", () -> stats.print(StoreStats.Section.DYAD, EventFilter.all(), 20, "table",
                sink.get())));
        p.add(new Probe("stats --by day --from 2024-01-01", () -> stats.print(StoreStats.Section.DAY,
                filter(LocalDate.of(2024, 1, 1), null, null, null, null, null, null, null, null), 400, "table",
                sink.get())));
        return p;
    }

    private static EventFilter filter(LocalDate from, LocalDate to, String actor, String country, String root,
                                      Integer quad, String attribution, String outlet, String text) {
        return new EventFilter(from, to, actor, country, null, root, quad, null, attribution, outlet, text);
    }

    /** Milliseconds of {@code runs} timed runs after {@code warmups}: {median, p95}. */
    public static double[] time(Runnable r, int warmups, int runs) {
        for (int i = 0; i < warmups; i++) {
            r.run();
        }
        double[] ms = new double[runs];
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            r.run();
            ms[i] = (System.nanoTime() - t0) / 1e6;
        }
        Arrays.sort(ms);
        int p95 = (int) Math.ceil(0.95 * runs) - 1;
        return new double[] {ms[runs / 2], ms[Math.max(0, Math.min(runs - 1, p95))]};
    }
}
