package org.attache.store;

import java.io.PrintWriter;
import java.net.URI;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.attache.grounding.Gazetteer;

/**
 * The GDELT 2.0 event and mentions tables (codebook column tables: docs/export-formats.md).
 * Rows are built from {@link FlatEvents}; immutable once built.
 */
final class GdeltExport {
    /** The GDELT 2.0 event table's 61 columns, in order. */
    static final List<String> COLUMNS = columns();
    static final List<String> MENTION_COLUMNS = List.of("GLOBALEVENTID", "EventTimeDate", "MentionTimeDate",
            "MentionType", "MentionSourceName", "MentionIdentifier", "SentenceID", "Actor1CharOffset",
            "Actor2CharOffset", "ActionCharOffset", "InRawText", "Confidence", "MentionDocLen", "MentionDocTone",
            "MentionDocTranslationInfo", "Extras");

    /** CAMEO sector (type) codes; any other 3-letter part of an actor code is a known group (UNO, SHB…) or a region. */
    static final java.util.Set<String> SECTORS = java.util.Set.of("GOV", "MIL", "COP", "REB", "OPP", "PTY", "JUD",
            "SPY", "MED", "BUS", "CVL", "REF", "LEG", "ELI", "HLH", "EDU", "LAB", "AGR", "ENV", "CRM", "NGO", "IGO",
            "UAF", "INS", "SEP", "REL", "HRI", "MOD", "RAD", "IMG", "MNC", "NGM", "UIS");

    private final ReferenceTables ref;
    private final GdeltGeo geo;

    GdeltExport(ReferenceTables ref, Gazetteer gazetteer, FipsCodes fips) {
        this.ref = ref;
        this.geo = new GdeltGeo(gazetteer, fips, ref);
    }

    GdeltGeo geo() {
        return geo;
    }

    private static List<String> columns() {
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
            for (String f : GdeltGeo.FIELDS) {
                c.add(g + f);
            }
        }
        c.add("DATEADDED");
        c.add("SOURCEURL");
        return List.copyOf(c);
    }

    /**
     * GDELT's FractionDate as its files carry it: the year plus ((month - 1) * 30 + day) / 365, four
     * decimals (2015-02-18 gives 2015.1315; the codebook writes MONTH * 30 + DAY, counting months from 0).
     */
    static String fractionDate(LocalDate d) {
        return String.format(Locale.ROOT, "%.4f", d.getYear() + ((d.getMonthValue() - 1) * 30 + d.getDayOfMonth()) / 365.0);
    }

    /** A stored timestamp ("2024-03-12 08:30:15") as GDELT's YYYYMMDDHHMMSS. */
    static String timestamp(String stored) {
        if (stored == null || stored.isEmpty()) {
            return "";
        }
        String digits = stored.replaceAll("[^0-9]", "");
        return (digits + "00000000000000").substring(0, 14);
    }

    List<String> row(ResultSet rs) throws SQLException {
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
            r.add(fractionDate(d));
        }
        actor(r, rs.getString("source_code"), rs.getString("source_name"), rs.getString("source_country"));
        actor(r, rs.getString("target_code"), rs.getString("target_name"), rs.getString("target_country"));
        r.add(rs.getInt("sentence_index") == 0 ? "1" : "0");
        String code = rs.getString("code");
        r.add(code);
        r.add(code.length() > 3 ? code.substring(0, 3) : code);
        r.add(rs.getString("root"));
        r.add(rs.getString("quad_class"));
        r.add(Exporter.number(rs.getDouble("goldstein")));
        r.add(rs.getString("num_mentions"));
        r.add(rs.getString("num_sources"));
        r.add(rs.getString("num_articles"));
        r.add(""); // AvgTone: no tone model
        r.addAll(geo.country(rs.getString("source_country")));
        r.addAll(geo.country(rs.getString("target_country")));
        r.addAll(geo.place(rs.getString("place_name"), rs.getString("place_country"),
                (Double) rs.getObject("place_lat"), (Double) rs.getObject("place_lon")));
        r.add(timestamp(rs.getString("added")));
        r.add(Exporter.nz(rs.getString("url")));
        return r;
    }

    private void actor(List<String> r, String code, String name, String country) {
        if (code == null || code.isEmpty()) {
            for (int i = 0; i < 10; i++) {
                r.add("");
            }
            return;
        }
        List<String> types = new ArrayList<>();
        String group = "";
        String c = Exporter.nz(country);
        for (int i = code.startsWith(c) ? c.length() : 0; i + 3 <= code.length(); i += 3) {
            String part = code.substring(i, i + 3);
            if (SECTORS.contains(part)) {
                types.add(part);
            } else if (group.isEmpty() && !ref.isRegion(part)) {
                group = part; // the group's own code (NAT in IGOWSTNAT), never a region (WST)
            }
        }
        r.add(code);
        r.add(Exporter.nz(name));
        r.add(c);
        r.add(group);
        r.add("");
        r.add("");
        r.add("");
        for (int i = 0; i < 3; i++) {
            r.add(i < types.size() ? types.get(i) : "");
        }
    }

    /** The mentions table: one row per mention of the selected events. */
    long mentions(EventStore store, EventFilter filter, long limit, PrintWriter out) throws SQLException {
        EventFilter.Sql f = filter.toSql();
        String sql = "WITH sel AS (SELECT e.* FROM events e WHERE " + f.where() + " ORDER BY e.event_date, e.event_id"
                + (limit > 0 ? " LIMIT " + limit : "") + ")\n"
                + "SELECT e.event_id, CAST(e.added AS VARCHAR) AS event_added, CAST(a.added AS VARCHAR) AS article_added, "
                + "a.outlet, a.url, a.article_key, m.sentence_index, m.source_start, m.target_start, m.trigger_start, "
                + "m.source_inferred, m.target_inferred, m.status, m.place_basis, length(a.body) AS doc_len\n"
                + "FROM sel e JOIN mentions m ON m.event_id = e.event_id JOIN articles a ON a.article_key = m.article_key\n"
                + "ORDER BY e.event_date, e.event_id, a.added, a.published, a.article_key, m.sentence_index, m.trigger_start";
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
                    r.add(timestamp(rs.getString("event_added")));
                    r.add(timestamp(rs.getString("article_added")));
                    String url = Exporter.nz(rs.getString("url"));
                    String domain = domain(url);
                    // 1 WEB: the identifier is a URL; 2 CITATIONONLY: a textual citation (here the article key)
                    r.add(domain.isEmpty() ? "2" : "1");
                    r.add(domain.isEmpty() ? Exporter.nz(rs.getString("outlet")) : domain);
                    r.add(domain.isEmpty() ? rs.getString("article_key") : url);
                    r.add(String.valueOf(rs.getInt("sentence_index") + 1));
                    r.add(offset(rs, "source_start"));
                    r.add(offset(rs, "target_start"));
                    r.add(offset(rs, "trigger_start"));
                    r.add(rs.getBoolean("source_inferred") || rs.getBoolean("target_inferred") ? "0" : "1");
                    r.add("asserted".equals(rs.getString("status")) ? "100" : "50");
                    r.add(rs.getString("doc_len"));
                    r.add("");
                    r.add("");
                    String basis = rs.getString("place_basis");
                    r.add(basis == null ? "" : "<PLACE_BASIS>" + basis + "</PLACE_BASIS>");
                    out.println(Exporter.tsv(r));
                }
            }
        }
        out.flush();
        return n;
    }

    /** The host of a web URL without "www." ("https://www.dawn.com/news/1" -> "dawn.com"); "" when none. */
    static String domain(String url) {
        if (url == null || url.isBlank()) {
            return "";
        }
        try {
            URI u = new URI(url.trim());
            String scheme = u.getScheme();
            String host = u.getHost();
            if (host == null || scheme == null || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))) {
                return "";
            }
            host = host.toLowerCase(Locale.ROOT);
            return host.startsWith("www.") ? host.substring(4) : host;
        } catch (java.net.URISyntaxException e) {
            return "";
        }
    }

    private static String offset(ResultSet rs, String col) throws SQLException {
        Object v = rs.getObject(col);
        return v == null ? "-1" : v.toString();
    }

    private static String compact(String isoDate) {
        return isoDate.substring(0, 10).replace("-", "");
    }
}
