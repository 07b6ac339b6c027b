package org.attache.model;

/** One row of the CAMEO event table. Codes are strings: leading zeros matter ("0211"). */
public record EventType(String code, String name, double goldstein, int quadClass) {
    public String root() { return code.substring(0, 2); }
}
