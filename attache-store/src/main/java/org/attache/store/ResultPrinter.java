package org.attache.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.attache.io.TextFields;

/** Prints any result set as an aligned table, CSV or JSON Lines (for {@code sql} and {@code stats}). */
public final class ResultPrinter {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_WIDTH = 60;

    private ResultPrinter() {
    }

    /** Prints all rows; returns how many. */
    public static long print(ResultSet rs, String format, PrintWriter out) throws SQLException {
        ResultSetMetaData md = rs.getMetaData();
        int n = md.getColumnCount();
        List<String> names = new ArrayList<>();
        for (int c = 1; c <= n; c++) {
            names.add(md.getColumnLabel(c));
        }
        long rows = 0;
        switch (format.toLowerCase(Locale.ROOT)) {
            case "csv" -> {
                out.println(csvRow(names));
                while (rs.next()) {
                    rows++;
                    out.println(csvRow(strings(rs, n)));
                }
            }
            case "jsonl" -> {
                while (rs.next()) {
                    rows++;
                    ObjectNode o = JSON.createObjectNode();
                    for (int c = 1; c <= n; c++) {
                        Object v = rs.getObject(c);
                        if (v == null) {
                            o.putNull(names.get(c - 1));
                        } else if (v instanceof Number num && !(v instanceof java.math.BigInteger)
                                && !(v instanceof java.math.BigDecimal)) {
                            o.set(names.get(c - 1), JSON.valueToTree(num));
                        } else if (v instanceof Boolean b) {
                            o.put(names.get(c - 1), b);
                        } else {
                            o.put(names.get(c - 1), v.toString());
                        }
                    }
                    out.println(o);
                }
            }
            case "table" -> {
                List<List<String>> all = new ArrayList<>();
                while (rs.next()) {
                    rows++;
                    all.add(strings(rs, n).stream().map(TextFields::terminal).toList());
                }
                table(names.stream().map(TextFields::terminal).toList(), all, out);
            }
            default -> throw new IllegalArgumentException("unknown format '" + format + "': use table, csv or jsonl");
        }
        out.flush();
        return rows;
    }

    static void table(List<String> names, List<List<String>> rows, PrintWriter out) {
        int[] w = new int[names.size()];
        for (int c = 0; c < w.length; c++) {
            w[c] = names.get(c).length();
            for (List<String> r : rows) {
                w[c] = Math.min(MAX_WIDTH, Math.max(w[c], r.get(c).length()));
            }
        }
        line(names, w, out);
        StringBuilder rule = new StringBuilder();
        for (int c = 0; c < w.length; c++) {
            rule.append(c == 0 ? "" : "  ").append("-".repeat(w[c]));
        }
        out.println(rule);
        for (List<String> r : rows) {
            line(r, w, out);
        }
    }

    private static void line(List<String> cells, int[] w, PrintWriter out) {
        StringBuilder sb = new StringBuilder();
        for (int c = 0; c < w.length; c++) {
            String v = cells.get(c);
            if (v.length() > w[c]) {
                v = v.substring(0, w[c] - 3) + "...";
            }
            sb.append(c == 0 ? "" : "  ").append(String.format("%-" + w[c] + "s", v));
        }
        out.println(sb.toString().stripTrailing());
    }

    private static List<String> strings(ResultSet rs, int n) throws SQLException {
        List<String> r = new ArrayList<>(n);
        for (int c = 1; c <= n; c++) {
            String v = rs.getString(c);
            r.add(v == null ? "" : v);
        }
        return r;
    }

    /** One RFC 4180 row: fields quoted as needed, their content (line breaks too) kept whole. */
    static String csvRow(List<String> fields) {
        return String.join(",", fields.stream().map(TextFields::csv).toList());
    }
}
