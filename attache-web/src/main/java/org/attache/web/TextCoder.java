package org.attache.web;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Semaphore;
import org.attache.io.EventJson;
import org.attache.model.Article;
import org.attache.model.Attribution;
import org.attache.model.Document;
import org.attache.model.Event;
import org.attache.model.Sentence;
import org.attache.nlp.NlpEngine;
import org.attache.nlp.NlpEngineFactory;
import org.attache.pipeline.Pipeline;

/**
 * Codes one text for {@code POST /api/code} without storing it: events (as {@code attache code}
 * prints them), attributions, the sourcing profile and the spans the reader highlights. NLP
 * engines are not thread-safe, so at most {@code size} texts are coded at once, each with an
 * engine taken from a small pool (made on first use: loading CoreNLP takes seconds).
 */
final class TextCoder {
    private final Pipeline pipeline;
    private final NlpEngineFactory engines;
    private final EventJson eventJson;
    private final Semaphore permits;
    private final BlockingQueue<NlpEngine> idle;

    TextCoder(Pipeline pipeline, NlpEngineFactory engines, int size) {
        this.pipeline = pipeline;
        this.engines = engines;
        this.eventJson = new EventJson(pipeline.ontology());
        this.permits = new Semaphore(size);
        this.idle = new ArrayBlockingQueue<>(size);
    }

    ObjectNode code(Article article) {
        permits.acquireUninterruptibly();
        NlpEngine engine = idle.poll();
        try {
            if (engine == null) {
                engine = engines.create();
            }
            Document doc = engine.annotate(article);
            Pipeline.CodedArticle coded = pipeline.codeArticle(doc);
            return json(doc, coded, pipeline.attributions(doc));
        } finally {
            if (engine != null) {
                idle.offer(engine);
            }
            permits.release();
        }
    }

    private ObjectNode json(Document doc, Pipeline.CodedArticle coded, java.util.List<Attribution> attributions) {
        Article a = doc.article();
        ObjectNode out = Json.object();
        ObjectNode art = out.putObject("article");
        art.put("id", a.id());
        art.put("date", a.date() == null ? null : a.date().toString());
        art.put("outlet", a.source());
        art.put("title", a.title());
        art.put("text", a.text());
        ArrayNode sentences = out.putArray("sentences");
        for (Sentence s : doc.sentences()) {
            ObjectNode o = sentences.addObject();
            o.put("index", s.index());
            o.put("begin", s.begin());
            o.put("end", s.end());
        }
        ArrayNode events = out.putArray("events");
        ArrayNode mentions = Json.array();
        int i = 0;
        for (Event e : coded.events()) {
            events.add(eventJson.toJson(e));
            mentions.add(mention(doc, e, i++));
        }
        ArrayNode atts = out.putArray("attributions");
        attributions.forEach(at -> atts.add(EventJson.attribution(at)));
        out.set("sourcing", EventJson.sourcing(coded.sourcing()).get("sourcing"));
        ArrayNode spans = StoreReader.spans(a.text(), mentions);
        // the attribution finder knows where each source and cue is: mark those too
        for (Attribution at : attributions) {
            for (var sp : java.util.Arrays.asList(at.source(), at.cueSpan())) {
                if (sp != null && sp.end() <= a.text().length()) {
                    ObjectNode o = spans.addObject();
                    o.put("start", sp.start());
                    o.put("end", sp.end());
                    o.put("kind", "attribution");
                    o.put("label", sp == at.source() ? at.kind() : "cue: " + at.cue());
                    o.put("text", a.text().substring(sp.start(), sp.end()));
                }
            }
        }
        out.set("spans", spans);
        return out;
    }

    /** An event in the shape of a stored mention row, for the shared span builder. */
    private static ObjectNode mention(Document doc, Event e, int index) {
        ObjectNode m = Json.object();
        m.put("event_id", String.valueOf(index));
        for (var side : new Object[][] {{"source", e.source()}, {"target", e.target()}}) {
            org.attache.model.Actor actor = (org.attache.model.Actor) side[1];
            String k = (String) side[0];
            if (actor != null && actor.span() != null) {
                m.put(k + "_code", actor.code().code());
                m.put(k + "_start", actor.span().start());
                m.put(k + "_end", actor.span().end());
            } else {
                m.putNull(k + "_start");
            }
        }
        m.put("code", e.code());
        m.put("event_name", e.type().name());
        m.put("trigger_start", e.trigger().start());
        m.put("trigger_end", e.trigger().end());
        m.putNull("attribution_text");
        for (Sentence s : doc.sentences()) {
            if (s.index() == e.sentenceIndex()) {
                m.put("sentence", s.text());
                m.put("sentence_begin", s.begin());
            }
        }
        return m;
    }
}
