package org.attache.actors;

import java.time.LocalDate;
import java.util.List;

/**
 * What a dictionary phrase stands for. A {@code COUNTRY} or {@code ADJECTIVE} gives a country;
 * a {@code METONYM} ("Moscow", "the White House") gives a country's government; an
 * {@code ORGANIZATION} gives a full code; an {@code AGENT} gives sectors (possibly none:
 * "spokesman" inherits the sector of what it speaks for).
 */
public record ActorEntry(Kind kind, String phrase, String code, List<String> sectors, String agentKind,
                         LocalDate from, LocalDate to) {
    /** A {@code PERSON} is a named individual whose code (role) holds from {@code from} until {@code to}. */
    public enum Kind { COUNTRY, ADJECTIVE, METONYM, ORGANIZATION, AGENT, PERSON }

    public ActorEntry {
        sectors = List.copyOf(sectors);
    }

    public ActorEntry(Kind kind, String phrase, String code, List<String> sectors, String agentKind) {
        this(kind, phrase, code, sectors, agentKind, null, null);
    }

    /** Whether this entry has a date restriction. */
    public boolean dated() { return from != null || to != null; }

    /** Whether the entry holds on {@code date}: from inclusive, to exclusive; an unknown date matches only undated entries. */
    public boolean validOn(LocalDate date) {
        if (!dated()) {
            return true;
        }
        if (date == null) {
            return false;
        }
        return (from == null || !date.isBefore(from)) && (to == null || date.isBefore(to));
    }
}
