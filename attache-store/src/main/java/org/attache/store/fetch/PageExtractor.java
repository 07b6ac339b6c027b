package org.attache.store.fetch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * An article's text, title, outlet and publication date from its web page, read with jsoup's
 * HTML5 parser: the date from the page's metadata (article:published_time and similar meta tags,
 * schema.org JSON-LD datePublished, a {@code <time datetime>}), the text from the paragraphs of
 * the page's {@code <article>} (else of the element holding the most paragraph text), leaving
 * out navigation, headers, footers, asides, forms and scripts. Stateless.
 */
public final class PageExtractor {
    /** What a page holds; date is null when the page does not say. */
    public record Page(String title, String outlet, LocalDate date, String text) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> DATE_META = List.of("meta[property=article:published_time]",
            "meta[name=article:published_time]", "meta[itemprop=datePublished]", "meta[name=pubdate]",
            "meta[name=publish-date]", "meta[name=date]", "meta[name=dc.date]", "meta[name=DC.date.issued]",
            "meta[name=parsely-pub-date]", "meta[property=og:published_time]");

    public Page extract(String html, String url) {
        Document doc = Jsoup.parse(html, url);
        String title = first(doc.select("meta[property=og:title]").attr("content"), doc.title(),
                doc.select("h1").text());
        String outlet = first(doc.select("meta[property=og:site_name]").attr("content"), "");
        LocalDate date = date(doc);
        doc.select("script, style, noscript, nav, header, footer, aside, form, figure, iframe, svg, button").remove();
        Element body = doc.body();
        Elements articles = doc.select("article");
        Element main = !articles.isEmpty() ? largest(articles) : container(doc);
        List<String> paragraphs = new ArrayList<>();
        for (Element p : (main == null ? body : main).select("p")) {
            String t = p.text().strip();
            if (!t.isEmpty()) {
                paragraphs.add(t);
            }
        }
        String text = paragraphs.isEmpty() ? (main == null ? body.text() : main.text()) : String.join("\n\n", paragraphs);
        return new Page(title.strip(), outlet.strip(), date, text.strip());
    }

    /** The element whose own paragraphs hold the most text (a page without an article element). */
    private static Element container(Document doc) {
        Element best = null;
        int bestLen = 0;
        for (Element p : doc.select("p")) {
            Element parent = p.parent();
            if (parent == null) {
                continue;
            }
            int len = 0;
            for (Element sib : parent.children()) {
                if (sib.tagName().equals("p")) {
                    len += sib.text().length();
                }
            }
            if (len > bestLen) {
                bestLen = len;
                best = parent;
            }
        }
        return best;
    }

    private static Element largest(Elements els) {
        Element best = els.get(0);
        for (Element e : els) {
            if (e.text().length() > best.text().length()) {
                best = e;
            }
        }
        return best;
    }

    private static LocalDate date(Document doc) {
        for (String sel : DATE_META) {
            LocalDate d = parseDate(doc.select(sel).attr("content"));
            if (d != null) {
                return d;
            }
        }
        for (Element s : doc.select("script[type=application/ld+json]")) {
            try {
                LocalDate d = jsonLdDate(JSON.readTree(s.data()));
                if (d != null) {
                    return d;
                }
            } catch (java.io.IOException ignored) {
                // a broken JSON-LD block: try the other sources
            }
        }
        for (Element t : doc.select("time[datetime]")) {
            LocalDate d = parseDate(t.attr("datetime"));
            if (d != null) {
                return d;
            }
        }
        return null;
    }

    private static LocalDate jsonLdDate(JsonNode n) {
        if (n == null) {
            return null;
        }
        if (n.isArray()) {
            for (JsonNode x : n) {
                LocalDate d = jsonLdDate(x);
                if (d != null) {
                    return d;
                }
            }
            return null;
        }
        LocalDate d = parseDate(n.path("datePublished").asText(""));
        return d != null ? d : n.has("@graph") ? jsonLdDate(n.get("@graph")) : null;
    }

    /** ISO dates and date-times (with or without offset) and RFC 1123 dates (RSS); null when none. */
    public static LocalDate parseDate(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        String t = s.strip();
        try {
            return OffsetDateTime.parse(t).toLocalDate();
        } catch (DateTimeParseException ignored) {
            // next form
        }
        try {
            return ZonedDateTime.parse(t, DateTimeFormatter.RFC_1123_DATE_TIME).toLocalDate();
        } catch (DateTimeParseException ignored) {
            // next form
        }
        try {
            return LocalDate.parse(t.length() >= 10 ? t.substring(0, 10) : t);
        } catch (DateTimeParseException ignored) {
            return null;
        }
    }

    private static String first(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v;
            }
        }
        return "";
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
