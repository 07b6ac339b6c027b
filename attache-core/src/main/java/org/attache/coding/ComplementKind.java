package org.attache.coding;

import java.util.Locale;
import org.attache.model.Status;

/** How a verb that governs an embedded action combines with it ("urged X to withdraw"). */
public enum ComplementKind {
    APPEAL(Status.DEMANDED), INTENT(Status.INTENDED), DEMAND(Status.DEMANDED),
    REJECT(Status.ASSERTED), THREATEN(Status.ASSERTED);

    private final Status status;

    ComplementKind(Status status) {
        this.status = status;
    }

    /** The status of the combined event: a vow is intended, an appeal demanded, a refusal asserted. */
    public Status status() { return status; }

    public static ComplementKind parse(String s) {
        return valueOf(s.toUpperCase(Locale.ROOT));
    }
}
