package org.attache.store;

import org.attache.ontology.CameoOntology;
import org.attache.ontology.PloverMapping;

/** The PLOVER mapping of a CAMEO code, falling back to its parent codes (0874 -> 087 -> 08) when unmapped. */
final class Plover {
    private Plover() {
    }

    static PloverMapping mapping(CameoOntology ontology, String code) {
        for (String c = code; c.length() >= 2; c = c.substring(0, c.length() - 1)) {
            var m = ontology.plover(c);
            if (m.isPresent()) {
                return m.get();
            }
        }
        return null;
    }
}
