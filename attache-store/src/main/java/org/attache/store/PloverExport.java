package org.attache.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.attache.grounding.GazetteerEntry;
import org.attache.util.TsvReader;

/**
 * The PLOVER JSON records (PLOVER manual, "PLOVER JSON" table) and the POLECAT tab-separated
 * layout. Only the manual's categories, modes and contexts are written (plover-vocabulary.tsv):
 * CAMEO's public statements (01) and appeals (02) have no PLOVER category, and the manual drops
 * negated events, so those events are left out (and counted by {@link Exporter#skipped()}).
 */
final class PloverExport {
    /** POLECAT's columns, in order (the header of the POLECAT weekly files). */
    static final List<String> POLECAT_COLUMNS = List.of("Event ID", "Event Date", "Event Type", "Event Mode",
            "Intensity", "Quad Code", "Contexts", "Actor Name", "Actor Country", "Actor COW", "Primary Actor Sector",
            "Actor Sectors", "Actor Title", "Actor Name Raw", "Wikipedia Actor ID", "Recipient Name",
            "Recipient Country", "Recipient COW", "Primary Recipient Sector", "Recipient Sectors", "Recipient Title",
            "Recipient Name Raw", "Wikipedia Recipient ID", "Placename", "City", "District", "Province", "Country",
            "Latitude", "Longitude", "GeoNames ID", "Raw Placename", "Feature Type", "Source", "Publication Date",
            "Story People", "Story Organizations", "Story Locations", "Language", "Version");
    static final List<String> QUADS = List.of("VERBAL COOPERATION", "MATERIAL COOPERATION", "VERBAL CONFLICT",
            "MATERIAL CONFLICT");

    /** The manual's vocabulary: categories with their quad class, modes per category, contexts, renames. */
    record Vocabulary(Map<String, Integer> events, Map<String, Set<String>> modes, Set<String> contexts,
                      Map<String, String> renames) {
        static Vocabulary builtIn() {
            Map<String, Integer> events = new LinkedHashMap<>();
            Map<String, Set<String>> modes = new HashMap<>();
            Set<String> contexts = new LinkedHashSet<>();
            Map<String, String> renames = new HashMap<>();
            for (TsvReader.Row r : TsvReader.readResource("org/attache/store/plover-vocabulary.tsv")) {
                switch (r.get(0)) {
                    case "event" -> events.put(r.get(1), Integer.parseInt(r.get(2)));
                    case "mode" -> modes.put(r.get(1), Set.copyOf(TsvReader.list(r.get(2))));
                    case "context" -> contexts.addAll(TsvReader.list(r.get(2)));
                    case "rename" -> renames.put(r.get(1), r.get(2));
                    default -> throw new IllegalStateException(r.problem("unknown kind '" + r.get(0) + "'").toString());
                }
            }
            return new Vocabulary(Collections.unmodifiableMap(events), Collections.unmodifiableMap(modes),
                    Collections.unmodifiableSet(contexts), Collections.unmodifiableMap(renames));
        }
    }

    /** One event's PLOVER category, modes and contexts. */
    record Coding(String event, List<String> modes, List<String> contexts) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private final Vocabulary vocabulary;
    private final ReferenceTables ref;
    private final GdeltGeo geo;

    PloverExport(Vocabulary vocabulary, ReferenceTables ref, GdeltGeo geo) {
        this.vocabulary = vocabulary;
        this.ref = ref;
        this.geo = geo;
    }

    /**
     * The manual's coding of a CAMEO code's mapped type and mode and the event's status, or null
     * when the event has no place in PLOVER. Demands (10) are DEMAND; appeals (02) and statements
     * (01) are dropped, as the manual's CAMEO table says. A mapped mode that is a context in the
     * manual becomes a context; one in neither table is dropped.
     */
    Coding coding(String cameo, String ploverEvent, String ploverMode, String status) {
        if ("negated".equals(status)) {
            return null;
        }
        String event = ploverEvent;
        if ("REQUEST".equals(event)) {
            event = cameo.startsWith("10") ? "DEMAND" : null;
        }
        if (event == null || !vocabulary.events().containsKey(event)) {
            return null;
        }
        List<String> modes = new ArrayList<>();
        List<String> contexts = new ArrayList<>();
        if (ploverMode != null && !ploverMode.isBlank()) {
            String m = vocabulary.renames().getOrDefault(ploverMode, ploverMode);
            if (vocabulary.modes().getOrDefault(event, Set.of()).contains(m)) {
                modes.add(m);
            } else if (vocabulary.contexts().contains(ploverMode)) {
                contexts.add(ploverMode);
            }
        }
        if ("hypothetical".equals(status)) {
            contexts.add("hypothetical");
        } else if ("intended".equals(status) || "demanded".equals(status)) {
            contexts.add("future");
        }
        return new Coding(event, List.copyOf(modes), List.copyOf(contexts));
    }

    private Coding coding(ResultSet rs) throws SQLException {
        return coding(rs.getString("code"), rs.getString("plover_event"), rs.getString("plover_mode"),
                rs.getString("status"));
    }

    /** A PLOVER JSON record, or null when the event is left out. */
    String json(ResultSet rs) throws SQLException {
        Coding c = coding(rs);
        if (c == null) {
            return null;
        }
        ObjectNode o = JSON.createObjectNode();
        o.put("id", rs.getString("event_id"));
        o.put("date", rs.getString("event_date"));
        ArrayNode source = o.putArray("actor");
        addActor(source, rs, "source");
        ArrayNode recipient = o.putArray("recipient");
        addActor(recipient, rs, "target");
        o.putArray("event").add(c.event());
        c.modes().forEach(o.putArray("mode")::add);
        if (c.modes().isEmpty()) {
            o.putArray("mode");
        }
        ArrayNode ctx = o.putArray("context");
        c.contexts().forEach(ctx::add);
        o.put("quad_code", vocabulary.events().get(c.event()));
        o.put("event_scale", rs.getDouble("goldstein"));
        String place = rs.getString("place_name");
        if (place == null) {
            o.putNull("event_loc");
        } else {
            ObjectNode loc = o.putObject("event_loc");
            loc.put("name", Countries.titleCase(place.toLowerCase(Locale.ROOT)));
            Object lat = rs.getObject("place_lat");
            if (lat != null) {
                loc.put("latitude", rs.getDouble("place_lat"));
                loc.put("longitude", rs.getDouble("place_lon"));
            }
            loc.put("cc3", Exporter.nz(rs.getString("place_country")));
            GazetteerEntry e = geo.entry(place, rs.getString("place_country"));
            loc.put("feature code", featureCode(e == null ? null : e.kind()));
        }
        o.putArray("event_text").add(Exporter.nz(rs.getString("trigger")));
        ObjectNode text = o.putObject("text_info");
        text.put("sequence", rs.getInt("sentence_index") + 1);
        text.put("sentence", Exporter.nz(rs.getString("sentence")));
        ObjectNode cite = o.putObject("cite_info");
        cite.put("citation", rs.getString("article_key"));
        cite.put("url", Exporter.nz(rs.getString("url")));
        cite.put("publication", Exporter.nz(rs.getString("outlet")));
        cite.put("language", "en");
        cite.put("codebook", "CAMEO mapped to PLOVER (Attaché)");
        o.put("coder", "Attaché");
        o.put("coded_date", rs.getString("added") == null ? null : rs.getString("added").substring(0, 10));
        // beyond the manual's fields (the manual invites named extras)
        o.put("cameo_code", rs.getString("code"));
        o.put("status", rs.getString("status"));
        o.put("num_mentions", rs.getInt("num_mentions"));
        o.put("num_sources", rs.getInt("num_sources"));
        o.put("num_articles", rs.getInt("num_articles"));
        o.set("mentions", mentions(rs));
        return o.toString();
    }

    private void addActor(ArrayNode list, ResultSet rs, String side) throws SQLException {
        String code = rs.getString(side + "_code");
        if (code == null || code.isEmpty()) {
            return;
        }
        ObjectNode a = list.addObject();
        String country = ReferenceTables.countryOf(code);
        List<String> parts = ReferenceTables.parts(code);
        a.put("code", !country.isEmpty() ? country : parts.isEmpty() ? code : parts.get(0));
        List<String> rest = !country.isEmpty() || parts.isEmpty() ? parts : parts.subList(1, parts.size());
        a.put("sector", String.join("", rest.subList(0, Math.min(2, rest.size()))));
        a.put("actor_code", code);
        a.put("actor_text", Exporter.nz(rs.getString(side + "_text")));
        a.put("identifier_text", Exporter.nz(rs.getString(side + "_name")));
    }

    private static JsonNode mentions(ResultSet rs) throws SQLException {
        ArrayNode out = JSON.createArrayNode();
        String mj = rs.getString("mentions_json");
        if (mj == null) {
            return out;
        }
        try {
            for (JsonNode m : JSON.readTree(mj)) {
                ObjectNode x = out.addObject();
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
            throw new StoreException("plover export: mentions of event " + rs.getString("event_id") + " are not valid JSON", e);
        }
        return out;
    }

    /** A POLECAT row, or null when the event is left out. */
    List<String> polecat(ResultSet rs) throws SQLException {
        Coding c = coding(rs);
        if (c == null) {
            return null;
        }
        List<String> r = new ArrayList<>(POLECAT_COLUMNS.size());
        r.add(rs.getString("event_id"));
        r.add(Exporter.nz(rs.getString("event_date")));
        r.add(c.event());
        r.add(String.join(";", c.modes()));
        r.add(Exporter.number(rs.getDouble("goldstein")));
        r.add(QUADS.get(vocabulary.events().get(c.event()) - 1));
        r.add(String.join(";", c.contexts()));
        polecatActor(r, rs, "source");
        polecatActor(r, rs, "target");
        String place = rs.getString("place_name");
        String pc = rs.getString("place_country");
        GazetteerEntry e = place == null ? null : geo.entry(place, pc);
        String kind = e == null ? (place == null ? "" : "city") : e.kind();
        String proper = place == null ? "" : Countries.titleCase(place.toLowerCase(Locale.ROOT));
        r.add(proper);
        r.add(kind.equals("city") || kind.equals("capital") ? proper : "");
        r.add("");
        r.add(kind.equals("admin1") ? proper
                : e != null && e.admin1() != null && !e.admin1().equals("-") ? Countries.titleCase(e.admin1()) : "");
        r.add(place == null ? "" : Exporter.nz(pc));
        Object lat = rs.getObject("place_lat");
        r.add(lat == null ? "" : Exporter.number(rs.getDouble("place_lat")));
        r.add(lat == null ? "" : Exporter.number(rs.getDouble("place_lon")));
        r.add("");
        r.add(Exporter.nz(place));
        r.add(place == null ? "" : featureCode(kind));
        r.add(Exporter.nz(rs.getString("outlet")));
        r.add(Exporter.nz(rs.getString("published")));
        r.add("");
        r.add("");
        r.add("");
        r.add("en");
        r.add("attache-0.1");
        return r;
    }

    private void polecatActor(List<String> r, ResultSet rs, String side) throws SQLException {
        String code = Exporter.nz(rs.getString(side + "_code"));
        String name = Exporter.nz(rs.getString(side + "_name"));
        String sectors = ref.icewsSectors(code);
        r.add(code.isEmpty() ? "" : ref.icewsName(code, name));
        r.add(Exporter.nz(rs.getString(side + "_country")));
        r.add(""); // COW code: not in the dictionary
        r.add(sectors.isEmpty() ? "" : sectors.split(",")[0]);
        r.add(sectors.replace(',', ';'));
        r.add("");
        r.add(Exporter.nz(rs.getString(side + "_text")));
        r.add("");
    }

    /** GeoNames feature codes of the gazetteer's kinds of place. */
    private static String featureCode(String kind) {
        if (kind == null) {
            return "";
        }
        return switch (kind) {
            case "country" -> "PCLI";
            case "capital" -> "PPLC";
            case "admin1" -> "ADM1";
            default -> "PPL";
        };
    }
}
