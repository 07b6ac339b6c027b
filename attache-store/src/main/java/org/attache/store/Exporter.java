package org.attache.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Writes stored events in other projects' layouts. All text layouts are UTF-8, one record a
 * line, in event date then event id order; unknown values are blank.
 *
 * <ul>
 * <li>{@code gdelt}: the GDELT 2.0 event table, 61 tab-separated columns in GDELT's order, no
 *     header (as GDELT ships it). Actor geography, tone, ethnic and religion codes are blank;
 *     ActionGeo comes from the first mention's place; actor country codes are ISO alpha-3 (GDELT
 *     uses CAMEO country codes there, equal to ISO alpha-3 for nearly all countries) and geo
 *     country codes FIPS 10-4, as GDELT's geography columns are ({@link FipsCodes}); a
 *     country-level place also gets its FIPS code as ADM1Code, as in GDELT. IsRootEvent is 1
 *     when the first mention is the article's first sentence. DATEADDED is the latest mention's
 *     publication date.</li>
 * <li>{@code gdelt-mentions}: the GDELT 2.0 mentions table, 16 columns, one row per mention.
 *     Confidence is 100 for asserted mentions, 50 otherwise; InRawText is 0 when an actor was
 *     inferred from elsewhere in the article.</li>
 * <li>{@code icews}: the ICEWS event layout with its header, tab-separated, one row per event
 *     with the first mention as its story.</li>
 * <li>{@code plover}: one JSON object a line per event, PLOVER event type and mode from the
 *     ontology's mapping, with all its mentions.</li>
 * <li>{@code csv}, {@code jsonl}, {@code table}, {@code parquet}: the flat event rows
 *     ({@link FlatEvents#COLUMNS}).</li>
 * </ul>
 */
public final class Exporter {
    public enum Format {
        GDELT, GDELT_MENTIONS, ICEWS, PLOVER, POLECAT, CSV, JSONL, TABLE, PARQUET;

        public static Format parse(String s) {
            try {
                return valueOf(s.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("unknown format '" + s
                        + "': use gdelt, gdelt-mentions, icews, plover, polecat, csv, jsonl, table or parquet");
            }
        }
    }

    /** The GDELT 2.0 event table's 61 columns, in order. */
    public static final List<String> GDELT_COLUMNS = GdeltExport.COLUMNS;
    public static final List<String> GDELT_MENTION_COLUMNS = GdeltExport.MENTION_COLUMNS;
    public static final List<String> ICEWS_COLUMNS = List.of("Event ID", "Event Date", "Source Name",
            "Source Sectors", "Source Country", "Event Text", "CAMEO Code", "Intensity", "Target Name",
            "Target Sectors", "Target Country", "Story ID", "Sentence Number", "Publisher", "City", "District",
            "Province", "Country", "Latitude", "Longitude", "Article Key");

    private static final ObjectMapper JSON = new ObjectMapper();

    private final EventStore store;
    private final ReferenceTables ref = ReferenceTables.builtIn();
    private final GdeltExport gdelt;
    private final PloverExport plover;
    private long skipped;

    public Exporter(EventStore store) {
        this.store = store;
        // GDELT's geography columns use FIPS 10-4 country codes, not ISO
        this.gdelt = new GdeltExport(ref, org.attache.grounding.Gazetteer.builtIn(), FipsCodes.builtIn());
        this.plover = new PloverExport(PloverExport.Vocabulary.builtIn(), ref, gdelt.geo());
    }

    /** Events the last plover or polecat export left out (no PLOVER category, or negated). */
    public long skipped() {
        return skipped;
    }

    /** Writes the events matching {@code filter} (at most {@code limit}, 0: all); returns the number of records. */
    public long write(Format format, EventFilter filter, long limit, PrintWriter out) {
        if (format == Format.PARQUET) {
            throw new IllegalArgumentException("parquet is written to a file: give --out FILE.parquet");
        }
        skipped = 0;
        try {
            if (format == Format.GDELT_MENTIONS) {
                return gdelt.mentions(store, filter, limit, out);
            }
            long n = 0;
            try (ResultSet rs = FlatEvents.query(store, filter, limit, format == Format.PLOVER);
                 Statement st = rs.getStatement()) {
                TextTable table = format == Format.TABLE ? new TextTable() : null;
                if (format == Format.CSV) {
                    out.println(String.join(",", FlatEvents.COLUMNS));
                } else if (format == Format.ICEWS) {
                    out.println(String.join("\t", ICEWS_COLUMNS));
                } else if (format == Format.POLECAT) {
                    out.println(String.join("\t", PloverExport.POLECAT_COLUMNS));
                }
                while (rs.next()) {
                    n++;
                    switch (format) {
                        case GDELT -> out.println(tsv(gdelt.row(rs)));
                        case ICEWS -> out.println(tsv(icewsRow(rs)));
                        case PLOVER -> {
                            String json = plover.json(rs);
                            if (json == null) {
                                n--;
                                skipped++;
                            } else {
                                out.println(json);
                            }
                        }
                        case POLECAT -> {
                            List<String> row = plover.polecat(rs);
                            if (row == null) {
                                n--;
                                skipped++;
                            } else {
                                out.println(tsv(row));
                            }
                        }
                        case CSV -> out.println(csv(flat(rs)));
                        case JSONL -> out.println(jsonl(rs));
                        case TABLE -> table.add(rs);
                        default -> throw new IllegalStateException(format.toString());
                    }
                }
                if (table != null) {
                    table.print(out);
                }
            }
            out.flush();
            return n;
        } catch (SQLException e) {
            throw EventStore.failure(store.file(), "export failed", e);
        }
    }

    /** Writes the flat event rows to a Parquet file through DuckDB's COPY; returns the number of rows. */
    public long writeParquet(EventFilter filter, long limit, Path file) {
        EventFilter.Sql f = filter.toSql();
        String inner = FlatEvents.sql(new EventFilter.Sql(inline(f), List.of()), limit);
        // the flat query casts dates to text for the text layouts; Parquet gets them typed
        List<String> cols = new ArrayList<>();
        for (String c : FlatEvents.COLUMNS) {
            cols.add(switch (c) {
                case "event_date", "published" -> "CAST(" + c + " AS DATE) AS " + c;
                case "added" -> "CAST(" + c + " AS TIMESTAMP) AS " + c;
                default -> c;
            });
        }
        String sql = "COPY (SELECT " + String.join(", ", cols) + " FROM (" + inner + ")) TO '"
                + file.toAbsolutePath().toString().replace("'", "''") + "' (FORMAT PARQUET)";
        try (Statement st = store.connection().createStatement()) {
            st.execute(sql);
            try (ResultSet rs = st.executeQuery("SELECT count(*) FROM read_parquet('"
                    + file.toAbsolutePath().toString().replace("'", "''") + "')")) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new StoreException("parquet export to " + file + " failed: " + EventStore.firstLine(e.getMessage()), e);
        }
    }

    /** The filter's condition with its parameters written as SQL literals (COPY takes no parameters). */
    private static String inline(EventFilter.Sql f) {
        StringBuilder sb = new StringBuilder();
        int p = 0;
        for (char ch : f.where().toCharArray()) {
            if (ch == '?') {
                Object v = f.params().get(p++);
                if (v instanceof Number) {
                    sb.append(v);
                } else if (v instanceof java.sql.Timestamp t) {
                    sb.append("TIMESTAMP '").append(t.toLocalDateTime()).append('\'');
                } else if (v instanceof java.sql.Date d) {
                    sb.append("DATE '").append(d.toLocalDate()).append('\'');
                } else {
                    sb.append('\'').append(String.valueOf(v).replace("'", "''")).append('\'');
                }
            } else {
                sb.append(ch);
            }
        }
        return sb.toString();
    }

    // ---------------------------------------------------------------- ICEWS

    private List<String> icewsRow(ResultSet rs) throws SQLException {
        List<String> r = new ArrayList<>(ICEWS_COLUMNS.size());
        r.add(rs.getString("event_id"));
        r.add(nz(rs.getString("event_date")));
        String src = rs.getString("source_code");
        String tgt = rs.getString("target_code");
        r.add(ref.icewsName(src, nz(rs.getString("source_name"))));
        r.add(ref.icewsSectors(src));
        r.add(ref.icewsCountry(rs.getString("source_country")));
        r.add(nz(rs.getString("event_name")));
        r.add(rs.getString("code"));
        r.add(number(rs.getDouble("goldstein")));
        r.add(ref.icewsName(tgt, nz(rs.getString("target_name"))));
        r.add(ref.icewsSectors(tgt));
        r.add(ref.icewsCountry(rs.getString("target_country")));
        r.add(rs.getString("article_id"));
        r.add(String.valueOf(rs.getInt("sentence_index") + 1));
        r.add(nz(rs.getString("outlet")));
        String place = rs.getString("place_name");
        String placeCountry = rs.getString("place_country");
        var e = place == null ? null : gdelt.geo().entry(place, placeCountry);
        String kind = e == null ? (place == null ? "" : "city") : e.kind();
        String proper = place == null ? "" : Countries.titleCase(place.toLowerCase(Locale.ROOT));
        r.add(kind.equals("city") || kind.equals("capital") ? proper : "");
        r.add(""); // District: no second-level divisions in the gazetteer
        r.add(kind.equals("admin1") ? proper
                : e != null && e.admin1() != null && !e.admin1().equals("-") ? Countries.titleCase(e.admin1()) : "");
        r.add(place == null ? "" : ref.icewsCountry(placeCountry));
        Object lat = rs.getObject("place_lat");
        r.add(lat == null ? "" : number(rs.getDouble("place_lat")));
        r.add(lat == null ? "" : number(rs.getDouble("place_lon")));
        r.add(rs.getString("article_key"));
        return r;
    }

    // ---------------------------------------------------------------- PLOVER and flat rows

    static List<String> flat(ResultSet rs) throws SQLException {
        List<String> r = new ArrayList<>(FlatEvents.COLUMNS.size());
        for (String c : FlatEvents.COLUMNS) {
            r.add(rs.getString(c));
        }
        return r;
    }

    private static String jsonl(ResultSet rs) throws SQLException {
        ObjectNode o = JSON.createObjectNode();
        for (String c : FlatEvents.COLUMNS) {
            Object v = rs.getObject(c);
            if (v == null) {
                o.putNull(c);
            } else if (v instanceof Integer i) {
                o.put(c, i);
            } else if (v instanceof Long l) {
                // a 63-bit hash does not fit a JSON number that JavaScript reads exactly
                if (c.equals("content_hash")) {
                    o.put(c, String.valueOf(l));
                } else {
                    o.put(c, l);
                }
            } else if (v instanceof Double d) {
                o.put(c, d);
            } else if (v instanceof Boolean b) {
                o.put(c, b);
            } else {
                o.put(c, v.toString());
            }
        }
        return o.toString();
    }

    // ---------------------------------------------------------------- formatting

    static String tsv(List<String> fields) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                sb.append('\t');
            }
            String f = fields.get(i);
            sb.append(f == null ? "" : f.replace('\t', ' ').replace('\n', ' ').replace('\r', ' '));
        }
        return sb.toString();
    }

    static String csv(List<String> fields) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                sb.append(',');
            }
            String f = fields.get(i) == null ? "" : fields.get(i);
            if (f.contains(",") || f.contains("\"") || f.contains("\n") || f.contains("\r")) {
                sb.append('"').append(f.replace("\"", "\"\"")).append('"');
            } else {
                sb.append(f);
            }
        }
        return sb.toString();
    }

    static String number(double d) {
        return d == Math.rint(d) && Math.abs(d) < 1e15 ? String.valueOf((long) d) : String.valueOf(d);
    }

    static String nz(String s) {
        return s == null ? "" : s;
    }

    /** A readable table of events for a terminal. */
    private static final class TextTable {
        private final List<String[]> rows = new ArrayList<>();

        void add(ResultSet rs) throws SQLException {
            String sentence = nz(rs.getString("sentence"));
            if (sentence.length() > 70) {
                sentence = sentence.substring(0, 67) + "...";
            }
            String[] row = {nz(rs.getString("event_date")), rs.getString("source_code"), rs.getString("code"),
                    nz(rs.getString("target_code")), rs.getString("status"),
                    rs.getInt("num_mentions") + "/" + rs.getInt("num_sources") + "/" + rs.getInt("num_articles"),
                    nz(rs.getString("event_name")), rs.getString("article_key"), sentence};
            rows.add(java.util.Arrays.stream(row).map(org.attache.io.TextFields::terminal).toArray(String[]::new));
        }

        void print(PrintWriter out) {
            String[] head = {"date", "source", "code", "target", "status", "ment/src/art", "event", "first article",
                    "sentence"};
            int[] w = new int[head.length];
            for (int i = 0; i < head.length; i++) {
                w[i] = head[i].length();
                for (String[] r : rows) {
                    w[i] = Math.max(w[i], r[i].length());
                }
                w[i] = Math.min(w[i], i == 6 ? 28 : 70);
            }
            printRow(out, head, w);
            for (String[] r : rows) {
                printRow(out, r, w);
            }
        }

        private static void printRow(PrintWriter out, String[] r, int[] w) {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < r.length; i++) {
                String v = r[i].length() > w[i] ? r[i].substring(0, w[i]) : r[i];
                sb.append(i == r.length - 1 ? v : String.format("%-" + w[i] + "s  ", v));
            }
            out.println(sb.toString().stripTrailing());
        }
    }
}
