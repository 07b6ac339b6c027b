package org.attache.spark;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.apache.spark.api.java.function.FlatMapGroupsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;

/**
 * Deduplication as the embedded store does it, made independent of input order: mentions with
 * the same source, target, code and status form one event while their dates stay within
 * {@link #WINDOW_DAYS} of the event's first date; the dates are taken in date order, so the
 * earliest date of a run anchors it and a later date outside the window starts a new event
 * (the window never chains). Undated mentions of the same identity form one undated event.
 * Event ids are the store's (SHA-256 of the identity and the event's date), so an event of the
 * Parquet tables and the same event in a store have the same id.
 *
 * <p>Only distinct dates are grouped (at most one row per identity and day), so even an
 * identity with millions of mentions costs a small group.
 */
public final class EventDays implements FlatMapGroupsFunction<String, Row, Row> {
    /** {@code EventStore.WINDOW_DAYS} (the store module is not a dependency; a test checks they agree). */
    public static final int WINDOW_DAYS = 1;

    /** Each date to the date of the event it belongs to (null, an undated mention, maps to null). */
    static Map<LocalDate, LocalDate> anchors(Collection<LocalDate> dates) {
        Map<LocalDate, LocalDate> out = new LinkedHashMap<>();
        TreeSet<LocalDate> sorted = new TreeSet<>();
        for (LocalDate d : dates) {
            if (d == null) {
                out.put(null, null);
            } else {
                sorted.add(d);
            }
        }
        LocalDate anchor = null;
        for (LocalDate d : sorted) {
            if (anchor == null || d.isAfter(anchor.plusDays(WINDOW_DAYS))) {
                anchor = d;
            }
            out.put(d, anchor);
        }
        return out;
    }

    /** The store's event id: the first 63 bits of SHA-256 over source, target, code, status, date. */
    public static long eventId(String source, String target, String code, String status, LocalDate date) {
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest((source + "\t" + target + "\t" + code + "\t" + status
                    + "\t" + date).getBytes(StandardCharsets.UTF_8));
            long v = 0;
            for (int i = 0; i < 8; i++) {
                v = (v << 8) | (h[i] & 0xff);
            }
            long id = v & Long.MAX_VALUE;
            return id == 0 ? 1 : id;
        } catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException(ex);
        }
    }

    /** The grouping key of a row with source_code, target_code, code and status. */
    static String key(Row r) {
        return r.getAs("source_code") + "\t" + r.getAs("target_code") + "\t" + r.getAs("code") + "\t" + r.getAs("status");
    }

    @Override
    public Iterator<Row> call(String key, Iterator<Row> days) {
        String[] k = key.split("\t", -1);
        List<LocalDate> dates = new ArrayList<>();
        while (days.hasNext()) {
            Date d = days.next().getAs("date");
            dates.add(d == null ? null : d.toLocalDate());
        }
        List<Row> out = new ArrayList<>();
        for (Map.Entry<LocalDate, LocalDate> e : anchors(dates).entrySet()) {
            out.add(RowFactory.create(k[0], k[1], k[2], k[3], Rows.date(e.getKey()),
                    eventId(k[0], k[1], k[2], k[3], e.getValue()), Rows.date(e.getValue())));
        }
        return out.iterator();
    }
}
