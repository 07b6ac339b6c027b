package org.attache.spark;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.attache.io.EventJson;
import org.attache.model.Actor;
import org.attache.model.Article;
import org.attache.model.Attribution;
import org.attache.model.Event;
import org.attache.model.Sentence;
import org.attache.model.SourcingProfile;
import org.attache.model.Span;
import org.attache.ontology.CameoOntology;
import org.attache.ontology.PloverMapping;

/** Project records to Spark rows of the {@link Tables} schemas (and back for articles). */
final class Rows {
    private Rows() {
    }

    static Row articleIn(Article a, String file) {
        return RowFactory.create(a.id(), date(a.date()), a.source(), a.url(), a.title(), a.text(), file, null, null);
    }

    static Row problemIn(String file, int line, String problem) {
        return RowFactory.create(null, null, null, null, null, null, file, line > 0 ? line : null, problem);
    }

    static Article article(Row r) {
        Date d = r.getAs("published");
        return new Article(r.getAs("article_id"), d == null ? null : d.toLocalDate(), r.getAs("outlet"), r.getAs("url"),
                r.getAs("title"), r.getAs("text"));
    }

    static Row coded(Row in, List<Sentence> sentences, List<Event> events, SourcingProfile sourcing,
                     CameoOntology ontology) {
        Article a = article(in);
        List<Row> ss = new ArrayList<>(sentences.size());
        for (Sentence s : sentences) {
            ss.add(RowFactory.create(s.index(), s.begin(), s.end(), s.text()));
        }
        List<Row> ms = new ArrayList<>(events.size());
        for (int i = 0; i < events.size(); i++) {
            ms.add(mention(events.get(i), i, a, ontology));
        }
        String profile = sourcing == null ? null : EventJson.sourcing(sourcing).get("sourcing").toString();
        return RowFactory.create(a.id(), date(a.date()), a.source(), a.url(), a.title(), a.text(), in.getAs("file"),
                in.getAs("line"), sentences.size(), events.size(), profile, null, null, seq(ss), seq(ms));
    }

    static Row error(Row in, String stage, String message) {
        return RowFactory.create(in.getAs("article_id"), in.getAs("published"), in.getAs("outlet"), in.getAs("url"),
                in.getAs("title"), in.getAs("text"), in.getAs("file"), in.getAs("line"), 0, 0, null, stage, message,
                seq(List.of()), seq(List.of()));
    }

    static Row mention(Event e, int index, Article a, CameoOntology ontology) {
        PloverMapping pm = ontology.plover(e.code()).orElse(null);
        return RowFactory.create(e.articleId(), e.sentenceIndex(), e.sentence(), actor(e.source()), actor(e.target()),
                e.code(), e.type().name(), e.root(), e.type().quadClass(), e.type().goldstein(),
                pm == null ? null : RowFactory.create(pm.event(), pm.mode()), span(e.trigger()), date(e.date()),
                e.dateBasis(), e.status().label(), e.embeddedCode(),
                e.place() == null ? null : RowFactory.create(e.place().name(), e.place().country(), e.place().lat(),
                        e.place().lon(), e.place().basis()),
                seq(e.issues()), attribution(e.attribution()), index, a.source(), date(a.date()));
    }

    private static Row actor(Actor a) {
        if (a == null) {
            return null;
        }
        Span s = a.span();
        return RowFactory.create(a.code().code(), a.code().country(), seq(a.code().sectors()),
                s == null ? null : s.text(), s == null ? null : s.start(), s == null ? null : s.end(), a.basis(),
                a.inferred());
    }

    private static Row attribution(Attribution at) {
        if (at == null) {
            return null;
        }
        List<Row> content = new ArrayList<>();
        at.content().forEach(c -> content.add(span(c)));
        return RowFactory.create(at.text(), at.kind(), at.cue(), at.actor(), at.channel(), at.mode(), at.name(),
                at.role(), span(at.source()), span(at.cueSpan()), seq(content));
    }

    private static Row span(Span s) {
        return s == null ? null : RowFactory.create(s.text(), s.start(), s.end());
    }

    /** Spark's row encoder takes Scala sequences for array columns. */
    static <T> scala.collection.Seq<T> seq(List<T> list) {
        return scala.jdk.javaapi.CollectionConverters.asScala(list);
    }

    static Date date(LocalDate d) {
        return d == null ? null : Date.valueOf(d);
    }
}
