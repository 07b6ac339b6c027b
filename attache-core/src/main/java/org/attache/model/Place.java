package org.attache.model;

/** Where an event happened: a gazetteer place, its country (ISO alpha-3), coordinates, and how it was found. */
public record Place(String name, String country, Double lat, Double lon, String basis) {
}
