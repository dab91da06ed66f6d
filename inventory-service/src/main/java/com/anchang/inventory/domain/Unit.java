package com.anchang.inventory.domain;

import com.anchang.support.problem.RuleRefusedException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Objects;

/**
 * One flat of a building, and its sales-control status (UNIT-1). Transitions are methods that refuse
 * what the rulebook forbids, naming the rule; each returns the event it caused.
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
    private final long version;

    public Unit(String id, String developerId, String officeId, String projectId, String buildingId, String code,
            UnitSpec spec, UnitStatus status, Hold hold, String reservedForDeal, long version) {
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
        this.version = version;
    }

    /** A new unit of a building, from its price-list line: AVAILABLE. */
    public static Unit catalogue(String developerId, String officeId, String projectId, String buildingId,
            String buildingName, UnitSpec spec) {
        String suffix = spec.floor() + String.format("%02d", spec.number());
        return new Unit(buildingId + "-" + suffix, developerId, officeId, projectId, buildingId,
                buildingName + "-" + suffix, spec, UnitStatus.AVAILABLE, null, null, 0);
    }

    /**
     * UNIT-2: a temporary deposit holds an AVAILABLE unit for one deal; the first deposit wins, every
     * later one is refused with who holds it since when. The hold lapses after the office's hold
     * lifetime (UNIT-3).
     */
    public UnitEvent.Held hold(String dealId, String consultantId, String buyerRef, Instant now, SalesControlPolicy policy) {
        if (status == UnitStatus.HELD && hold != null && hold.dealId().equals(dealId)) {
            throw new RuleRefusedException("UNIT-2", "unit " + code + " is already held by this deal since "
                    + TIME.format(hold.heldAt()));
        }
        switch (status) {
            case AVAILABLE -> {
            }
            case HELD -> throw new RuleRefusedException("UNIT-2", "unit " + code + " was held by another deal at "
                    + TIME.format(hold.heldAt()));
            case WITHHELD -> throw new RuleRefusedException("UNIT-1", "unit " + code + " is withheld from sale (控房)");
            case RESERVED, CONTRACTED -> throw new RuleRefusedException("UNIT-2", "unit " + code + " is already "
                    + status.name().toLowerCase() + " by another deal");
        }
        hold = new Hold(dealId, consultantId, buyerRef, now, now.plus(policy.holdLifetime()));
        status = UnitStatus.HELD;
        return new UnitEvent.Held(this, hold);
    }

    /** UNIT-1: the formal deposit of the deal that holds the unit reserves it. */
    public UnitEvent.Reserved reserve(String dealId, Instant now) {
        if (status != UnitStatus.HELD || hold == null || !hold.dealId().equals(dealId)) {
            throw new RuleRefusedException("UNIT-2", "unit " + code + " is " + status.name().toLowerCase()
                    + (hold == null ? "" : " for deal " + hold.dealId()) + ", not held for deal " + dealId);
        }
        status = UnitStatus.RESERVED;
        reservedForDeal = dealId;
        return new UnitEvent.Reserved(this, dealId, now);
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

    /** The stored version this unit was read at; a write succeeds only if nobody wrote in between. */
    public long version() {
        return version;
    }
}
