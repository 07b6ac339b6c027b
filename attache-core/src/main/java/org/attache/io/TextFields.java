package org.attache.io;

/**
 * How a text field is written in each plain-text output, in one place so every writer agrees:
 * tab-separated fields have no tab or line break (each becomes a space: a TSV row is one line),
 * CSV fields are quoted per RFC 4180 (content kept whole), and text for a terminal has its
 * control characters shown rather than obeyed (an article's ESC sequences must not repaint the
 * user's screen).
 */
public final class TextFields {
    private TextFields() {
    }

    /** A tab-separated field: tabs, carriage returns and line feeds become spaces. */
    public static String tsv(String s) {
        if (s == null) {
            return "";
        }
        return s.replace('\t', ' ').replace('\r', ' ').replace('\n', ' ');
    }

    /** An RFC 4180 CSV field: quoted (with doubled quotes) when it holds a comma, quote, CR or LF. */
    public static String csv(String s) {
        if (s == null) {
            return "";
        }
        if (s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0) {
            return '"' + s.replace("\"", "\"\"") + '"';
        }
        return s;
    }

    /**
     * Text safe to print on a terminal: tab and line breaks become a space, other C0 controls and
     * DEL caret notation ({@code ^[} for ESC), C1 controls and the bidirectional overrides
     * {@code <U+XXXX>}.
     */
    public static String terminal(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String rep = null;
            if (c == '\t' || c == '\n' || c == '\r') {
                rep = " ";
            } else if (c < 0x20) {
                rep = "^" + (char) (c + 64);
            } else if (c == 0x7f) {
                rep = "^?";
            } else if ((c >= 0x80 && c <= 0x9f) || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069)) {
                rep = String.format("<U+%04X>", (int) c);
            }
            if (rep != null && sb == null) {
                sb = new StringBuilder(s.length() + 8).append(s, 0, i);
            }
            if (sb != null) {
                if (rep != null) {
                    sb.append(rep);
                } else {
                    sb.append(c);
                }
            }
        }
        return sb == null ? s : sb.toString();
    }
}
