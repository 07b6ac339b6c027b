package org.attache.web;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.attache.model.Actor;
import org.attache.model.ActorCode;
import org.attache.model.Article;
import org.attache.model.Attribution;
import org.attache.model.Event;
import org.attache.model.Place;
import org.attache.model.Sentence;
import org.attache.model.Span;
import org.attache.model.Status;
import org.attache.ontology.CameoOntology;
import org.attache.store.EventStore;

/**
 * A small store written by hand (no NLP): three articles with known events, one of them full of
 * hostile strings (markup, event handlers, javascript: URLs) in every field the pages show.
 */
final class Fixtures {
    static final CameoOntology ONTOLOGY = CameoOntology.builtIn();
    /** Strings that must reach the page as text, never as markup. */
    static final List<String> HOSTILE = List.of(
            "<script>window.__pwned=1</script>",
            "<img src=x onerror=\"window.__pwned=2\">",
            "\"><svg onload=window.__pwned=3>",
            "javascript:window.__pwned=4",
            "' onmouseover='window.__pwned=5");
    static final String URL_KEY = "https://daily.example/news/2024/kenya?id=2#top";

    private Fixtures() {
    }

    /** An article whose sentences are joined by single spaces, with events coded by {@link Doc#event}. */
    record Doc(Article article, List<Sentence> sentences, List<Event> events) {
        Doc event(int i, String src, String srcName, String code, String tgt, String tgtName, String trigger,
                  String date, Status status, Attribution attribution, Place place) {
            Sentence s = sentences.get(i);
            Actor a = new Actor(ActorCode.parse(src), span(s, srcName), "dictionary");
            Actor b = tgt == null ? null : new Actor(ActorCode.parse(tgt), span(s, tgtName), "dictionary");
            Event e = new Event(article.id(), i, s.text(), a, b, ONTOLOGY.get(code), span(s, trigger),
                    LocalDate.parse(date), "publication", status, attribution, place, List.of());
            List<Event> all = new ArrayList<>(events);
            all.add(e);
            return new Doc(article, sentences, all);
        }

        Doc event(int i, String src, String srcName, String code, String tgt, String tgtName, String trigger) {
            return event(i, src, srcName, code, tgt, tgtName, trigger, article.date().toString(), Status.ASSERTED,
                    null, null);
        }

        private static Span span(Sentence s, String words) {
            int at = s.text().indexOf(words);
            if (at < 0) {
                throw new IllegalArgumentException("'" + words + "' not in '" + s.text() + "'");
            }
            return new Span(words, s.begin() + at, s.begin() + at + words.length());
        }

        EventStore.Coded coded() {
            return new EventStore.Coded(article, sentences, events);
        }
    }

    static Doc doc(String id, String date, String outlet, String title, String... sentences) {
        StringBuilder text = new StringBuilder();
        List<Sentence> out = new ArrayList<>();
        for (int i = 0; i < sentences.length; i++) {
            if (text.length() > 0) {
                text.append(' ');
            }
            int b = text.length();
            text.append(sentences[i]);
            out.add(new Sentence(i, sentences[i], b, text.length(), List.of()));
        }
        String url = id.startsWith("https://") ? id : "https://" + outlet.toLowerCase().replaceAll("[^a-z]", "") + ".example/" + id;
        return new Doc(new Article(id, LocalDate.parse(date), outlet, url, title, text.toString()), out, List.of());
    }

    /** The three fixture articles. */
    static List<Doc> docs() {
        Doc a1 = doc("a1", "2024-03-17", "Wire", "Pakistan and India trade blame",
                "Pakistan accused India of shelling the border.",
                "Officials said Kenya met Uganda on Monday.")
                .event(0, "PAK", "Pakistan", "112", "IND", "India", "accused")
                .event(1, "KEN", "Kenya", "040", "UGA", "Uganda", "met", "2024-03-11", Status.ASSERTED,
                        new Attribution("Officials", "official-unnamed"), null);
        Doc a2 = doc(URL_KEY, "2024-03-18", "Daily", "Clashes near Mombasa",
                "An anonymous source said Kenya attacked Uganda near Mombasa yesterday.",
                "Pakistan did not accuse India.")
                .event(0, "KENMIL", "Kenya", "190", "UGA", "Uganda", "attacked", "2024-03-17", Status.ASSERTED,
                        new Attribution("An anonymous source", "anonymous"),
                        new Place("Mombasa", "KEN", -4.05, 39.67, "gazetteer"))
                .event(1, "PAK", "Pakistan", "112", "IND", "India", "accuse", "2024-03-18", Status.NEGATED, null, null);
        String h = String.join(" ", HOSTILE);
        Doc a3 = doc("hostile", "2024-03-19", HOSTILE.get(1), HOSTILE.get(0),
                "Chad " + HOSTILE.get(0) + " threatened Mali " + HOSTILE.get(2) + ".",
                "Witnesses " + HOSTILE.get(3) + " " + HOSTILE.get(4) + " saw it.")
                .event(0, "TCD", "Chad " + HOSTILE.get(0), "138", "MLI", "Mali " + HOSTILE.get(2), "threatened",
                        "2024-03-19", Status.ASSERTED, new Attribution("Witnesses " + HOSTILE.get(3), "other"),
                        new Place(h.substring(0, 40), "MLI", 17.0, -4.0, "gazetteer"));
        return List.of(a1, a2, a3);
    }

    /** Writes the fixture articles into a new store at {@code db}. */
    static void write(Path db) {
        try (EventStore s = EventStore.open(db)) {
            s.writeArticles(docs().stream().map(Doc::coded).toList());
        }
    }
}
