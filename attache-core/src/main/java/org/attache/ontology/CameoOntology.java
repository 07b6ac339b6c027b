package org.attache.ontology;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.attache.model.EventType;
import org.attache.util.DataProblem;

/** The CAMEO event code table and its PLOVER mapping. Immutable once loaded. */
public final class CameoOntology {
    private final Map<String, EventType> types;
    private final Map<String, PloverMapping> plover;
    private final List<DataProblem> problems;

    CameoOntology(Map<String, EventType> types, Map<String, PloverMapping> plover, List<DataProblem> problems) {
        this.types = Collections.unmodifiableMap(new LinkedHashMap<>(types));
        this.plover = Collections.unmodifiableMap(new LinkedHashMap<>(plover));
        this.problems = List.copyOf(problems);
    }

    /** The built-in table from the classpath. */
    public static CameoOntology builtIn() {
        return CameoOntologyLoader.loadBuiltIn();
    }

    public Optional<EventType> find(String code) {
        return Optional.ofNullable(types.get(code));
    }

    /** The event type for a code; an unknown code is a programming or data error. */
    public EventType get(String code) {
        EventType t = types.get(code);
        if (t == null) {
            throw new IllegalArgumentException("unknown CAMEO code: " + code);
        }
        return t;
    }

    public boolean contains(String code) { return types.containsKey(code); }

    /**
     * This table plus codes another dictionary uses that CAMEO lacks (WEIS-style {@code 212},
     * {@code 080!}): each is an event type named after where it came from, with Goldstein 0 and
     * quad class 0 (unknown), so events coded with it are kept as written.
     */
    public CameoOntology withCodes(java.util.Collection<String> codes, String origin) {
        Map<String, EventType> all = new LinkedHashMap<>(types);
        for (String c : codes) {
            all.putIfAbsent(c, new EventType(c, "not a CAMEO code (" + origin + ")", 0.0, 0));
        }
        return new CameoOntology(all, plover, problems);
    }

    public Collection<EventType> all() { return types.values(); }

    public Optional<PloverMapping> plover(String code) {
        return Optional.ofNullable(plover.get(code));
    }

    /** Problems found while loading (lenient mode keeps going). */
    public List<DataProblem> problems() { return problems; }
}
