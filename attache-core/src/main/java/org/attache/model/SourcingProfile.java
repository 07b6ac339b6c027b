package org.attache.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How an article sources its claims: its attributions by source kind, and its coded events by
 * the kind of source they rest on ({@code none}: no attribution, the outlet's own account).
 * {@code anonymousEvents} rest on anonymous sources; {@code onRecordEvents} on named people,
 * unnamed officials, organizations or documents (sources that can be held to the claim);
 * {@code unattributedEvents} on nothing.
 */
public record SourcingProfile(String articleId, int attributions, Map<String, Integer> attributionsByKind,
                              int events, Map<String, Integer> eventsByKind,
                              int anonymousEvents, int onRecordEvents, int unattributedEvents) {
    /** Source kinds in output order. */
    public static final List<String> KINDS = List.of(
            "named-person", "official-unnamed", "anonymous", "organization", "document", "outlet", "other");
    private static final Set<String> ON_RECORD = Set.of("named-person", "official-unnamed", "organization", "document");

    public SourcingProfile {
        attributionsByKind = Collections.unmodifiableMap(new LinkedHashMap<>(attributionsByKind));
        eventsByKind = Collections.unmodifiableMap(new LinkedHashMap<>(eventsByKind));
    }

    public static SourcingProfile of(String articleId, List<Attribution> attributions, List<Event> events) {
        Map<String, Integer> byKind = zeroes();
        for (Attribution a : attributions) {
            byKind.merge(a.kind(), 1, Integer::sum);
        }
        Map<String, Integer> eventsByKind = zeroes();
        eventsByKind.put("none", 0);
        int anonymous = 0;
        int onRecord = 0;
        int none = 0;
        for (Event e : events) {
            Attribution a = e.attribution();
            String kind = a == null ? "none" : a.kind();
            eventsByKind.merge(kind, 1, Integer::sum);
            if (a == null) {
                none++;
            } else if (kind.equals("anonymous")) {
                anonymous++;
            } else if (ON_RECORD.contains(kind)) {
                onRecord++;
            }
        }
        return new SourcingProfile(articleId, attributions.size(), byKind, events.size(), eventsByKind,
                anonymous, onRecord, none);
    }

    private static Map<String, Integer> zeroes() {
        Map<String, Integer> m = new LinkedHashMap<>();
        KINDS.forEach(k -> m.put(k, 0));
        return m;
    }

    public double shareAnonymous() { return share(anonymousEvents); }

    public double shareOnRecord() { return share(onRecordEvents); }

    public double shareUnattributed() { return share(unattributedEvents); }

    /** Events resting on outlets or other sources (witnesses, analysts). */
    public double shareOther() { return share(events - anonymousEvents - onRecordEvents - unattributedEvents); }

    private double share(int n) {
        return events == 0 ? 0.0 : Math.round(1000.0 * n / events) / 1000.0;
    }
}
