package org.attache.ontology;

/** The PLOVER event type and mode a CAMEO code maps to. */
public record PloverMapping(String event, String mode) {
}
