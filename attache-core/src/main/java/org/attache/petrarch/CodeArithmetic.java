package org.attache.petrarch;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.attache.coding.CodeCombination;
import org.attache.util.DataFileException;
import org.attache.util.DataProblem;
import org.attache.util.TsvReader;
import org.attache.util.TsvReader.Row;

/**
 * PETRARCH-2's code arithmetic: each CAMEO code is a 16-bit value of independent parts
 * ({@code petrarch/code-ontology.tsv}, or a validation file's {@code <PICOfile>}), so a governing
 * verb's own code and the code of the action it governs add up ("A will [help B]": 0x3000 +
 * 0x0040 = 0x3040 = 033), and a negation subtracts 0xFFFF ("did not cooperate" = 121). A result
 * with no CAMEO code is no event. The verb dictionary's transformation lines ({@code ~ a (b .
 * ATTACK) SAY = a b 112}) are tried first. Immutable and thread-safe.
 */
public final class CodeArithmetic implements CodeCombination {
    static final String RESOURCE = "org/attache/petrarch/code-ontology.tsv";
    /** What a negation or a rejection subtracts. */
    static final int NEGATION = 0xFFFF;
    /** Values from here up carry a modality (say, appeal, intend, …) in their first digit. */
    static final int MODALITY = 0x1000;

    private final Map<String, Integer> values;
    private final Map<Integer, String> codes;
    private final List<Transformation> transformations;
    private final List<DataProblem> problems;

    private CodeArithmetic(Map<String, Integer> values, Map<Integer, String> codes, List<Transformation> transformations,
                           List<DataProblem> problems) {
        this.values = Map.copyOf(values);
        this.codes = Map.copyOf(codes);
        this.transformations = List.copyOf(transformations);
        this.problems = List.copyOf(problems);
    }

    /** PETRARCH-2's table, without transformations. */
    public static CodeArithmetic builtIn() {
        return load(TsvReader.readResource(RESOURCE));
    }

    /** A table file ({@code <PICOfile>}): code, value and direction per line, tabs or spaces between. */
    public static CodeArithmetic load(Path file) {
        try {
            return load(TsvReader.read(file.toString(), new ByteArrayInputStream(Files.readAllBytes(file))));
        } catch (IOException e) {
            throw new DataFileException(file + ": cannot read the code table: " + e.getMessage(), List.of());
        }
    }

    /** Reads table rows; a bad row is a problem naming its line, and the rest loads. */
    public static CodeArithmetic load(List<Row> rows) {
        Map<String, Integer> values = new HashMap<>();
        Map<Integer, String> codes = new HashMap<>();
        List<DataProblem> problems = new ArrayList<>();
        for (Row row : rows) {
            String[] f = String.join(" ", row.fields()).strip().split("\\s+");
            if (f.length < 2 || f.length > 3 || !f[0].matches("[0-9]{2,4}")) {
                problems.add(row.problem("expected 'CODE VALUE [both|back]' (a CAMEO code and a hex value such as 0x3040), got '"
                        + String.join(" ", f) + "'"));
                continue;
            }
            String direction = f.length == 3 ? f[2] : "both";
            if (!direction.equals("both") && !direction.equals("back")) {
                problems.add(row.problem("direction must be 'both' or 'back', got '" + direction + "'"));
                continue;
            }
            OptionalInt v = value(f[1]);
            if (v.isEmpty()) {
                problems.add(row.problem("bad value '" + f[1] + "': expected a hex number such as 0x3040 or a sum such as -0xFFFF+0x0070"));
                continue;
            }
            if (direction.equals("both")) {
                if (values.putIfAbsent(f[0], v.getAsInt()) != null) {
                    problems.add(row.problem("code " + f[0] + " is listed twice: the first value is kept"));
                }
            }
            codes.putIfAbsent(v.getAsInt(), f[0]);
        }
        return new CodeArithmetic(values, codes, List.of(), problems);
    }

    /** {@code 0x3040}, {@code -0xFFFF+0x0070}: a sum of signed hex numbers. */
    private static OptionalInt value(String s) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("([+-]?)(?:0[xX])?([0-9A-Fa-f]{1,5})").matcher(s);
        int pos = 0;
        int sum = 0;
        while (pos < s.length()) {
            if (!m.find(pos) || m.start() != pos || m.group().isEmpty() || pos > 0 && m.group(1).isEmpty()) {
                return OptionalInt.empty();
            }
            int n = Integer.parseInt(m.group(2), 16);
            sum += m.group(1).equals("-") ? -n : n;
            pos = m.end();
        }
        return pos == 0 ? OptionalInt.empty() : OptionalInt.of(sum);
    }

    /** This table with a verb dictionary's transformations. */
    public CodeArithmetic withTransformations(List<Transformation> t) {
        return new CodeArithmetic(values, codes, t, problems);
    }

    /** The same transformations over another table (a validation file's {@code <PICOfile>}). */
    public CodeArithmetic withTable(CodeArithmetic table) {
        return new CodeArithmetic(table.values, table.codes, transformations, table.problems);
    }

    public List<Transformation> transformations() { return transformations; }

    /** Problems in the table file (each names its line). */
    public List<DataProblem> problems() { return problems; }

    /** A code's value: its own, else its root's ({@code 0215} → {@code 020}); empty for a code outside the table. */
    public OptionalInt valueOf(String code) {
        if (code == null) {
            return OptionalInt.empty();
        }
        Integer v = values.get(code);
        if (v == null && code.length() >= 2) {
            v = values.get(code.substring(0, 2) + "0");
        }
        return v == null ? OptionalInt.empty() : OptionalInt.of(v);
    }

    /** The CAMEO code of a value, if it has one. */
    public Optional<String> codeOf(int value) {
        return Optional.ofNullable(codes.get(value));
    }

    /**
     * PETRARCH-2's rule for adding a lower verb's value to the upper verb's: a negated (negative)
     * lower value takes the upper's; of two modalities the lower one wins; a lower value as high as
     * the upper's wins; otherwise the two add up.
     */
    static int add(int upper, int lower) {
        if (lower < 0) {
            return lower + upper;
        }
        if (upper >= MODALITY && lower >= MODALITY) {
            return lower;
        }
        if (lower >= upper) {
            return lower;
        }
        return upper + lower;
    }

    @Override
    public Optional<String> combine(String upper, String lower) {
        if (lower == null) {
            return Optional.ofNullable(upper);
        }
        if (upper == null) {
            return Optional.of(lower);
        }
        OptionalInt u = valueOf(upper);
        OptionalInt l = valueOf(lower);
        if (u.isEmpty() || l.isEmpty()) {
            // a code outside the table (WEIS 212) cannot be added: the lower verb's code stands
            return Optional.of(lower);
        }
        return codeOf(add(u.getAsInt(), l.getAsInt()));
    }

    @Override
    public Optional<String> negate(String code) {
        OptionalInt v = valueOf(code);
        return v.isEmpty() ? Optional.empty() : codeOf(v.getAsInt() - NEGATION);
    }

    @Override
    public boolean combinesAcrossClauses(String upper, String lower) {
        OptionalInt u = valueOf(upper);
        OptionalInt l = valueOf(lower);
        return u.isPresent() && u.getAsInt() != 0 && l.isPresent() && l.getAsInt() >= 0 && l.getAsInt() < MODALITY;
    }

    @Override
    public Optional<Transformed> transform(String upper, String upperLemma, String lower, String lowerLemma,
                                           String upperSource, String lowerSource, String lowerTarget) {
        // a transformation naming the lower verb wins over one with Q (any verb)
        for (boolean anyVerb : new boolean[] {false, true}) {
            for (Transformation t : transformations) {
                if (t.lower().any() != anyVerb || !matches(t.upper(), upper, upperLemma) || !matches(t.lower(), lower, lowerLemma)) {
                    continue;
                }
                Map<String, String> bound = new HashMap<>();
                if (!bind(t.upperSource(), upperSource, bound) || !bind(t.lowerSource(), lowerSource, bound)
                        || !bind(t.lowerTarget(), lowerTarget, bound)) {
                    continue;
                }
                Role src = role(t, t.resultSource());
                Role tgt = role(t, t.resultTarget());
                String code = t.resultCode().equals("Q") ? lower : t.resultCode();
                if (code != null) {
                    return Optional.of(new Transformed(src, tgt, code, t.file(), t.line()));
                }
            }
        }
        return Optional.empty();
    }

    /** A transformation verb: any verb (Q); a verb without a code, by its word; else by code, its parts masked as PETRARCH does. */
    private boolean matches(Transformation.Verb tv, String code, String lemma) {
        if (tv.any()) {
            return true;
        }
        if (tv.code() == null) {
            return code == null && tv.lemma().equals(lemma);
        }
        OptionalInt want = valueOf(tv.code());
        OptionalInt have = valueOf(code);
        if (want.isEmpty() || have.isEmpty()) {
            return tv.code().equals(code);
        }
        int c = have.getAsInt();
        int w = want.getAsInt();
        return w == c || w == c - Math.floorMod(c, 0x10) || w == c - Math.floorMod(c, 0x100) || w == c - Math.floorMod(c, 0x1000);
    }

    /** '_' is an absent actor, '.' any actor present, a letter an actor present (the same letter the same actor, another letter another). */
    private static boolean bind(String var, String actor, Map<String, String> bound) {
        switch (var) {
            case "_" -> {
                return actor == null;
            }
            case "." -> {
                return actor != null;
            }
            default -> {
                if (actor == null) {
                    return false;
                }
                String before = bound.get(var);
                if (before != null) {
                    return before.equals(actor);
                }
                if (bound.containsValue(actor)) {
                    return false;
                }
                bound.put(var, actor);
                return true;
            }
        }
    }

    private static Role role(Transformation t, String var) {
        if (var.equals(t.upperSource())) {
            return Role.UPPER_SOURCE;
        }
        if (var.equals(t.lowerSource())) {
            return Role.LOWER_SOURCE;
        }
        if (var.equals(t.lowerTarget())) {
            return Role.LOWER_TARGET;
        }
        return null;
    }
}
