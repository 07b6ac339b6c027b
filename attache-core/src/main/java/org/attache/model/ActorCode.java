package org.attache.model;

import java.util.List;

/**
 * A CAMEO actor code composed of a country (ISO 3166 alpha-3, or empty), an organization
 * or group code (or empty) and sectors ({@code GOV}, {@code MIL}…), e.g. {@code PAKGOV}.
 */
public record ActorCode(String code, String country, List<String> sectors) {
    public ActorCode {
        sectors = List.copyOf(sectors);
    }

    private static final java.util.Set<String> NON_STATE = java.util.Set.of("IGO", "NGO", "IMG", "MNC");

    /** Splits a full code into country and 3-letter parts: "SOMREBSHB" -> SOM + [REB, SHB]; "IGOUNO" -> "" + [IGO, UNO]. */
    public static ActorCode parse(String code) {
        String country = code.length() >= 3 && !NON_STATE.contains(code.substring(0, 3)) ? code.substring(0, 3) : "";
        java.util.List<String> parts = new java.util.ArrayList<>();
        for (int i = country.length(); i + 3 <= code.length(); i += 3) {
            parts.add(code.substring(i, i + 3));
        }
        return new ActorCode(code, country, parts);
    }

    public static ActorCode of(String country, List<String> sectors) {
        StringBuilder sb = new StringBuilder(country == null ? "" : country);
        for (String s : sectors) {
            sb.append(s);
        }
        return new ActorCode(sb.toString(), country == null ? "" : country, sectors);
    }
}
