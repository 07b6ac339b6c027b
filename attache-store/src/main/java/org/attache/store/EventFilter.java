package org.attache.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Which events to query or export; every field is optional (null or blank: no condition).
 * Event-level conditions test the deduplicated event; mention-level ones (attribution kind,
 * outlet, text) keep an event when at least one of its mentions matches.
 *
 * @param actor  an actor code or prefix, as source or target ({@code PAK} matches {@code PAKGOV})
 * @param country ISO alpha-3 of the source's or target's country
 * @param code   a CAMEO code or prefix ({@code 12} matches {@code 1212})
 * @param root   a CAMEO root, {@code 1}..{@code 20} or {@code 01}..{@code 20}
 * @param text   a case-insensitive substring of a mention's sentence
 */
public record EventFilter(LocalDate from, LocalDate to, String actor, String country, String code, String root,
                          Integer quad, String status, String attributionKind, String outlet, String text,
                          java.time.LocalDateTime addedSince) {

    /** Without a condition on when events were stored. */
    public EventFilter(LocalDate from, LocalDate to, String actor, String country, String code, String root,
                       Integer quad, String status, String attributionKind, String outlet, String text) {
        this(from, to, actor, country, code, root, quad, status, attributionKind, outlet, text, null);
    }

    public static EventFilter all() {
        return new EventFilter(null, null, null, null, null, null, null, null, null, null, null);
    }

    /** The same filter, keeping only events first stored at or after {@code since} (UTC). */
    public EventFilter withAddedSince(java.time.LocalDateTime since) {
        return new EventFilter(from, to, actor, country, code, root, quad, status, attributionKind, outlet, text, since);
    }

    /** A WHERE condition over {@code events e} with its parameters. */
    public record Sql(String where, List<Object> params) {
    }

    public Sql toSql() {
        List<String> c = new ArrayList<>();
        List<Object> p = new ArrayList<>();
        if (from != null) {
            c.add("e.event_date >= ?");
            p.add(java.sql.Date.valueOf(from));
        }
        if (to != null) {
            c.add("e.event_date <= ?");
            p.add(java.sql.Date.valueOf(to));
        }
        if (given(actor)) {
            c.add("(starts_with(e.source_code, ?) OR starts_with(e.target_code, ?))");
            p.add(actor.trim().toUpperCase(Locale.ROOT));
            p.add(actor.trim().toUpperCase(Locale.ROOT));
        }
        if (given(country)) {
            c.add("(e.source_code IN (SELECT code FROM actors WHERE country = ?) "
                    + "OR e.target_code IN (SELECT code FROM actors WHERE country = ?))");
            p.add(country.trim().toUpperCase(Locale.ROOT));
            p.add(country.trim().toUpperCase(Locale.ROOT));
        }
        if (given(code)) {
            c.add("starts_with(e.code, ?)");
            p.add(code.trim());
        }
        if (given(root)) {
            String r = root.trim();
            c.add("e.root = ?");
            p.add(r.length() == 1 ? "0" + r : r);
        }
        if (quad != null) {
            c.add("e.quad_class = ?");
            p.add(quad);
        }
        if (given(status)) {
            c.add("e.status = ?");
            p.add(status.trim().toLowerCase(Locale.ROOT));
        }
        if (given(attributionKind)) {
            c.add("EXISTS (SELECT 1 FROM mentions m WHERE m.event_id = e.event_id AND m.attribution_kind = ?)");
            p.add(attributionKind.trim());
        }
        if (given(outlet)) {
            c.add("EXISTS (SELECT 1 FROM mentions m JOIN articles a ON a.article_key = m.article_key "
                    + "WHERE m.event_id = e.event_id AND a.outlet ILIKE ?)");
            p.add(outlet.trim());
        }
        if (given(text)) {
            // Sentences first (the selective part), then their mentions' events.
            c.add("e.event_id IN (SELECT m.event_id FROM sentences s JOIN mentions m ON m.article_key = s.article_key "
                    + "AND m.sentence_index = s.sentence_index WHERE s.text ILIKE ? ESCAPE '\\')");
            p.add("%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        if (addedSince != null) {
            c.add("e.added >= ?");
            p.add(java.sql.Timestamp.valueOf(addedSince));
        }
        return new Sql(c.isEmpty() ? "TRUE" : String.join(" AND ", c), p);
    }

    private static boolean given(String s) {
        return s != null && !s.isBlank();
    }
}
