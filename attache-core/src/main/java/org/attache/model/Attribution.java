package org.attache.model;

/** Who claims an event (filled by the attribution stage; null until then). */
public record Attribution(String text, String kind) {
}
