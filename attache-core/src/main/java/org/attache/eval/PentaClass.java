package org.attache.eval;

import java.util.List;

/**
 * The five-way grouping of CAMEO roots used by labelled event corpora such as ConfliBERT's
 * cameo_class: 0 statements and appeals (01-02), 1 verbal cooperation (03-05), 2 material
 * cooperation (06-08), 3 verbal conflict and reduced relations (09-13, 16), 4 protest, force,
 * coercion and violence (14-15, 17-20).
 */
public final class PentaClass {
    public static final List<String> NAMES = List.of(
            "0 statement/appeal", "1 verbal coop", "2 material coop", "3 verbal conflict", "4 material conflict");

    private PentaClass() {
    }

    /** The class of a two-digit CAMEO root, or -1 when it is not a root. */
    public static int of(String root) {
        if (root == null || root.length() < 2) {
            return -1;
        }
        int r;
        try {
            r = Integer.parseInt(root.substring(0, 2));
        } catch (NumberFormatException e) {
            return -1;
        }
        if (r >= 1 && r <= 2) {
            return 0;
        }
        if (r >= 3 && r <= 5) {
            return 1;
        }
        if (r >= 6 && r <= 8) {
            return 2;
        }
        if (r >= 9 && r <= 13 || r == 16) {
            return 3;
        }
        if (r == 14 || r == 15 || r >= 17 && r <= 20) {
            return 4;
        }
        return -1;
    }
}
