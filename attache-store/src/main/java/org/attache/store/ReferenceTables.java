package org.attache.store;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.attache.util.TsvReader;

/**
 * The reference data the exports need, read once from the data files: the actor dictionary's
 * canonical names (countries, regions, organizations, people), the ICEWS vocabulary (sector
 * names, country names), and US state postal codes for GDELT's ADM1 codes. Immutable.
 */
final class ReferenceTables {
    /** A named person of people.tsv: one of its names (lower case), its code, its canonical name. */
    record Person(String alias, String code, String name, java.time.LocalDate from, java.time.LocalDate to) {
    }

    /** ICEWS sector names and the GDELT-style name of one CAMEO sector. */
    record Sector(String icews, String gdeltName) {
    }

    final Map<String, String> countryNames;
    final Map<String, String> regionNames;
    final Map<String, String> organizationNames;
    final List<Person> people;
    final Map<String, Sector> sectors;
    final Map<String, String> icewsCountries;
    /** "california" -> "CA" (the gazetteer's two-letter alias of a US state). */
    final Map<String, String> usStates;

    private ReferenceTables() {
        countryNames = Countries.names();
        regionNames = firstNames("org/attache/actors/regions.tsv", 0, 1);
        organizationNames = firstNames("org/attache/actors/organizations.tsv", 0, 2);
        List<Person> ps = new ArrayList<>();
        for (TsvReader.Row r : TsvReader.readResource("org/attache/actors/people.tsv")) {
            List<String> names = TsvReader.list(r.get(0));
            if (names.isEmpty() || r.get(1).isEmpty()) {
                continue;
            }
            String canonical = names.get(0).toUpperCase(Locale.ROOT);
            for (String n : names) {
                ps.add(new Person(n, r.get(1), canonical, date(r.get(2)), date(r.get(3))));
            }
        }
        people = List.copyOf(ps);
        Map<String, Sector> sec = new HashMap<>();
        for (TsvReader.Row r : TsvReader.readResource("org/attache/store/icews-sectors.tsv")) {
            sec.put(r.get(0), new Sector(r.get(1), r.get(2)));
        }
        sectors = Collections.unmodifiableMap(sec);
        Map<String, String> ic = new HashMap<>();
        for (TsvReader.Row r : TsvReader.readResource("org/attache/store/icews-countries.tsv")) {
            ic.put(r.get(0), r.get(1));
        }
        icewsCountries = Collections.unmodifiableMap(ic);
        Map<String, String> states = new HashMap<>();
        for (TsvReader.Row r : TsvReader.readResource("org/attache/grounding/gazetteer.tsv")) {
            if (r.get(2).equals("admin1") && r.get(3).equals("USA")) {
                for (String alias : TsvReader.list(r.get(1))) {
                    if (alias.matches("[a-z]{2}")) {
                        states.put(r.get(0), alias.toUpperCase(Locale.ROOT));
                    }
                }
            }
        }
        usStates = Collections.unmodifiableMap(states);
    }

    private static final ReferenceTables BUILT_IN = new ReferenceTables();

    /** The tables of the built-in data files (immutable, shared). */
    static ReferenceTables builtIn() {
        return BUILT_IN;
    }

    private static java.time.LocalDate date(String s) {
        try {
            return s.isEmpty() || s.equals("-") ? null : java.time.LocalDate.parse(s);
        } catch (java.time.format.DateTimeParseException e) {
            return null; // the actor dictionary's loader reports bad dates; a name without bounds still names
        }
    }

    private static Map<String, String> firstNames(String resource, int keyColumn, int namesColumn) {
        Map<String, String> out = new LinkedHashMap<>();
        for (TsvReader.Row r : TsvReader.readResource(resource)) {
            List<String> names = TsvReader.list(r.get(namesColumn));
            if (!r.get(keyColumn).isEmpty() && !names.isEmpty()) {
                out.putIfAbsent(r.get(keyColumn), names.get(0));
            }
        }
        return Collections.unmodifiableMap(out);
    }

    /**
     * The canonical name of an actor code, upper case as GDELT writes actor names: the
     * organization's first name (longest organization code the actor code starts with), else its
     * country's or region's name, else the name of its first sector; "" for no actor.
     */
    String actorName(String code) {
        if (code == null || code.isEmpty()) {
            return "";
        }
        for (int len = code.length(); len >= 3; len -= 3) {
            String org = organizationNames.get(code.substring(0, len));
            if (org != null) {
                return org.toUpperCase(Locale.ROOT);
            }
        }
        String place = placeName(countryOf(code));
        if (!place.isEmpty()) {
            return place.toUpperCase(Locale.ROOT);
        }
        for (String part : parts(code)) {
            Sector s = sectors.get(part);
            if (s != null) {
                return s.gdeltName();
            }
        }
        return code;
    }

    /** A country's (title-cased) or region's name, "" when unknown. */
    String placeName(String code) {
        if (code == null || code.isEmpty()) {
            return "";
        }
        String c = countryNames.get(code);
        if (c != null) {
            return c;
        }
        String r = regionNames.get(code);
        return r == null ? "" : Countries.titleCase(r);
    }

    /** The country or region part of an actor code ("" for IGOUNO). */
    static String countryOf(String code) {
        return org.attache.model.ActorCode.parse(code).country();
    }

    /** The 3-letter parts after the country ("IGOWSTNAT" -> IGO, WST, NAT). */
    static List<String> parts(String code) {
        return org.attache.model.ActorCode.parse(code).sectors();
    }

    boolean isRegion(String part) {
        return regionNames.containsKey(part);
    }

    /** The country name as ICEWS writes it. */
    String icewsCountry(String iso3) {
        if (iso3 == null || iso3.isEmpty()) {
            return "";
        }
        String ic = icewsCountries.get(iso3);
        return ic != null ? ic : placeName(iso3);
    }

    /** ICEWS's sector names of an actor code, comma-separated, without repeats ("Police,Government"). */
    String icewsSectors(String code) {
        if (code == null || code.isEmpty()) {
            return "";
        }
        List<String> out = new ArrayList<>();
        for (String part : parts(code)) {
            Sector s = sectors.get(part);
            if (s != null) {
                for (String n : s.icews().split(",")) {
                    if (!out.contains(n)) {
                        out.add(n);
                    }
                }
            }
        }
        return String.join(",", out);
    }

    /**
     * The actor's name as ICEWS writes it: a person's or organization's name, a country's name,
     * or "Sector (Country)" for a country's sector ("Police (India)").
     */
    String icewsName(String code, String gdeltName) {
        if (code == null || code.isEmpty()) {
            return "";
        }
        String country = countryOf(code);
        String countryName = icewsCountry(country);
        String upperPlace = placeName(country).toUpperCase(Locale.ROOT);
        if (!gdeltName.isEmpty() && !gdeltName.equals(upperPlace)) {
            return properCase(gdeltName);
        }
        for (String part : parts(code)) {
            Sector s = sectors.get(part);
            if (s != null) {
                String sector = s.icews().split(",")[0];
                return countryName.isEmpty() ? sector : sector + " (" + countryName + ")";
            }
        }
        return countryName.isEmpty() ? properCase(gdeltName) : countryName;
    }

    /** "UNITED NATIONS" -> "United Nations"; a short single word stays an acronym ("NATO"). */
    static String properCase(String upper) {
        if (upper.length() <= 5 && !upper.contains(" ")) {
            return upper;
        }
        return Countries.titleCase(upper.toLowerCase(Locale.ROOT));
    }
}
