package com.anchang.transaction.domain;

import com.anchang.support.problem.InvalidInputException;
import com.anchang.support.problem.RuleRefusedException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import java.util.UUID;

/**
 * A buyer's deal on one unit, from the moment sales control confirmed the unit available to the
 * formal deposit (RULES, DEAL). The state machine is {@link DealStatus}; transitions are methods
 * that refuse what the rulebook forbids, naming the rule. Each transition decides every status in a
 * switch expression, so a status added later does not compile until each transition decides it.
 */
public final class Deal {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
            .withZone(ZoneOffset.UTC);

    private final String id;
    private final String developerId;
    private final String officeId;
    private final String unitId;
    private final String unitCode;
    private final String consultantId;
    private final String leadId;
    private final Buyer buyer;
    private final Instant openedAt;
    private DealStatus status;
    private Instant unitHeldAt;
    private Instant holdExpiresAt;
    private Deposit deposit;
    private LocalDate downPaymentDueDate;
    private final long version;

    /** Rebuilds a deal from what storage holds; every change after that goes through the rules. */
    public static Deal restore(String id, String developerId, String officeId, String unitId, String unitCode,
            String consultantId, String leadId, Buyer buyer, Instant openedAt, DealStatus status, Instant unitHeldAt, Instant holdExpiresAt,
            Deposit deposit, LocalDate downPaymentDueDate, long version) {
        return new Deal(id, developerId, officeId, unitId, unitCode, consultantId, leadId, buyer, openedAt, status,
                unitHeldAt, holdExpiresAt, deposit, downPaymentDueDate, version);
    }

    private Deal(String id, String developerId, String officeId, String unitId, String unitCode, String consultantId,
            String leadId, Buyer buyer, Instant openedAt, DealStatus status, Instant unitHeldAt, Instant holdExpiresAt,
            Deposit deposit, LocalDate downPaymentDueDate, long version) {
        this.id = Objects.requireNonNull(id, "id");
        this.developerId = Objects.requireNonNull(developerId, "developerId");
        this.officeId = Objects.requireNonNull(officeId, "officeId");
        this.unitId = Objects.requireNonNull(unitId, "unitId");
        this.unitCode = unitCode == null ? unitId : unitCode;
        this.consultantId = Objects.requireNonNull(consultantId, "consultantId");
        this.leadId = leadId;
        this.buyer = Objects.requireNonNull(buyer, "buyer");
        this.openedAt = Objects.requireNonNull(openedAt, "openedAt");
        this.status = Objects.requireNonNull(status, "status");
        this.unitHeldAt = unitHeldAt;
        this.holdExpiresAt = holdExpiresAt;
        this.deposit = deposit;
        this.downPaymentDueDate = downPaymentDueDate;
        this.version = version;
    }

    /**
     * UNIT-2: a consultant about to take money opens a deal only on a unit that sales control has
     * just confirmed AVAILABLE; anything else is refused naming the unit's status.
     *
     * @param unit sales control's answer about the unit, asked for this deal
     */
    public static DealEvent.Opened open(String developerId, String officeId, String consultantId, String leadId,
            Buyer buyer, UnitAvailability unit, Instant now) {
        if (unit.officeId() != null && !unit.officeId().equals(officeId)) {
            throw new InvalidInputException("unitId", "unit " + unit.code() + " is sold by another office, not by "
                    + officeId);
        }
        if (!unit.available()) {
            throw new RuleRefusedException(DealRule.UNIT_2, "unit " + unit.code() + " is " + unit.describedStatus());
        }
        Deal deal = new Deal("deal-" + UUID.randomUUID(), developerId, officeId, unit.unitId(), unit.code(),
                consultantId, leadId, buyer, now, DealStatus.OPENED, null, null, null, null, 0);
        return new DealEvent.Opened(deal);
    }

    /**
     * UNIT-2: sales control held the deal's unit for it (temporary deposit); the hold lapses at
     * holdExpiresAt (UNIT-3). Only an OPENED deal, and only for its own unit.
     */
    public void unitHeld(String heldUnitId, Instant heldAt, Instant expiresAt) {
        Objects.requireNonNull(expiresAt, "expiresAt");
        if (!unitId.equals(heldUnitId)) {
            throw new RuleRefusedException(DealRule.UNIT_2, "deal " + id + " is on unit " + unitCode
                    + ", but sales control held unit " + heldUnitId + " for it");
        }
        status = switch (status) {
            case OPENED -> DealStatus.UNIT_HELD;
            case UNIT_HELD, DEPOSIT_RECEIVED -> throw new RuleRefusedException(DealRule.UNIT_2, "deal " + id
                    + " is already " + describe(status) + "; unit " + unitCode + " cannot be held for it again");
        };
        unitHeldAt = heldAt;
        holdExpiresAt = expiresAt;
    }

    /**
     * The formal deposit: only on a unit sales control holds for this deal (UNIT-2), before the hold
     * lapses (UNIT-3), received with two people present (DEAL-1, enforced by {@link Deposit}); the
     * down payment falls due after today at the office.
     */
    public DealEvent.DepositReceived receiveDeposit(Deposit received, LocalDate dueDate, DealPolicy policy) {
        Objects.requireNonNull(received, "deposit");
        LocalDate today = LocalDate.ofInstant(received.receivedAt(), policy.zone());
        if (dueDate == null || !dueDate.isAfter(today)) {
            throw new InvalidInputException("downPaymentDueDate", "must be after today (" + today + " in "
                    + policy.zone() + ")");
        }
        DealStatus next = switch (status) {
            case UNIT_HELD -> DealStatus.DEPOSIT_RECEIVED;
            case OPENED -> throw new RuleRefusedException(DealRule.UNIT_2, "unit " + unitCode
                    + " is not held for deal " + id + " yet; sales control must hold it before the deposit");
            case DEPOSIT_RECEIVED -> throw new RuleRefusedException(DealRule.UNIT_2, "the deposit of deal " + id
                    + " was already received at " + TIME.format(deposit.receivedAt()));
        };
        if (holdExpiresAt != null && !received.receivedAt().isBefore(holdExpiresAt)) {
            throw new RuleRefusedException(DealRule.UNIT_3, "the hold on unit " + unitCode + " lapsed at "
                    + TIME.format(holdExpiresAt));
        }
        deposit = received;
        downPaymentDueDate = dueDate;
        status = next;
        return new DealEvent.DepositReceived(this);
    }

    private static String describe(DealStatus status) {
        return status.name().toLowerCase().replace('_', ' ');
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

    public String unitId() {
        return unitId;
    }

    public String unitCode() {
        return unitCode;
    }

    public String consultantId() {
        return consultantId;
    }

    public String leadId() {
        return leadId;
    }

    public Buyer buyer() {
        return buyer;
    }

    public Instant openedAt() {
        return openedAt;
    }

    public DealStatus status() {
        return status;
    }

    public Instant unitHeldAt() {
        return unitHeldAt;
    }

    public Instant holdExpiresAt() {
        return holdExpiresAt;
    }

    public Deposit deposit() {
        return deposit;
    }

    public LocalDate downPaymentDueDate() {
        return downPaymentDueDate;
    }

    /** The stored version this deal was read at; a write succeeds only if nobody wrote in between. */
    public long version() {
        return version;
    }
}
