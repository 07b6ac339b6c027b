package org.attache.app;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.attache.model.SourcingProfile;

/** Sourcing over a whole run, for the one-line summary the tsv and table formats print to standard error. */
final class SourcingTotals {
    private final Map<String, Integer> byKind = new LinkedHashMap<>();
    private int attributions;
    private int events;
    private int anonymous;
    private int onRecord;
    private int unattributed;

    void add(SourcingProfile p) {
        attributions += p.attributions();
        p.attributionsByKind().forEach((k, v) -> byKind.merge(k, v, Integer::sum));
        events += p.events();
        anonymous += p.anonymousEvents();
        onRecord += p.onRecordEvents();
        unattributed += p.unattributedEvents();
    }

    String summary() {
        StringBuilder kinds = new StringBuilder();
        for (String k : SourcingProfile.KINDS) {
            int v = byKind.getOrDefault(k, 0);
            if (v > 0) {
                kinds.append(kinds.length() == 0 ? "" : ", ").append(k).append(' ').append(v);
            }
        }
        return String.format(Locale.ROOT, "%d attribution(s)%s; of %d event(s): %s anonymous, %s on record, %s unattributed",
                attributions, kinds.length() == 0 ? "" : " (" + kinds + ")", events,
                pct(anonymous), pct(onRecord), pct(unattributed));
    }

    private String pct(int n) {
        return events == 0 ? "0%" : Math.round(100.0 * n / events) + "%";
    }
}
