package org.attache.coding;

import java.util.Set;
import org.attache.model.Status;

/**
 * Step "modality and complement mapping": how CAMEO's codebook reads a verb that governs an
 * embedded action, and which status a code carries by its root. A pledge (03x) is an intention,
 * an appeal or demand (02x, 10x) asks for something that has not happened, and a negated
 * cooperative act is the matching rejection (12x).
 */
final class CodebookMapping {
    /** Cooperative roots whose negation is the matching rejection. */
    static final Set<String> NEGATION_RECODED_ROOTS = Set.of("03", "04", "05", "06", "07", "08");

    private CodebookMapping() {
    }

    /**
     * A pledge (03x) is an intention and an appeal or demand (02x, 10x) asks for something that has
     * not happened, whatever verb carries them ("promised weapons", "called for a ceasefire").
     */
    static Status statusOfRoot(String code, Status st) {
        if (st != Status.ASSERTED) {
            return st;
        }
        return switch (code.substring(0, 2)) {
            case "03" -> Status.INTENDED;
            case "02", "10" -> Status.DEMANDED;
            default -> st;
        };
    }

    /** A root-level code ("020", "120") of a complement verb takes its meaning from the embedded action. */
    static boolean isGeneric(String code) {
        return code.length() == 2 || code.length() == 3 && code.endsWith("0");
    }

    /** Verbs coded in these roots govern an embedded action even without a ~marker ("called on X to…"). */
    static ComplementKind kindOfRoot(String code) {
        return switch (code.substring(0, 2)) {
            case "02" -> ComplementKind.APPEAL;
            case "03" -> ComplementKind.INTENT;
            case "10" -> ComplementKind.DEMAND;
            case "12" -> ComplementKind.REJECT;
            case "13" -> ComplementKind.THREATEN;
            default -> null;
        };
    }

    /** Appeals and demands are demanded, expressions of intent intended, refusals and threats happened. */
    static Status statusOfCode(String code, ComplementKind kind) {
        return switch (code.substring(0, 2)) {
            case "02", "10" -> Status.DEMANDED;
            case "03" -> Status.INTENDED;
            case "12", "13" -> Status.ASSERTED;
            default -> kind.status();
        };
    }
}
