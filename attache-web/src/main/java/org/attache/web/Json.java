package org.attache.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.Set;

/**
 * JSON for the API: one mapper, and result rows as objects keyed by column label. Identifiers
 * that are 64-bit integers ({@code event_id}) are written as strings: a JavaScript number holds
 * only 53 bits, so a browser would silently round them.
 */
final class Json {
    static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Set<String> ID_COLUMNS = Set.of("event_id");

    private Json() {
    }

    static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    static ArrayNode array() {
        return MAPPER.createArrayNode();
    }

    static String write(JsonNode node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every remaining row of {@code rs} as an object. */
    static ArrayNode rows(ResultSet rs) throws SQLException {
        ArrayNode out = array();
        ResultSetMetaData md = rs.getMetaData();
        while (rs.next()) {
            out.add(row(rs, md));
        }
        return out;
    }

    /** The current row as an object keyed by column label. */
    static ObjectNode row(ResultSet rs, ResultSetMetaData md) throws SQLException {
        ObjectNode o = object();
        for (int c = 1; c <= md.getColumnCount(); c++) {
            put(o, md.getColumnLabel(c), rs.getObject(c));
        }
        return o;
    }

    static void put(ObjectNode o, String key, Object v) {
        if (v == null) {
            o.putNull(key);
        } else if (ID_COLUMNS.contains(key)) {
            o.put(key, v.toString());
        } else if (v instanceof Integer i) {
            o.put(key, i);
        } else if (v instanceof Long l) {
            o.put(key, l);
        } else if (v instanceof Short s) {
            o.put(key, s.intValue());
        } else if (v instanceof BigInteger b) {
            o.put(key, b.longValue());
        } else if (v instanceof Double d) {
            o.put(key, d.isNaN() || d.isInfinite() ? null : d);
        } else if (v instanceof Float f) {
            o.put(key, f.doubleValue());
        } else if (v instanceof BigDecimal b) {
            o.put(key, b.doubleValue());
        } else if (v instanceof Boolean b) {
            o.put(key, b);
        } else {
            // dates, timestamps, strings: their ISO text
            o.put(key, v.toString());
        }
    }
}
