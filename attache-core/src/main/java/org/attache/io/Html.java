package org.attache.io;

import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Visible text of an HTML page, for news articles saved from a browser, through jsoup's HTML5
 * parser (so an unclosed {@code <script>} swallows only itself, entities decode as browsers do):
 * scripts, styles, navigation, headers of the page and footers dropped, block elements become
 * paragraph breaks. NUL and other control characters (from {@code &#0;} or raw bytes) are
 * dropped. Never throws on malformed markup.
 */
final class Html {
    private static final java.util.Set<String> DROP = java.util.Set.of("script", "style", "noscript", "head", "nav",
            "footer", "template", "iframe", "object", "svg", "select", "button", "form");
    private static final java.util.Set<String> BLOCK = java.util.Set.of("p", "div", "br", "h1", "h2", "h3", "h4",
            "h5", "h6", "li", "tr", "article", "section", "blockquote", "header", "main", "ul", "ol", "table", "dd",
            "dt", "figcaption", "pre", "hr", "aside");

    private Html() {
    }

    static boolean looksLikeHtml(String lowerName, String text) {
        if (lowerName.endsWith(".html") || lowerName.endsWith(".htm") || lowerName.endsWith(".xhtml")) {
            return true;
        }
        String head = text.stripLeading();
        head = head.substring(0, Math.min(head.length(), 200)).toLowerCase(Locale.ROOT);
        return head.startsWith("<!doctype html") || head.startsWith("<html");
    }

    /** The page's {@code <title>} as text (entities decoded, nothing from scripts), or "". */
    static String title(String html) {
        String title = Jsoup.parse(html).title();
        if (title.indexOf('<') >= 0) {
            // the title element holds raw text: markup written into it is read as markup, scripts dropped
            Element frag = Jsoup.parseBodyFragment(title).body();
            frag.select(String.join(",", DROP)).remove();
            title = frag.text();
        }
        return collapse(clean(title));
    }

    static String text(String html) {
        Element body = Jsoup.parse(html).body();
        StringBuilder raw = new StringBuilder();
        if (body != null) {
            append(body, raw);
        }
        StringBuilder out = new StringBuilder();
        for (String para : raw.toString().split("\n\\s*\n")) {
            String p = collapse(clean(para));
            if (!p.isEmpty()) {
                if (out.length() > 0) {
                    out.append("\n\n");
                }
                out.append(p);
            }
        }
        return out.toString();
    }

    private static void append(Node node, StringBuilder out) {
        for (Node child : node.childNodes()) {
            if (child instanceof TextNode t) {
                out.append(t.getWholeText());
            } else if (child instanceof Element e) {
                String tag = e.normalName();
                if (DROP.contains(tag)) {
                    continue;
                }
                boolean block = BLOCK.contains(tag);
                if (block) {
                    out.append("\n\n");
                }
                append(e, out);
                if (block) {
                    out.append("\n\n");
                }
            }
        }
    }

    /** Control characters other than line breaks and tabs are not text. */
    private static String clean(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\n' || c == '\t' || c == '\r' || !(c < 0x20 || c == 0x7f || (c >= 0x80 && c <= 0x9f))) {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    private static String collapse(String s) {
        return s.replaceAll("[\\s\\u00a0]+", " ").strip();
    }
}
