package org.attache.io;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Visible text of an HTML page, good enough for news articles saved from a browser: scripts,
 * styles and comments dropped, block elements become paragraph breaks, common entities decoded.
 * Not a full HTML parser; it never throws on malformed markup.
 */
final class Html {
    private static final Pattern DROP = Pattern.compile(
            "(?is)<!--.*?-->|<(script|style|noscript|head|nav|footer)\\b[^>]*>.*?</\\1\\s*>");
    private static final Pattern BLOCK = Pattern.compile(
            "(?i)</?(p|div|br|h[1-6]|li|tr|article|section|blockquote|header)\\b[^>]*>");
    private static final Pattern TAG = Pattern.compile("(?s)<[^>]*>");
    private static final Pattern TITLE = Pattern.compile("(?is)<title\\b[^>]*>(.*?)</title\\s*>");
    private static final Pattern ENTITY = Pattern.compile("&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);");
    private static final Map<String, String> NAMED = Map.of("amp", "&", "lt", "<", "gt", ">", "quot", "\"",
            "apos", "'", "nbsp", " ", "mdash", "\u2014", "ndash", "\u2013", "rsquo", "\u2019", "lsquo", "\u2018");

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

    static String title(String html) {
        Matcher m = TITLE.matcher(html);
        return m.find() ? collapse(entities(TAG.matcher(m.group(1)).replaceAll(" "))) : "";
    }

    static String text(String html) {
        String s = DROP.matcher(html).replaceAll(" ");
        s = BLOCK.matcher(s).replaceAll("\n\n");
        s = TAG.matcher(s).replaceAll(""); // inline tags: "<b>Uganda</b>." stays "Uganda."
        s = entities(s);
        StringBuilder out = new StringBuilder();
        for (String para : s.split("\\n\\s*\\n")) {
            String p = collapse(para);
            if (!p.isEmpty()) {
                if (out.length() > 0) {
                    out.append("\n\n");
                }
                out.append(p);
            }
        }
        return out.toString();
    }

    private static String collapse(String s) {
        return s.replaceAll("[\\s\\u00a0]+", " ").strip();
    }

    private static String entities(String s) {
        Matcher m = ENTITY.matcher(s);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String e = m.group(1);
            String rep;
            try {
                if (e.startsWith("#x") || e.startsWith("#X")) {
                    rep = new String(Character.toChars(Integer.parseInt(e.substring(2), 16)));
                } else if (e.startsWith("#")) {
                    rep = new String(Character.toChars(Integer.parseInt(e.substring(1))));
                } else {
                    rep = NAMED.getOrDefault(e.toLowerCase(Locale.ROOT), m.group());
                }
            } catch (IllegalArgumentException ex) {
                rep = m.group();
            }
            m.appendReplacement(sb, Matcher.quoteReplacement(rep));
        }
        m.appendTail(sb);
        return sb.toString();
    }
}
