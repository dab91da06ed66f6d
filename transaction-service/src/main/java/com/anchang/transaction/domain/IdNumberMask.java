package com.anchang.transaction.domain;

import java.util.Objects;

/**
 * How an identity-document number looks wherever it is shown masked (LEAD-10): the first three and the
 * last four characters kept, every other one a {@code *}, so the length still shows the kind of document
 * (110***********1234 for an 18-character resident ID card, E12**5678 for a passport). A number too
 * short to keep anything hidden shows as {@code ****}. Who sees the full number is the caller's policy.
 */
public final class IdNumberMask {

    private static final String HIDDEN = "****";

    private IdNumberMask() {
    }

    public static String mask(String idNumber) {
        Objects.requireNonNull(idNumber, "idNumber");
        String id = idNumber.strip();
        if (id.length() < 9) {
            return HIDDEN;
        }
        return id.substring(0, 3) + "*".repeat(id.length() - 7) + id.substring(id.length() - 4);
    }
}
