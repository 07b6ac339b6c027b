package org.attache.coding;

import java.util.List;
import java.util.Optional;
import org.attache.ontology.CameoOntology;
import org.attache.util.DataProblem;
import org.attache.util.TsvReader;
import org.attache.util.TsvReader.Row;

/**
 * Weapons and platforms that say how force was used ("warplanes" 195, "drones" 1952, "artillery"
 * 194), from {@code weapon-platforms.tsv}: lemma, then a CAMEO code in roots 18-20.
 */
public final class WeaponPlatforms {
    static final String RESOURCE = "org/attache/coding/weapon-platforms.tsv";
    private final LemmaCodes table;

    private WeaponPlatforms(LemmaCodes table) {
        this.table = table;
    }

    public static WeaponPlatforms builtIn(CameoOntology ontology) {
        return load(TsvReader.readResource(RESOURCE), ontology);
    }

    public static WeaponPlatforms load(List<Row> rows, CameoOntology ontology) {
        return new WeaponPlatforms(LemmaCodes.load(rows, code -> code.matches("(18|19|20)\\d{0,2}") && ontology.contains(code),
                "expected a CAMEO code in roots 18-20", "weapon"));
    }

    /** The code a weapon or platform lemma gives to an act of force, if it is listed. */
    public Optional<String> codeOf(String lemma) { return table.codeOf(lemma); }

    public List<DataProblem> problems() { return table.problems(); }
}
