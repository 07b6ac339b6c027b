package org.attache.app;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.attache.store.EventFilter;
import picocli.CommandLine.Option;

/** The event filters shared by query, stats and export. */
final class FilterOptions {
    @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "Events on or after this date.")
    String from;

    @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Events on or before this date.")
    String to;

    @Option(names = "--actor", paramLabel = "CODE", description = "Source or target actor code or prefix (PAK matches PAKGOV).")
    String actor;

    @Option(names = "--country", paramLabel = "ISO3", description = "Source or target country (ISO alpha-3).")
    String country;

    @Option(names = "--code", paramLabel = "CAMEO", description = "CAMEO event code or prefix (leading zeros matter: 01, 0211).")
    String code;

    @Option(names = "--root", paramLabel = "NN", description = "CAMEO root, 1..20.")
    String root;

    @Option(names = "--quad", paramLabel = "1-4", description = "QuadClass: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict.")
    Integer quad;

    @Option(names = "--status", description = "asserted, negated, hypothetical, intended or demanded.")
    String status;

    @Option(names = "--attribution-kind", paramLabel = "KIND", description = "Events with a mention attributed to this kind of source: "
            + "named-person, official-unnamed, anonymous, organization, document, outlet or other.")
    String attributionKind;

    @Option(names = "--added-since", paramLabel = "TIMESTAMP", description = "Events first stored at or after this time (UTC): "
            + "YYYY-MM-DD, YYYY-MM-DDTHH:MM[:SS] or GDELT's YYYYMMDDHHMMSS (a DATEADDED value).")
    String addedSince;

    @Option(names = "--outlet", description = "Events with a mention from this outlet (case-insensitive; % is a wildcard).")
    String outlet;

    @Option(names = "--text", description = "Events with a mention whose sentence contains this text (case-insensitive).")
    String text;

    EventFilter toFilter() {
        if (quad != null && (quad < 1 || quad > 4)) {
            throw new IllegalArgumentException("--quad must be 1, 2, 3 or 4, got " + quad);
        }
        if (root != null && !root.trim().matches("0?[1-9]|1[0-9]|20")) {
            throw new IllegalArgumentException("--root must be 1..20 (or 01..20), got '" + root + "'");
        }
        if (code != null && !code.trim().matches("[0-9]{2,4}")) {
            throw new IllegalArgumentException("--code must be 2 to 4 digits, got '" + code + "'");
        }
        if (status != null) {
            try {
                org.attache.model.Status.parse(status);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("--status must be asserted, negated, hypothetical, intended or demanded, got '"
                        + status + "'");
            }
        }
        if (attributionKind != null) {
            try {
                org.attache.attribution.SourceKind.ofLabel(attributionKind);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("--attribution-kind must be one of " + java.util.Arrays.stream(
                        org.attache.attribution.SourceKind.values()).map(org.attache.attribution.SourceKind::label)
                        .collect(java.util.stream.Collectors.joining(", ")) + ", got '" + attributionKind + "'");
            }
        }
        return new EventFilter(date("--from", from), date("--to", to), actor, country, code, root, quad, status,
                attributionKind, outlet, text, timestamp(addedSince));
    }

    /** A --added-since value: a date (midnight), an ISO date-time, or GDELT's 14-digit YYYYMMDDHHMMSS. */
    static java.time.LocalDateTime timestamp(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        String t = s.trim();
        try {
            if (t.matches("[0-9]{14}")) {
                return java.time.LocalDateTime.parse(t, java.time.format.DateTimeFormatter.ofPattern("uuuuMMddHHmmss"));
            }
            if (t.matches("[0-9]{4}-[0-9]{2}-[0-9]{2}")) {
                return LocalDate.parse(t).atStartOfDay();
            }
            return java.time.LocalDateTime.parse(t.replace(' ', 'T').replaceAll("Z$", ""));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("--added-since must be YYYY-MM-DD, YYYY-MM-DDTHH:MM[:SS] or "
                    + "YYYYMMDDHHMMSS (UTC), got '" + s + "'");
        }
    }

    private static LocalDate date(String opt, String s) {
        if (s == null) {
            return null;
        }
        try {
            return LocalDate.parse(s.trim());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(opt + " must be YYYY-MM-DD, got '" + s + "'");
        }
    }
}
