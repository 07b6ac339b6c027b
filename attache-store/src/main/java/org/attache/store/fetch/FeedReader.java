package org.attache.store.fetch;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/** The items of an RSS 2.0 or Atom feed (jsoup's XML parser): link, title and date of each. Stateless. */
public final class FeedReader {
    /** One feed item; date is null when the feed gives none. */
    public record Item(String url, String title, LocalDate date) {
    }

    /** Whether a body looks like an RSS or Atom feed rather than a web page. */
    public static boolean isFeed(String contentType, String body) {
        String ct = contentType == null ? "" : PageExtractor.lower(contentType);
        if (ct.contains("rss") || ct.contains("atom")) {
            return true;
        }
        String head = PageExtractor.lower(body.substring(0, Math.min(body.length(), 2000)));
        return head.contains("<rss") || head.contains("<feed") || head.contains("<rdf:rdf");
    }

    public List<Item> items(String xml, String feedUrl) {
        Document doc = Jsoup.parse(xml, feedUrl, Parser.xmlParser());
        List<Item> out = new ArrayList<>();
        for (Element item : doc.select("item")) { // RSS 2.0 and RSS 1.0
            String link = item.select("> link").text();
            if (link.isBlank()) {
                link = item.attr("rdf:about");
            }
            if (link.isBlank() && item.select("> guid").attr("isPermaLink").equals("true")) {
                link = item.select("> guid").text();
            }
            LocalDate d = PageExtractor.parseDate(item.select("> pubDate").text());
            if (d == null) {
                d = PageExtractor.parseDate(item.select("> dc|date").text());
            }
            add(out, link, item.select("> title").text(), d, feedUrl);
        }
        for (Element entry : doc.select("entry")) { // Atom
            String link = "";
            for (Element l : entry.select("> link")) {
                String rel = l.attr("rel");
                if (rel.isEmpty() || rel.equals("alternate")) {
                    link = l.attr("href");
                    break;
                }
            }
            LocalDate d = PageExtractor.parseDate(entry.select("> published").text());
            if (d == null) {
                d = PageExtractor.parseDate(entry.select("> updated").text());
            }
            add(out, link, entry.select("> title").text(), d, feedUrl);
        }
        return out;
    }

    private static void add(List<Item> out, String link, String title, LocalDate date, String base) {
        if (link == null || link.isBlank()) {
            return;
        }
        String url = link.strip();
        try {
            url = java.net.URI.create(base).resolve(url).toString();
        } catch (IllegalArgumentException ignored) {
            // keep the link as given; fetching it reports the problem
        }
        out.add(new Item(url, title.strip(), date));
    }
}
