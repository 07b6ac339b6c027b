package org.attache.coding;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
    private final Map<String, String> codes;
    private final List<DataProblem> problems;

    private WeaponPlatforms(Map<String, String> codes, List<DataProblem> problems) {
        this.codes = Map.copyOf(codes);
        this.problems = List.copyOf(problems);
    }

    public static WeaponPlatforms builtIn(CameoOntology ontology) {
        return load(TsvReader.readResource(RESOURCE), ontology);
    }

    public static WeaponPlatforms load(List<Row> rows, CameoOntology ontology) {
        Map<String, String> codes = new HashMap<>();
        List<DataProblem> problems = new ArrayList<>();
        for (Row row : rows) {
            String lemma = row.get(0);
            String code = row.get(1);
            if (lemma.isEmpty() || lemma.contains(" ")) {
                problems.add(row.problem("expected one lemma, got '" + lemma + "'"));
            } else if (!code.matches("(18|19|20)\\d{0,2}") || !ontology.contains(code)) {
                problems.add(row.problem("expected a CAMEO code in roots 18-20, got '" + code + "'"));
            } else if (codes.putIfAbsent(lemma, code) != null) {
                problems.add(row.problem("duplicate weapon '" + lemma + "'"));
            }
        }
        return new WeaponPlatforms(codes, problems);
    }

    /** The code a weapon or platform lemma gives to an act of force, if it is listed. */
    public Optional<String> codeOf(String lemma) { return Optional.ofNullable(codes.get(lemma)); }

    public List<DataProblem> problems() { return problems; }
}
