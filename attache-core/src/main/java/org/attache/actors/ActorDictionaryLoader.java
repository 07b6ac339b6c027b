package org.attache.actors;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.attache.actors.ActorEntry.Kind;
import org.attache.util.TsvReader;
import org.attache.util.TsvReader.Row;

/** Loads the built-in actor files: countries, organizations and agents (see docs/data-formats.md). */
public final class ActorDictionaryLoader {
    static final String COUNTRIES = "org/attache/actors/countries.tsv";
    static final String ORGANIZATIONS = "org/attache/actors/organizations.tsv";
    static final String AGENTS = "org/attache/actors/agents.tsv";
    static final String PEOPLE = "org/attache/actors/people.tsv";
    static final String REGIONS = "org/attache/actors/regions.tsv";

    private ActorDictionaryLoader() {
    }

    static ActorDictionary loadBuiltIn() {
        ActorDictionary.Builder b = new ActorDictionary.Builder();
        addCountries(b, TsvReader.readResource(COUNTRIES));
        addOrganizations(b, TsvReader.readResource(ORGANIZATIONS));
        addAgents(b, TsvReader.readResource(AGENTS));
        addPeople(b, TsvReader.readResource(PEOPLE));
        addRegions(b, TsvReader.readResource(REGIONS));
        return b.build();
    }

    /** Adds the built-in countries and organizations (the "actors" kind) to a builder. */
    public static void addBuiltInActors(ActorDictionary.Builder b) {
        addCountries(b, TsvReader.readResource(COUNTRIES));
        addOrganizations(b, TsvReader.readResource(ORGANIZATIONS));
    }

    /** Adds the built-in agents and titles to a builder. */
    public static void addBuiltInAgents(ActorDictionary.Builder b) {
        addAgents(b, TsvReader.readResource(AGENTS));
    }

    public static void addCountries(ActorDictionary.Builder b, List<Row> rows) {
        Set<String> seen = new HashSet<>();
        for (Row row : rows) {
            String iso = row.get(0);
            if (!iso.matches("[A-Z]{3}")) {
                b.problem(row.problem("country code must be 3 upper-case letters: '" + iso + "'"));
                continue;
            }
            if (!seen.add(iso)) {
                b.problem(row.problem("duplicate country code " + iso));
                continue;
            }
            String name = TsvReader.normalizePhrase(row.get(1));
            if (name.isEmpty()) {
                b.problem(row.problem("country " + iso + " has no name"));
                continue;
            }
            b.add(name, new ActorEntry(Kind.COUNTRY, name, iso, List.of(), ""));
            for (String alias : TsvReader.list(row.get(2))) {
                b.add(alias, new ActorEntry(Kind.COUNTRY, alias, iso, List.of(), ""));
            }
            for (String adj : TsvReader.list(row.get(3))) {
                b.add(adj, new ActorEntry(Kind.ADJECTIVE, adj, iso, List.of(), ""));
            }
            String capital = TsvReader.normalizePhrase(row.get(4));
            if (!capital.isEmpty() && !capital.equals("-")) {
                b.add(capital, new ActorEntry(Kind.METONYM, capital, iso, List.of("GOV"), ""));
            }
            for (String m : TsvReader.list(row.get(5))) {
                b.add(m, new ActorEntry(Kind.METONYM, m, iso, List.of("GOV"), ""));
            }
        }
    }

    /** World regions (CAMEO region codes), named and as adjectives, composing like countries: EURGOV. */
    public static void addRegions(ActorDictionary.Builder b, List<Row> rows) {
        for (Row row : rows) {
            String code = row.get(0);
            if (!code.matches("[A-Z]{3}")) {
                b.problem(row.problem("region code must be 3 upper-case letters: '" + code + "'"));
                continue;
            }
            for (String n : TsvReader.list(row.get(1))) {
                b.add(n, new ActorEntry(Kind.COUNTRY, n, code, List.of(), "region"));
            }
            for (String a : TsvReader.list(row.get(2))) {
                b.add(a, new ActorEntry(Kind.ADJECTIVE, a, code, List.of(), "region"));
            }
        }
    }

    public static void addOrganizations(ActorDictionary.Builder b, List<Row> rows) {
        for (Row row : rows) {
            String code = row.get(0);
            if (!code.matches("[A-Z0-9]{3,}")) {
                b.problem(row.problem("organization code must be upper-case letters/digits: '" + code + "'"));
                continue;
            }
            List<String> names = TsvReader.list(row.get(2));
            if (names.isEmpty()) {
                b.problem(row.problem("organization " + code + " has no names"));
                continue;
            }
            for (String n : names) {
                b.add(n, new ActorEntry(Kind.ORGANIZATION, n, code, List.of(), row.get(1)));
            }
        }
    }

    public static void addAgents(ActorDictionary.Builder b, List<Row> rows) {
        for (Row row : rows) {
            String phrase = TsvReader.normalizePhrase(row.get(0));
            String sectorField = row.get(1);
            if (phrase.isEmpty() || sectorField.isEmpty()) {
                b.problem(row.problem("expected phrase, sectors, kind"));
                continue;
            }
            List<String> sectors = parseSectors(sectorField);
            if (sectors == null) {
                b.problem(row.problem("sectors must be '-' or 3-letter upper-case codes: '" + sectorField + "'"));
                continue;
            }
            ActorEntry e = new ActorEntry(Kind.AGENT, phrase, "", sectors, row.get(2));
            b.add(phrase, e);
            b.add(plural(phrase), e);
        }
    }

    /**
     * Named people with date-bounded roles: {@code names code from to role}; {@code to} is the first
     * day the role no longer holds, {@code -} for open ends. A person's rows keep file order, and
     * the first row holding on the article date wins.
     */
    public static void addPeople(ActorDictionary.Builder b, List<Row> rows) {
        for (Row row : rows) {
            List<String> names = TsvReader.list(row.get(0));
            String code = row.get(1);
            if (names.isEmpty() || !code.matches("[A-Z][A-Z0-9]{2,}")) {
                b.problem(row.problem("expected names and an actor code such as USAGOV: '" + row.get(0) + "', '" + code + "'"));
                continue;
            }
            java.time.LocalDate from;
            java.time.LocalDate to;
            try {
                from = date(row.get(2));
                to = date(row.get(3));
            } catch (java.time.format.DateTimeParseException e) {
                b.problem(row.problem("dates must be YYYY-MM-DD or '-': " + e.getParsedString()));
                continue;
            }
            if (from != null && to != null && !from.isBefore(to)) {
                b.problem(row.problem("role ends (" + to + ") before it starts (" + from + ")"));
                continue;
            }
            for (String n : names) {
                b.add(n, new ActorEntry(Kind.PERSON, n, code, List.of(), row.get(4),
                        from == null && to == null ? java.time.LocalDate.MIN : from, to));
            }
        }
    }

    private static java.time.LocalDate date(String s) {
        return s.isEmpty() || s.equals("-") ? null : java.time.LocalDate.parse(s);
    }

    static List<String> parseSectors(String field) {
        if (field.equals("-")) {
            return List.of();
        }
        if (!field.matches("([A-Z]{3})+")) {
            return null;
        }
        List<String> out = new java.util.ArrayList<>();
        for (int i = 0; i < field.length(); i += 3) {
            out.add(field.substring(i, i + 3));
        }
        return out;
    }

    /** English plural of the last word of a phrase: +s, y->ies, s/x/ch/sh->es. */
    static String plural(String phrase) {
        int sp = phrase.lastIndexOf(' ');
        String head = phrase.substring(0, sp + 1);
        String w = phrase.substring(sp + 1);
        String p;
        if (w.endsWith("y") && w.length() > 1 && "aeiou".indexOf(w.charAt(w.length() - 2)) < 0) {
            p = w.substring(0, w.length() - 1) + "ies";
        } else if (w.endsWith("s") || w.endsWith("x") || w.endsWith("ch") || w.endsWith("sh")) {
            p = w + "es";
        } else if (w.endsWith("man")) {
            p = w.substring(0, w.length() - 3) + "men";
        } else {
            p = w + "s";
        }
        return head + p;
    }
}
