package org.attache.actors;

import java.util.List;

/**
 * What a dictionary phrase stands for. A {@code COUNTRY} or {@code ADJECTIVE} gives a country;
 * a {@code METONYM} ("Moscow", "the White House") gives a country's government; an
 * {@code ORGANIZATION} gives a full code; an {@code AGENT} gives sectors (possibly none:
 * "spokesman" inherits the sector of what it speaks for).
 */
public record ActorEntry(Kind kind, String phrase, String code, List<String> sectors, String agentKind) {
    public enum Kind { COUNTRY, ADJECTIVE, METONYM, ORGANIZATION, AGENT }

    public ActorEntry {
        sectors = List.copyOf(sectors);
    }
}
