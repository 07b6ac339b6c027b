package org.attache.grounding;

/** A place of the gazetteer: kind is country, capital, admin1 or city. */
public record GazetteerEntry(String name, String kind, String country, String admin1, double lat, double lon,
                             long population) {
    /** Countries first, then capitals, provinces, cities; within a kind, larger first. */
    int rank() {
        return switch (kind) {
            case "country" -> 0;
            case "capital" -> 1;
            case "admin1" -> 2;
            default -> 3;
        };
    }
}
