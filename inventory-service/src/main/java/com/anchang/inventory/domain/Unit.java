package com.anchang.inventory.domain;

import com.anchang.support.problem.InvalidInputException;
import com.anchang.support.problem.RuleRefusedException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import java.util.Optional;

/**
 * One flat of a building, and its sales-control status (UNIT-1). Transitions are methods that refuse
 * what the rulebook forbids, naming the rule; each returns the event it caused.
 *
 * <pre>
 *   AVAILABLE --withhold--> WITHHELD --release--> AVAILABLE            (控房, by the PM)
 *   AVAILABLE --hold--> HELD --reserve--> RESERVED --contract--> CONTRACTED
 *   HELD --expire (deadline passed, UNIT-3)--> AVAILABLE
 *   HELD | RESERVED | CONTRACTED --cancel (the deal's)--> AVAILABLE
 * </pre>
 */
public final class Unit {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
            .withZone(ZoneOffset.UTC);

    private final String id;
    private final String developerId;
    private final String officeId;
    private final String projectId;
    private final String buildingId;
    private final String code;
    private final UnitSpec spec;
    private UnitStatus status;
    private Hold hold;
    private String reservedForDeal;
    private Withholding withholding;
    private String openingId;
    private Instant onSaleFrom;
    private final long version;

    /** Rebuilds a unit from what storage holds; every change after that goes through the rules. */
    public static Unit restore(String id, String developerId, String officeId, String projectId, String buildingId,
            String code, UnitSpec spec, UnitStatus status, Hold hold, String reservedForDeal, Withholding withholding,
            String openingId, Instant onSaleFrom, long version) {
        return new Unit(id, developerId, officeId, projectId, buildingId, code, spec, status, hold, reservedForDeal,
                withholding, openingId, onSaleFrom, version);
    }

    /** The same, for a unit neither withheld nor in an opening. */
    public static Unit restore(String id, String developerId, String officeId, String projectId, String buildingId,
            String code, UnitSpec spec, UnitStatus status, Hold hold, String reservedForDeal, long version) {
        return new Unit(id, developerId, officeId, projectId, buildingId, code, spec, status, hold, reservedForDeal,
                null, null, null, version);
    }

    private Unit(String id, String developerId, String officeId, String projectId, String buildingId, String code,
            UnitSpec spec, UnitStatus status, Hold hold, String reservedForDeal, Withholding withholding,
            String openingId, Instant onSaleFrom, long version) {
        this.id = Objects.requireNonNull(id);
        this.developerId = Objects.requireNonNull(developerId);
        this.officeId = Objects.requireNonNull(officeId);
        this.projectId = Objects.requireNonNull(projectId);
        this.buildingId = Objects.requireNonNull(buildingId);
        this.code = Objects.requireNonNull(code);
        this.spec = Objects.requireNonNull(spec);
        this.status = Objects.requireNonNull(status);
        this.hold = hold;
        this.reservedForDeal = reservedForDeal;
        this.withholding = withholding;
        this.openingId = openingId;
        this.onSaleFrom = onSaleFrom;
        this.version = version;
    }

    /** A new unit of a building, from its price-list line: AVAILABLE. */
    public static Unit catalogue(String developerId, String officeId, String projectId, String buildingId,
            String buildingName, UnitSpec spec) {
        String suffix = spec.floor() + String.format("%02d", spec.number());
        return new Unit(buildingId + "-" + suffix, developerId, officeId, projectId, buildingId,
                buildingName + "-" + suffix, spec, UnitStatus.AVAILABLE, null, null, null, null, null, 0);
    }

    /**
     * UNIT-2: a temporary deposit holds an AVAILABLE unit for one deal; the first deposit wins, every
     * later one is refused with who holds it since when. The hold lapses after the office's hold
     * lifetime (UNIT-3). A unit of an opening is not on sale before the opening's time (OPEN-1).
     */
    public UnitEvent.Held hold(String dealId, String consultantId, String buyerRef, Instant now, SalesControlPolicy policy) {
        return hold(dealId, consultantId, buyerRef, now, policy, null);
    }

    /** As {@link #hold(String, String, String, Instant, SalesControlPolicy)}, occupying the buyer's quota slot of an opening. */
    public UnitEvent.Held hold(String dealId, String consultantId, String buyerRef, Instant now, SalesControlPolicy policy,
            String quotaSlot) {
        checkHoldable(dealId, now);
        hold = new Hold(dealId, consultantId, buyerRef, now, now.plus(policy.holdLifetime()), quotaSlot, null);
        status = UnitStatus.HELD;
        return new UnitEvent.Held(this, hold);
    }

    /**
     * UNIT-2: whether the unit is already held for this deal and buyer, i.e. a hold request that is
     * repeated (a client retrying after its answer was lost) asks for what already is: it is answered
     * with the hold, not a second one and not a refusal.
     */
    public boolean alreadyHeldFor(String dealId, String buyerRef) {
        return status == UnitStatus.HELD && hold != null && hold.dealId().equals(dealId)
                && Objects.equals(hold.buyerRef(), buyerRef);
    }

    /**
     * Refuses, naming the rule, a hold the unit cannot take now; returns normally if it can. Every status
     * decides here: a status added later does not compile until it is given its answer.
     */
    public void checkHoldable(String dealId, Instant now) {
        if (status == UnitStatus.HELD && hold != null && hold.dealId().equals(dealId)) {
            throw new RuleRefusedException(InventoryRule.UNIT_2, "unit " + code + " is already held by this deal since "
                    + TIME.format(hold.heldAt()));
        }
        Instant notOnSaleBefore = switch (status) {
            case AVAILABLE -> onSaleFrom;
            case HELD, RESERVED, CONTRACTED -> throw takenByAnotherDeal(code, status, hold == null ? null : hold.heldAt());
            case WITHHELD -> throw new RuleRefusedException(InventoryRule.UNIT_1, "unit " + code + " is withheld from sale (控房)"
                    + (withholding == null ? "" : ": " + withholding.reason()));
        };
        if (notOnSaleBefore != null && now.isBefore(notOnSaleBefore)) {
            throw new RuleRefusedException(InventoryRule.OPEN_1, "unit " + code + " goes on sale in opening " + openingId + " at "
                    + TIME.format(onSaleFrom) + ", not before");
        }
    }

    /** UNIT-2: the refusal of a hold on a unit another deal holds (since heldAt), reserved or contracted. */
    public static RuleRefusedException takenByAnotherDeal(String code, UnitStatus status, Instant heldAt) {
        return switch (status) {
            case HELD -> new RuleRefusedException(InventoryRule.UNIT_2, "unit " + code + " was held by another deal at "
                    + TIME.format(heldAt));
            case RESERVED, CONTRACTED -> new RuleRefusedException(InventoryRule.UNIT_2, "unit " + code + " is already "
                    + status.name().toLowerCase() + " by another deal");
            case AVAILABLE, WITHHELD -> throw new IllegalArgumentException(status + " is not taken by a deal");
        };
    }

    /**
     * OPEN-2: whether the unit's hold (held, reserved or contracted since) occupies this quota slot. A
     * slot no unit occupies was left behind by a cancellation or expiry that stopped before freeing it.
     */
    public boolean occupies(String quotaSlot) {
        return hold != null && quotaSlot.equals(hold.quotaSlot());
    }

    /** The deal that holds, reserved or contracted the unit; null when it is available or withheld. */
    public String takenBy() {
        return switch (status) {
            case HELD -> hold.dealId();
            case RESERVED, CONTRACTED -> reservedForDeal;
            case AVAILABLE, WITHHELD -> null;
        };
    }

    /** UNIT-1: the formal deposit of the deal that holds the unit reserves it. */
    public UnitEvent.Reserved reserve(String dealId, Instant now) {
        if (status != UnitStatus.HELD || hold == null || !hold.dealId().equals(dealId)) {
            throw new RuleRefusedException(InventoryRule.UNIT_2, "unit " + code + " is " + status.name().toLowerCase()
                    + (hold == null ? "" : " for deal " + hold.dealId()) + ", not held for deal " + dealId);
        }
        status = UnitStatus.RESERVED;
        reservedForDeal = dealId;
        return new UnitEvent.Reserved(this, dealId, now);
    }

    /**
     * A unit swap (换房, a change order of the deal in transaction-service): the deal, past its formal deposit
     * on another unit, moves to this one, which is reserved for it at once. Refused as a hold would be: taken
     * by another deal (UNIT-2), withheld (UNIT-1), not on sale yet (OPEN-1).
     */
    public UnitEvent.Reserved reserveBySwap(String dealId, String consultantId, String buyerRef, Instant now) {
        checkHoldable(dealId, now);
        hold = new Hold(dealId, consultantId, buyerRef, now, now);
        status = UnitStatus.RESERVED;
        reservedForDeal = dealId;
        return new UnitEvent.Reserved(this, dealId, now);
    }

    /** UNIT-1: the sales contract of the deal that reserved the unit is signed. */
    public UnitEvent.Contracted contract(String dealId, Instant now) {
        if (status != UnitStatus.RESERVED || !dealId.equals(reservedForDeal)) {
            throw new RuleRefusedException(InventoryRule.UNIT_1, "unit " + code + " is " + status.name().toLowerCase()
                    + ", not reserved for deal " + dealId + ": only a reserved unit is contracted");
        }
        status = UnitStatus.CONTRACTED;
        return new UnitEvent.Contracted(this, dealId, now);
    }

    /** UNIT-1: the PM withholds an available unit from sale (控房), with a reason. */
    public UnitEvent.Withheld withhold(String reason, String by, Instant now) {
        if (status != UnitStatus.AVAILABLE) {
            throw new RuleRefusedException(InventoryRule.UNIT_1, "unit " + code + " is " + status.name().toLowerCase()
                    + (hold == null ? "" : " for deal " + hold.dealId()) + "; only an available unit can be withheld");
        }
        withholding = new Withholding(reason, by, now);
        status = UnitStatus.WITHHELD;
        return new UnitEvent.Withheld(this, withholding);
    }

    /** UNIT-1: the PM puts a withheld unit back on sale, with a reason. */
    public UnitEvent.Released release(String reason, String by, Instant now) {
        if (status != UnitStatus.WITHHELD) {
            throw new RuleRefusedException(InventoryRule.UNIT_1, "unit " + code + " is " + status.name().toLowerCase()
                    + ", not withheld; a deal's unit goes back on sale by cancelling the deal");
        }
        withholding = null;
        return backOnSale(UnitStatus.WITHHELD, null, reason, by, now);
    }

    /** UNIT-1: cancelling the deal that holds, reserved or contracted the unit puts it back on sale. */
    public UnitEvent.Released cancel(String dealId, String reason, String by, Instant now) {
        String dealOfUnit = takenBy();
        if (dealOfUnit == null || !dealOfUnit.equals(dealId)) {
            throw new RuleRefusedException(InventoryRule.UNIT_1, "unit " + code + " is " + status.name().toLowerCase()
                    + (dealOfUnit == null ? "" : " for deal " + dealOfUnit) + ", not for deal " + dealId
                    + "; nothing to cancel");
        }
        return backOnSale(status, dealId, reason, by, now);
    }

    /**
     * UNIT-3: a hold whose deadline has passed returns the unit to AVAILABLE by itself. Anything else
     * (not held any more, or held again with a later deadline) is left alone, so a sweep may look at a
     * unit any number of times.
     */
    public Optional<UnitEvent.HoldExpired> expire(Instant now) {
        if (status != UnitStatus.HELD || hold == null || !hold.lapsedAt(now)) {
            return Optional.empty();
        }
        Hold lapsed = hold;
        hold = null;
        status = UnitStatus.AVAILABLE;
        return Optional.of(new UnitEvent.HoldExpired(this, lapsed, now));
    }

    /**
     * UNIT-4: the holding deal's consultant asks for a special discount beyond the price list; it
     * waits for the PM's decision. A discount that leaves no price, or one asked while another waits or
     * after one was approved, is refused.
     */
    public void requestDiscount(String dealId, BigDecimal amount, String reason, String by, Instant now) {
        Hold current = heldFor(dealId, "request a discount");
        if (amount.signum() <= 0 || amount.compareTo(spec.listPrice()) >= 0) {
            throw new InvalidInputException("amount", "must be more than 0 and less than the list price "
                    + spec.listPrice().toPlainString());
        }
        Discount existing = current.discount();
        if (existing != null && existing.decision() != Discount.Decision.REJECTED) {
            throw new RuleRefusedException(InventoryRule.UNIT_4, "unit " + code + " already has a "
                    + existing.decision().name().toLowerCase() + " discount of " + existing.amount().toPlainString());
        }
        hold = current.withDiscount(Discount.requested(amount, reason, by, now));
    }

    /** UNIT-4: the PM (or head office) approves the waiting discount; it attaches to the hold. */
    public UnitEvent.DiscountApproved approveDiscount(String by, String reason, Instant now) {
        Discount decided = decide(Discount.Decision.APPROVED, by, reason, now);
        return new UnitEvent.DiscountApproved(this, hold.dealId(), decided);
    }

    /** UNIT-4: the PM (or head office) rejects the waiting discount; the list price stands. */
    public UnitEvent.DiscountRejected rejectDiscount(String by, String reason, Instant now) {
        Discount decided = decide(Discount.Decision.REJECTED, by, reason, now);
        return new UnitEvent.DiscountRejected(this, hold.dealId(), decided);
    }

    /** The price of the holding deal: the list price less an approved discount. */
    public BigDecimal dealPrice() {
        Discount discount = hold == null ? null : hold.discount();
        return discount != null && discount.decision() == Discount.Decision.APPROVED
                ? spec.listPrice().subtract(discount.amount()) : spec.listPrice();
    }

    /**
     * UNIT-1: a unit held, reserved or contracted keeps the price agreed for its deal when the price
     * list changes; why this one is not repriced, or null when it can be.
     */
    public String whyNotRepriceable() {
        return switch (status) {
            case HELD -> "not repriced: HELD for deal " + hold.dealId();
            case RESERVED, CONTRACTED -> "not repriced: " + status.name() + " for deal " + reservedForDeal;
            case AVAILABLE, WITHHELD -> null;
        };
    }

    /** OPEN-1: the unit goes on sale in an opening at its time; until then no hold is taken. */
    public void includeIn(String opening, Instant opensAt) {
        if (status != UnitStatus.AVAILABLE && status != UnitStatus.WITHHELD) {
            throw new RuleRefusedException(InventoryRule.OPEN_1, "unit " + code + " is " + status.name().toLowerCase()
                    + "; only an available or withheld unit can be put in an opening");
        }
        if (openingId != null && !openingId.equals(opening)) {
            throw new RuleRefusedException(InventoryRule.OPEN_1, "unit " + code + " is already in opening " + openingId);
        }
        openingId = opening;
        onSaleFrom = opensAt;
        withholding = null;
        status = UnitStatus.AVAILABLE;
    }

    private Discount decide(Discount.Decision outcome, String by, String reason, Instant now) {
        Discount waiting = hold == null ? null : hold.discount();
        if (status != UnitStatus.HELD || waiting == null || waiting.decision() != Discount.Decision.PENDING) {
            throw new RuleRefusedException(InventoryRule.UNIT_4, "unit " + code + " has no discount waiting for a decision");
        }
        Discount decided = waiting.decided(outcome, by, now, reason);
        hold = hold.withDiscount(decided);
        return decided;
    }

    private Hold heldFor(String dealId, String action) {
        if (status != UnitStatus.HELD || !hold.dealId().equals(dealId)) {
            throw new RuleRefusedException(InventoryRule.UNIT_4, "unit " + code + " is " + status.name().toLowerCase()
                    + ", not held for deal " + dealId + ": only the holding deal may " + action);
        }
        return hold;
    }

    private UnitEvent.Released backOnSale(UnitStatus from, String dealId, String reason, String by, Instant now) {
        BigDecimal price = dealPrice();
        status = UnitStatus.AVAILABLE;
        hold = null;
        reservedForDeal = null;
        return new UnitEvent.Released(this, from, dealId, reason, by, now, price);
    }

    public String id() {
        return id;
    }

    public String developerId() {
        return developerId;
    }

    public String officeId() {
        return officeId;
    }

    public String projectId() {
        return projectId;
    }

    public String buildingId() {
        return buildingId;
    }

    public String code() {
        return code;
    }

    public UnitSpec spec() {
        return spec;
    }

    public UnitStatus status() {
        return status;
    }

    public Hold hold() {
        return hold;
    }

    public String reservedForDeal() {
        return reservedForDeal;
    }

    public Withholding withholding() {
        return withholding;
    }

    public String openingId() {
        return openingId;
    }

    public Instant onSaleFrom() {
        return onSaleFrom;
    }

    /** The stored version this unit was read at; a write succeeds only if nobody wrote in between. */
    public long version() {
        return version;
    }
}
