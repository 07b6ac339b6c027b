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
        GDELT, GDELT_MENTIONS, ICEWS, PLOVER, CSV, JSONL, TABLE, PARQUET;

        public static Format parse(String s) {
            try {
                return valueOf(s.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("unknown format '" + s
                        + "': use gdelt, gdelt-mentions, icews, plover, csv, jsonl, table or parquet");
            }
        }
    }

    /** The GDELT 2.0 event table's 61 columns, in order. */
    public static final List<String> GDELT_COLUMNS = gdeltColumns();
    public static final List<String> GDELT_MENTION_COLUMNS = List.of("GLOBALEVENTID", "EventTimeDate",
            "MentionTimeDate", "MentionType", "MentionSourceName", "MentionIdentifier", "SentenceID",
            "Actor1CharOffset", "Actor2CharOffset", "ActionCharOffset", "InRawText", "Confidence", "MentionDocLen",
            "MentionDocTone", "MentionDocTranslationInfo", "Extras");
    public static final List<String> ICEWS_COLUMNS = List.of("Event ID", "Event Date", "Source Name",
            "Source Sectors", "Source Country", "Event Text", "CAMEO Code", "Intensity", "Target Name",
            "Target Sectors", "Target Country", "Story ID", "Sentence Number", "Publisher", "City", "District",
            "Province", "Country", "Latitude", "Longitude");

    /** CAMEO sector (type) codes; any other 3-letter part of an actor code is a known group (UNO, SHB…). */
    static final Set<String> SECTORS = Set.of("GOV", "MIL", "COP", "REB", "OPP", "PTY", "JUD", "SPY", "MED", "BUS",
            "CVL", "REF", "LEG", "ELI", "HLH", "EDU", "LAB", "AGR", "ENV", "CRM", "NGO", "IGO", "UAF", "INS", "SEP",
            "REL", "HRI", "MOD", "RAD", "IMG", "MNC", "NGM", "UIS");

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Immutable once loaded; GDELT's *Geo_CountryCode and ADM1Code columns use FIPS 10-4, not ISO. */
    private static final FipsCodes FIPS = FipsCodes.builtIn();

    private final EventStore store;

    public Exporter(EventStore store) {
        this.store = store;
    }

    /** Writes the events matching {@code filter} (at most {@code limit}, 0: all); returns the number of records. */
    public long write(Format format, EventFilter filter, long limit, PrintWriter out) {
        if (format == Format.PARQUET) {
            throw new IllegalArgumentException("parquet is written to a file: give --out FILE.parquet");
        }
        try {
            if (format == Format.GDELT_MENTIONS) {
                return gdeltMentions(filter, limit, out);
            }
            long n = 0;
            try (ResultSet rs = FlatEvents.query(store, filter, limit, format == Format.PLOVER);
                 Statement st = rs.getStatement()) {
                TextTable table = format == Format.TABLE ? new TextTable() : null;
                if (format == Format.CSV) {
                    out.println(String.join(",", FlatEvents.COLUMNS));
                } else if (format == Format.ICEWS) {
                    out.println(String.join("\t", ICEWS_COLUMNS));
                }
                while (rs.next()) {
                    n++;
                    switch (format) {
                        case GDELT -> out.println(tsv(gdeltRow(rs)));
                        case ICEWS -> out.println(tsv(icewsRow(rs)));
                        case PLOVER -> out.println(plover(rs));
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
        String sql = "COPY (SELECT " + String.join(", ", FlatEvents.COLUMNS) + " FROM (" + inner + ")) TO '"
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

    // ---------------------------------------------------------------- GDELT

    private static List<String> gdeltColumns() {
        List<String> c = new ArrayList<>(List.of("GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate"));
        for (String a : List.of("Actor1", "Actor2")) {
            for (String f : List.of("Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code",
                    "Religion2Code", "Type1Code", "Type2Code", "Type3Code")) {
                c.add(a + f);
            }
        }
        c.addAll(List.of("IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
                "NumMentions", "NumSources", "NumArticles", "AvgTone"));
        for (String g : List.of("Actor1Geo_", "Actor2Geo_", "ActionGeo_")) {
            for (String f : List.of("Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long",
                    "FeatureID")) {
                c.add(g + f);
            }
        }
        c.add("DATEADDED");
        c.add("SOURCEURL");
        return List.copyOf(c);
    }

    private static List<String> gdeltRow(ResultSet rs) throws SQLException {
        List<String> r = new ArrayList<>(61);
        String date = rs.getString("event_date");
        r.add(rs.getString("event_id"));
        if (date == null) {
            r.addAll(List.of("", "", "", ""));
        } else {
            LocalDate d = LocalDate.parse(date);
            r.add(compact(date));
            r.add(compact(date).substring(0, 6));
            r.add(String.valueOf(d.getYear()));
            r.add(String.format(Locale.ROOT, "%.4f", d.getYear() + (d.getDayOfYear() - 1) / (double) d.lengthOfYear()));
        }
        gdeltActor(r, rs.getString("source_code"), rs.getString("source_name"), rs.getString("source_country"));
        gdeltActor(r, rs.getString("target_code"), rs.getString("target_name"), rs.getString("target_country"));
        r.add(rs.getInt("sentence_index") == 0 ? "1" : "0");
        String code = rs.getString("code");
        r.add(code);
        r.add(code.length() > 3 ? code.substring(0, 3) : code);
        r.add(rs.getString("root"));
        r.add(rs.getString("quad_class"));
        r.add(number(rs.getDouble("goldstein")));
        r.add(rs.getString("num_mentions"));
        r.add(rs.getString("num_sources"));
        r.add(rs.getString("num_articles"));
        r.add(""); // AvgTone: no tone model
        for (int i = 0; i < 16; i++) {
            r.add(""); // Actor1Geo_*, Actor2Geo_*: actor locations are not resolved
        }
        String place = rs.getString("place_name");
        if (place == null) {
            for (int i = 0; i < 8; i++) {
                r.add("");
            }
        } else {
            Object lat = rs.getObject("place_lat");
            r.add(lat == null ? "1" : "4"); // 1 country, 4 world city (GDELT's geo types)
            String fips = FIPS.fips(rs.getString("place_country"));
            r.add(place);
            r.add(fips);
            // GDELT's ADM1Code is the FIPS country code plus a division code; we resolve no divisions,
            // so only a country-level place (whose ADM1Code in GDELT is the bare country code) gets one.
            r.add(lat == null ? fips : "");
            r.add("");
            r.add(lat == null ? "" : number(rs.getDouble("place_lat")));
            r.add(lat == null ? "" : number(rs.getDouble("place_lon")));
            r.add("");
        }
        String added = rs.getString("last_published");
        r.add(added == null ? "" : compact(added) + "000000");
        r.add(nz(rs.getString("url")));
        return r;
    }

    private static void gdeltActor(List<String> r, String code, String name, String country) {
        if (code == null || code.isEmpty()) {
            for (int i = 0; i < 10; i++) {
                r.add("");
            }
            return;
        }
        List<String> types = new ArrayList<>();
        String group = "";
        String c = nz(country);
        for (int i = c.length(); i + 3 <= code.length(); i += 3) {
            String part = code.substring(i, i + 3);
            if (SECTORS.contains(part)) {
                types.add(part);
            } else if (group.isEmpty()) {
                group = part;
            }
        }
        r.add(code);
        r.add(nz(name).toUpperCase(Locale.ROOT));
        r.add(c);
        r.add(group);
        r.add("");
        r.add("");
        r.add("");
        for (int i = 0; i < 3; i++) {
            r.add(i < types.size() ? types.get(i) : "");
        }
    }

    private long gdeltMentions(EventFilter filter, long limit, PrintWriter out) throws SQLException {
        EventFilter.Sql f = filter.toSql();
        String sql = "WITH sel AS (SELECT e.* FROM events e WHERE " + f.where() + " ORDER BY e.event_date, e.event_id"
                + (limit > 0 ? " LIMIT " + limit : "") + ")\n"
                + "SELECT e.event_id, CAST(e.event_date AS VARCHAR) AS event_date, CAST(a.published AS VARCHAR) AS published, "
                + "a.outlet, a.url, a.article_key, m.sentence_index, m.source_start, m.target_start, m.trigger_start, "
                + "m.source_inferred, m.target_inferred, m.status, length(a.body) AS doc_len\n"
                + "FROM sel e JOIN mentions m ON m.event_id = e.event_id JOIN articles a ON a.article_key = m.article_key\n"
                + "ORDER BY e.event_date, e.event_id, a.published, a.article_key, m.sentence_index, m.trigger_start";
        long n = 0;
        try (PreparedStatement ps = store.connection().prepareStatement(sql)) {
            for (int i = 0; i < f.params().size(); i++) {
                ps.setObject(i + 1, f.params().get(i));
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    n++;
                    List<String> r = new ArrayList<>(16);
                    r.add(rs.getString("event_id"));
                    r.add(rs.getString("event_date") == null ? "" : compact(rs.getString("event_date")) + "000000");
                    r.add(rs.getString("published") == null ? "" : compact(rs.getString("published")) + "000000");
                    r.add("1"); // MentionType 1: web
                    r.add(nz(rs.getString("outlet")));
                    String url = nz(rs.getString("url"));
                    r.add(url.isEmpty() ? rs.getString("article_key") : url);
                    r.add(String.valueOf(rs.getInt("sentence_index") + 1));
                    r.add(offset(rs, "source_start"));
                    r.add(offset(rs, "target_start"));
                    r.add(offset(rs, "trigger_start"));
                    r.add(rs.getBoolean("source_inferred") || rs.getBoolean("target_inferred") ? "0" : "1");
                    r.add("asserted".equals(rs.getString("status")) ? "100" : "50");
                    r.add(rs.getString("doc_len"));
                    r.add("");
                    r.add("");
                    r.add("");
                    out.println(tsv(r));
                }
            }
        }
        out.flush();
        return n;
    }

    private static String offset(ResultSet rs, String col) throws SQLException {
        Object v = rs.getObject(col);
        return v == null ? "-1" : v.toString();
    }

    // ---------------------------------------------------------------- ICEWS

    private static List<String> icewsRow(ResultSet rs) throws SQLException {
        List<String> r = new ArrayList<>(20);
        r.add(rs.getString("event_id"));
        r.add(nz(rs.getString("event_date")));
        r.add(nz(rs.getString("source_name")));
        r.add(sectors(rs.getString("source_sectors")));
        r.add(nz(rs.getString("source_country_name")));
        r.add(nz(rs.getString("event_name")));
        r.add(rs.getString("code"));
        r.add(number(rs.getDouble("goldstein")));
        r.add(nz(rs.getString("target_name")));
        r.add(sectors(rs.getString("target_sectors")));
        r.add(nz(rs.getString("target_country_name")));
        r.add(rs.getString("article_key"));
        r.add(String.valueOf(rs.getInt("sentence_index") + 1));
        r.add(nz(rs.getString("outlet")));
        Object lat = rs.getObject("place_lat");
        r.add(lat == null ? "" : nz(rs.getString("place_name"))); // City: a place with coordinates
        r.add("");
        r.add("");
        r.add(nz(rs.getString("place_country_name")));
        r.add(lat == null ? "" : number(rs.getDouble("place_lat")));
        r.add(lat == null ? "" : number(rs.getDouble("place_lon")));
        return r;
    }

    private static String sectors(String piped) {
        return piped == null ? "" : piped.replace('|', ',');
    }

    // ---------------------------------------------------------------- PLOVER and flat rows

    private String plover(ResultSet rs) throws SQLException {
        ObjectNode o = JSON.createObjectNode();
        long id = rs.getLong("event_id");
        o.put("id", String.valueOf(id));
        o.put("date", rs.getString("event_date"));
        o.put("event_type", rs.getString("plover_event"));
        o.put("mode", nz(rs.getString("plover_mode")));
        o.putArray("context");
        o.set("actor", ploverActor(rs.getString("source_code"), rs.getString("source_name"),
                rs.getString("source_country")));
        o.set("recipient", ploverActor(rs.getString("target_code"), rs.getString("target_name"),
                rs.getString("target_country")));
        o.put("cameo_code", rs.getString("code"));
        o.put("status", rs.getString("status"));
        o.put("num_mentions", rs.getInt("num_mentions"));
        o.put("num_sources", rs.getInt("num_sources"));
        o.put("num_articles", rs.getInt("num_articles"));
        var mentions = o.putArray("mentions");
        String mj = rs.getString("mentions_json");
        if (mj != null) {
            try {
                for (com.fasterxml.jackson.databind.JsonNode m : JSON.readTree(mj)) {
                    ObjectNode x = mentions.addObject();
                    for (String f : List.of("article_id", "outlet", "url", "published", "sentence_index", "sentence",
                            "trigger")) {
                        x.set(f, m.get(f));
                    }
                    if (m.path("attribution_text").isNull() && m.path("attribution_kind").isNull()) {
                        x.putNull("attribution");
                    } else {
                        ObjectNode at = x.putObject("attribution");
                        at.set("text", m.get("attribution_text"));
                        at.set("kind", m.get("attribution_kind"));
                    }
                }
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new StoreException("plover export: mentions of event " + id + " are not valid JSON", e);
            }
        }
        return o.toString();
    }

    private static com.fasterxml.jackson.databind.JsonNode ploverActor(String code, String name, String country) {
        if (code == null || code.isEmpty()) {
            return JSON.nullNode();
        }
        ObjectNode a = JSON.createObjectNode();
        a.put("code", code);
        a.put("name", name);
        a.put("country", nz(country));
        return a;
    }

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
                // 63-bit ids do not fit a JSON number that JavaScript reads exactly
                if (c.equals("event_id")) {
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

    private static String compact(String isoDate) {
        return isoDate.substring(0, 10).replace("-", "");
    }

    private static String number(double d) {
        return d == Math.rint(d) && Math.abs(d) < 1e15 ? String.valueOf((long) d) : String.valueOf(d);
    }

    private static String nz(String s) {
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
