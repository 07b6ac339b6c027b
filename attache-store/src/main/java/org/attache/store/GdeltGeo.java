package org.attache.store;

import java.util.List;
import java.util.Locale;
import org.attache.grounding.Gazetteer;
import org.attache.grounding.GazetteerEntry;

/**
 * GDELT's eight geography columns (Type, FullName, CountryCode, ADM1Code, ADM2Code, Lat, Long,
 * FeatureID) of a stored place or of an actor's country. Immutable.
 *
 * <p>Type by what the place is (GDELT codebook): 0 unknown, 1 country, 2 US state, 3 US city,
 * 4 world city, 5 world ADM1. FullName "City, ADM1, Country" with the parts known. Codes are
 * FIPS 10-4: ADM1Code is the country's FIPS code plus the division's code where known (US states:
 * their postal code, as GDELT writes them, "USTX"), the country's code for a country-level place;
 * FeatureID is the ADM1Code for countries and divisions (the gazetteer has no feature ids for
 * cities).
 */
final class GdeltGeo {
    static final List<String> FIELDS = List.of("Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long",
            "FeatureID");
    private static final List<String> UNKNOWN = List.of("0", "", "", "", "", "", "", "");

    private final Gazetteer gazetteer;
    private final FipsCodes fips;
    private final ReferenceTables ref;

    GdeltGeo(Gazetteer gazetteer, FipsCodes fips, ReferenceTables ref) {
        this.gazetteer = gazetteer;
        this.fips = fips;
        this.ref = ref;
    }

    /** The columns of a stored place (name and ISO alpha-3 country as the mention holds them); 0 when none. */
    List<String> place(String name, String iso3, Double lat, Double lon) {
        if (name == null || name.isBlank()) {
            return UNKNOWN;
        }
        GazetteerEntry e = find(name, iso3);
        String kind = e == null ? (lat == null ? "country" : "city") : e.kind();
        String country = nz(iso3);
        String fc = fips.fips(country);
        String countryName = ref.placeName(country);
        boolean us = country.equals("USA");
        String proper = Countries.titleCase(name.toLowerCase(Locale.ROOT));
        String adm1Name = e == null || e.admin1() == null || e.admin1().equals("-") ? "" : e.admin1();
        String adm1 = "";
        String type;
        String full;
        switch (kind) {
            case "country" -> {
                type = "1";
                full = countryName.isEmpty() ? proper : countryName;
                adm1 = fc;
            }
            case "admin1" -> {
                type = us ? "2" : "5";
                full = join(proper, countryName);
                adm1 = us ? adm1Code(fc, name) : "";
            }
            default -> {
                type = us ? "3" : "4";
                full = join(proper, Countries.titleCase(adm1Name), countryName);
                adm1 = us && !adm1Name.isEmpty() ? adm1Code(fc, adm1Name) : "";
            }
        }
        Double la = lat != null ? lat : e == null ? null : e.lat();
        Double lo = lon != null ? lon : e == null ? null : e.lon();
        String feature = type.equals("1") || type.equals("2") || type.equals("5") ? adm1 : "";
        return List.of(type, full, fc, adm1, "", number(la), number(lo), feature);
    }

    /** The columns of an actor's country (GDELT's Actor*Geo when nothing better is known); 0 when none. */
    List<String> country(String iso3) {
        if (iso3 == null || iso3.isEmpty() || ref.countryNames.get(iso3) == null) {
            return UNKNOWN;
        }
        GazetteerEntry e = gazetteer.country(iso3);
        String fc = fips.fips(iso3);
        return List.of("1", ref.placeName(iso3), fc, fc, "", e == null ? "" : number(e.lat()),
                e == null ? "" : number(e.lon()), fc);
    }

    /** The gazetteer's entry of a stored place (its name and country), or null. */
    GazetteerEntry entry(String name, String iso3) {
        return find(name, iso3);
    }

    private GazetteerEntry find(String name, String iso3) {
        for (GazetteerEntry e : gazetteer.lookup(name)) {
            if (e.country().equals(iso3)) {
                return e;
            }
        }
        return null;
    }

    private String adm1Code(String countryFips, String division) {
        String code = ref.usStates.get(division.toLowerCase(Locale.ROOT));
        return code == null || countryFips.isEmpty() ? "" : countryFips + code;
    }

    private static String join(String... parts) {
        StringBuilder sb = new StringBuilder();
        for (String p : parts) {
            if (!p.isEmpty()) {
                sb.append(sb.length() == 0 ? "" : ", ").append(p);
            }
        }
        return sb.toString();
    }

    private static String number(Double d) {
        if (d == null) {
            return "";
        }
        return d == Math.rint(d) && Math.abs(d) < 1e15 ? String.valueOf(d.longValue()) : String.valueOf(d);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
