package com.anchang.lead.domain;

import java.util.Objects;

/**
 * LEAD-7: how a lead came to be registered. A plain {@code REGISTRATION} of a customer received; a
 * <em>pre-registration</em> before the customer comes: {@code REFERRAL} (referred by an old buyer or
 * another customer, {@code referredByLeadId} naming their lead) or {@code PROXY_VIEWER} (代看房: someone
 * viewed for the customer, the principal; {@code referredByLeadId} may name the viewer's lead). A
 * pre-registered lead is owned and protected like any registration, so a colleague who registers the
 * customer later collides with it (LEAD-5) and loses while it is protected. {@code previousLeadId} names
 * the customer's earlier, contracted lead when this one is a returning buyer's second purchase.
 *
 * <p>LEAD-1: {@code consent} is how the customer agreed to be registered (their name and mobile kept
 * by the office): said so (VERBAL), signed the office's registration form (SIGNED_FORM) or confirmed
 * electronically, e.g. on the office's WeChat form (ELECTRONIC). Null only on leads stored before
 * consent was recorded.
 *
 * <p>LEAD-2 (首接制, no log, no claim): {@code receptionId} names the logged reception (a walk-in or a call
 * the rotation gave the consultant, ROT-11) the customer was registered from; null for a registration
 * that names none (a pre-registration, or one made before receptions were named).
 */
public record Registration(Kind kind, String referredByLeadId, String previousLeadId, Consent consent,
        String receptionId) {

    public enum Consent {
        VERBAL,
        SIGNED_FORM,
        ELECTRONIC
    }

    public enum Kind {
        REGISTRATION,
        REFERRAL,
        PROXY_VIEWER
    }

    public static final Registration PLAIN = new Registration(Kind.REGISTRATION, null, null);

    public Registration {
        kind = kind == null ? Kind.REGISTRATION : kind;
    }

    /** A registration whose consent is not (yet) known. */
    public Registration(Kind kind, String referredByLeadId, String previousLeadId) {
        this(kind, referredByLeadId, previousLeadId, null);
    }

    /** A registration that names no reception. */
    public Registration(Kind kind, String referredByLeadId, String previousLeadId, Consent consent) {
        this(kind, referredByLeadId, previousLeadId, consent, null);
    }

    /** The same registration with the customer's consent as given now (LEAD-1). */
    public Registration withConsent(Consent given) {
        return new Registration(kind, referredByLeadId, previousLeadId, given, receptionId);
    }

    /** LEAD-2: the same registration made from the logged reception {@code reception} (null: none). */
    public Registration fromReception(String reception) {
        return new Registration(kind, referredByLeadId, previousLeadId, consent, reception);
    }

    /** Whether the customer was registered before they came (LEAD-7 referral / proxy-viewer pre-registration). */
    public boolean preRegistered() {
        return kind != Kind.REGISTRATION;
    }

    /** The same registration as the returning buyer's new lead after {@code previous} (LEAD-7). */
    public Registration returningAfter(String previous) {
        return new Registration(kind, referredByLeadId, Objects.requireNonNull(previous), consent, receptionId);
    }
}
