package org.attache.io;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.attache.model.Actor;
import org.attache.model.Attribution;
import org.attache.model.Event;
import org.attache.model.SourcingProfile;
import org.attache.model.Span;
import org.attache.ontology.CameoOntology;
import org.attache.ontology.PloverMapping;

/**
 * The event record as JSON (one object a line with {@code --format jsonl}). Field names are a
 * public contract: later versions add fields, never rename them.
 */
public final class EventJson {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final CameoOntology ontology;

    public EventJson(CameoOntology ontology) {
        this.ontology = ontology;
    }

    public ObjectNode toJson(Event e) {
        ObjectNode o = JSON.createObjectNode();
        o.put("article_id", e.articleId());
        o.put("sentence_index", e.sentenceIndex());
        o.put("sentence", e.sentence());
        o.set("source", actor(e.source()));
        o.set("target", e.target() == null ? JSON.nullNode() : actor(e.target()));
        o.put("code", e.code());
        o.put("event_name", e.type().name());
        o.put("root", e.root());
        o.put("quad_class", e.type().quadClass());
        o.put("goldstein", e.type().goldstein());
        PloverMapping pm = ontology.plover(e.code()).orElse(null);
        if (pm != null) {
            ObjectNode p = o.putObject("plover");
            p.put("event", pm.event());
            p.put("mode", pm.mode());
        }
        ObjectNode trig = o.putObject("trigger");
        trig.put("text", e.trigger().text());
        trig.put("start", e.trigger().start());
        trig.put("end", e.trigger().end());
        o.put("date", e.date() == null ? null : e.date().toString());
        o.put("date_basis", e.dateBasis());
        o.put("status", e.status().label());
        o.put("embedded_code", e.embeddedCode());
        if (e.place() == null) {
            o.putNull("place");
        } else {
            ObjectNode pl = o.putObject("place");
            pl.put("name", e.place().name());
            pl.put("country", e.place().country());
            if (e.place().lat() != null) {
                pl.put("lat", e.place().lat());
                pl.put("lon", e.place().lon());
            } else {
                pl.putNull("lat");
                pl.putNull("lon");
            }
            pl.put("basis", e.place().basis());
        }
        ArrayNode issues = o.putArray("issues");
        e.issues().forEach(issues::add);
        if (e.attribution() == null) {
            o.putNull("attribution");
        } else {
            o.set("attribution", attribution(e.attribution()));
        }
        return o;
    }

    /** An attribution: {"text","kind","cue","actor","channel","mode","name","role","source","cue_span","content"}. */
    public static ObjectNode attribution(Attribution at) {
        ObjectNode a = JSON.createObjectNode();
        a.put("text", at.text());
        a.put("kind", at.kind());
        a.put("cue", at.cue());
        a.put("actor", at.actor());
        a.put("channel", at.channel());
        a.put("mode", at.mode());
        a.put("name", at.name());
        a.put("role", at.role());
        a.set("source", span(at.source()));
        a.set("cue_span", span(at.cueSpan()));
        ArrayNode content = a.putArray("content");
        at.content().forEach(c -> content.add(span(c)));
        return a;
    }

    /** One attribution of an article on its own: {"article_id", "attribution": {...}} (the object events carry). */
    public static String attributionLine(String articleId, Attribution at) {
        ObjectNode o = JSON.createObjectNode();
        o.put("article_id", articleId);
        o.set("attribution", attribution(at));
        return o.toString();
    }

    /** The article's sourcing line: {"article_id", "sourcing": {...}}. */
    public static ObjectNode sourcing(SourcingProfile p) {
        ObjectNode o = JSON.createObjectNode();
        o.put("article_id", p.articleId());
        ObjectNode s = o.putObject("sourcing");
        s.put("attributions", p.attributions());
        ObjectNode byKind = s.putObject("attributions_by_kind");
        p.attributionsByKind().forEach(byKind::put);
        s.put("events", p.events());
        ObjectNode eventsByKind = s.putObject("events_by_kind");
        p.eventsByKind().forEach(eventsByKind::put);
        s.put("share_anonymous", p.shareAnonymous());
        s.put("share_on_record", p.shareOnRecord());
        s.put("share_other", p.shareOther());
        s.put("share_unattributed", p.shareUnattributed());
        return o;
    }

    public static String sourcingLine(SourcingProfile p) {
        return sourcing(p).toString();
    }

    private static com.fasterxml.jackson.databind.JsonNode span(Span sp) {
        if (sp == null) {
            return JSON.nullNode();
        }
        ObjectNode o = JSON.createObjectNode();
        o.put("text", sp.text());
        o.put("start", sp.start());
        o.put("end", sp.end());
        return o;
    }

    public String line(Event e) {
        return toJson(e).toString();
    }

    private static ObjectNode actor(Actor a) {
        ObjectNode o = JSON.createObjectNode();
        o.put("code", a.code().code());
        o.put("country", a.code().country());
        ArrayNode sectors = o.putArray("sectors");
        a.code().sectors().forEach(sectors::add);
        o.put("text", a.span().text());
        o.put("start", a.span().start());
        o.put("end", a.span().end());
        o.put("basis", a.basis());
        if (a.inferred()) {
            o.put("inferred", true);
        }
        return o;
    }
}
