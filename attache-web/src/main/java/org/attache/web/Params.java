package org.attache.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.attache.model.Status;
import org.attache.store.EventFilter;

/**
 * Query parameters of the API, checked: each bad value is a 400 naming its parameter; an
 * unknown parameter is an error too (a misspelt filter would otherwise return everything).
 */
final class Params {
    /** The filters of {@code attache query}, under the same names (attribution_kind for --attribution-kind). */
    static final List<String> FILTERS = List.of("from", "to", "actor", "country", "code", "root", "quad", "status",
            "attribution_kind", "outlet", "text");
    static final int MAX_LIMIT = 500;

    private final Map<String, List<String>> raw;

    Params(Map<String, List<String>> raw, Set<String> allowed) {
        this.raw = raw;
        for (Map.Entry<String, List<String>> e : raw.entrySet()) {
            if (!allowed.contains(e.getKey())) {
                throw ApiException.badRequest(e.getKey(), "unknown parameter '" + e.getKey() + "'; this endpoint takes "
                        + String.join(", ", allowed.stream().sorted().toList()));
            }
            if (e.getValue().size() > 1) {
                throw ApiException.badRequest(e.getKey(), "parameter '" + e.getKey() + "' given " + e.getValue().size()
                        + " times; give it once");
            }
        }
    }

    /** The value, trimmed, or null when absent or blank. */
    String get(String name) {
        List<String> v = raw.get(name);
        if (v == null || v.isEmpty() || v.get(0).isBlank()) {
            return null;
        }
        String s = v.get(0).trim();
        if (s.length() > 200) {
            throw ApiException.badRequest(name, name + " is longer than 200 characters");
        }
        return s;
    }

    int integer(String name, int dflt, int min, int max) {
        String s = get(name);
        if (s == null) {
            return dflt;
        }
        try {
            int v = Integer.parseInt(s);
            if (v < min || v > max) {
                throw ApiException.badRequest(name, name + " must be between " + min + " and " + max + ", got " + v);
            }
            return v;
        } catch (NumberFormatException e) {
            throw ApiException.badRequest(name, name + " must be a whole number, got '" + s + "'");
        }
    }

    EventFilter filter() {
        String quadText = get("quad");
        Integer quad = null;
        if (quadText != null) {
            if (!quadText.matches("[1-4]")) {
                throw ApiException.badRequest("quad", "quad must be 1, 2, 3 or 4, got '" + quadText + "'");
            }
            quad = Integer.parseInt(quadText);
        }
        String root = get("root");
        if (root != null && !root.matches("0?[1-9]|1[0-9]|20")) {
            throw ApiException.badRequest("root", "root must be 1..20 (or 01..20), got '" + root + "'");
        }
        String code = get("code");
        if (code != null && !code.matches("[0-9]{2,4}")) {
            throw ApiException.badRequest("code", "code must be 2 to 4 digits (leading zeros matter: 01, 0211), got '"
                    + code + "'");
        }
        String status = get("status");
        if (status != null) {
            try {
                status = Status.parse(status).label();
            } catch (IllegalArgumentException e) {
                throw ApiException.badRequest("status", "status must be asserted, negated, hypothetical, intended or "
                        + "demanded, got '" + status + "'");
            }
        }
        String actor = get("actor");
        if (actor != null && !actor.matches("[A-Za-z0-9]{1,30}")) {
            throw ApiException.badRequest("actor", "actor must be an actor code or prefix (letters and digits), got '"
                    + actor + "'");
        }
        String country = get("country");
        if (country != null && !country.matches("[A-Za-z]{3}")) {
            throw ApiException.badRequest("country", "country must be an ISO alpha-3 code such as PAK, got '"
                    + country + "'");
        }
        LocalDate from = date("from");
        LocalDate to = date("to");
        if (from != null && to != null && from.isAfter(to)) {
            throw ApiException.badRequest("to", "to (" + to + ") is before from (" + from + ")");
        }
        return new EventFilter(from, to, actor, country == null ? null : country.toUpperCase(Locale.ROOT), code, root,
                quad, status, get("attribution_kind"), get("outlet"), get("text"));
    }

    private LocalDate date(String name) {
        String s = get(name);
        if (s == null) {
            return null;
        }
        try {
            return LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            throw ApiException.badRequest(name, name + " must be a date YYYY-MM-DD, got '" + s + "'");
        }
    }

    /** Sorting of the event list: a column and a direction ({@code -date}: newest first). */
    record Sort(String column, boolean descending) {
        static final Map<String, String> COLUMNS = Map.of("date", "e.event_date", "id", "e.event_id", "code", "e.code",
                "goldstein", "e.goldstein", "mentions", "e.num_mentions", "sources", "e.num_sources", "source",
                "e.source_code", "target", "e.target_code", "quad", "e.quad_class", "status", "e.status");

        String sql() {
            String col = COLUMNS.get(column);
            return col + (descending ? " DESC" : " ASC") + " NULLS LAST, e.event_id" + (descending ? " DESC" : "");
        }

        String label() {
            return (descending ? "-" : "") + column;
        }
    }

    Sort sort(String dflt) {
        String s = get("sort");
        if (s == null) {
            s = dflt;
        }
        boolean desc = s.startsWith("-");
        String col = desc ? s.substring(1) : s;
        if (!Sort.COLUMNS.containsKey(col)) {
            throw ApiException.badRequest("sort", "sort must be one of " + String.join(", ",
                    Sort.COLUMNS.keySet().stream().sorted().toList()) + " (prefix - for descending), got '" + s + "'");
        }
        return new Sort(col, desc);
    }
}
