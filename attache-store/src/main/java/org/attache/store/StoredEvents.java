package org.attache.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.attache.model.Actor;
import org.attache.model.ActorCode;
import org.attache.model.Attribution;
import org.attache.model.Event;
import org.attache.model.Place;
import org.attache.model.Span;
import org.attache.model.Status;
import org.attache.ontology.CameoOntology;

/** Reads stored mentions back as Event records, in article order then the coder's order (for scoring and checks). */
public final class StoredEvents {
    private StoredEvents() {
    }

    /** The mentions of the given articles (all articles when empty). */
    public static List<Event> mentions(EventStore store, CameoOntology ontology, List<String> articleKeys) {
        String sql = "SELECT m.*, s.text AS sentence_text, sa.country AS sc, ta.country AS tc FROM mentions m "
                + "LEFT JOIN sentences s ON s.article_key = m.article_key AND s.sentence_index = m.sentence_index "
                + "LEFT JOIN actors sa ON sa.code = m.source_code LEFT JOIN actors ta ON ta.code = m.target_code "
                + (articleKeys.isEmpty() ? "" : "WHERE list_contains(?, m.article_key) ")
                + "ORDER BY m.article_key, m.mention_index";
        List<Event> out = new ArrayList<>();
        try (PreparedStatement ps = store.connection().prepareStatement(sql)) {
            if (!articleKeys.isEmpty()) {
                ps.setArray(1, store.connection().createArrayOf("VARCHAR", articleKeys.toArray()));
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(event(rs, ontology));
                }
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read mentions: " + EventStore.firstLine(e.getMessage()), e);
        }
        return out;
    }

    private static Event event(ResultSet rs, CameoOntology ontology) throws SQLException {
        Actor src = actor(rs, "source", rs.getString("sc"));
        Actor tgt = rs.getString("target_code").isEmpty() ? null : actor(rs, "target", rs.getString("tc"));
        java.sql.Date d = rs.getDate("event_date");
        String at = rs.getString("attribution_text");
        String ak = rs.getString("attribution_kind");
        String pn = rs.getString("place_name");
        Place place = pn == null ? null : new Place(pn, rs.getString("place_country"),
                (Double) rs.getObject("place_lat"), (Double) rs.getObject("place_lon"), rs.getString("place_basis"));
        String issues = rs.getString("issues");
        return new Event(rs.getString("article_key"), rs.getInt("sentence_index"), rs.getString("sentence_text"), src,
                tgt, ontology.get(rs.getString("code")), new Span(rs.getString("trigger_text"),
                rs.getInt("trigger_start"), rs.getInt("trigger_end")), d == null ? null : d.toLocalDate(),
                rs.getString("date_basis"), Status.parse(rs.getString("status")),
                at == null && ak == null ? null : new Attribution(at, ak), place,
                issues.isEmpty() ? List.of() : Arrays.asList(issues.split("\\|")));
    }

    private static Actor actor(ResultSet rs, String side, String country) throws SQLException {
        String code = rs.getString(side + "_code");
        ActorCode parsed = ActorCode.parse(code);
        ActorCode ac = country == null ? parsed : new ActorCode(code, country, parsed.sectors());
        String text = rs.getString(side + "_text");
        Span span = text == null ? null : new Span(text, rs.getInt(side + "_start"), rs.getInt(side + "_end"));
        return new Actor(ac, span, rs.getString(side + "_basis"), rs.getBoolean(side + "_inferred"));
    }
}
