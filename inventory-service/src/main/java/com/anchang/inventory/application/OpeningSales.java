package com.anchang.inventory.application;

import com.anchang.inventory.domain.Opening;
import com.anchang.inventory.domain.OpeningRepository;
import com.anchang.inventory.domain.SalesControlPolicies;
import com.anchang.inventory.domain.Unit;
import com.anchang.inventory.domain.UnitRepository;
import com.anchang.support.problem.ConcurrentChangeException;
import com.anchang.support.problem.InvalidInputException;
import com.anchang.support.problem.NotFoundException;
import com.anchang.support.security.Caller;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * 开盘: the PM of an office opens a batch of its units for sale at a set time (OPEN-1), with a
 * per-buyer quota (OPEN-2, office policy when the PM names none). Every unit must be the office's and
 * available or withheld; all are checked before any is written. Publishes inventory.opening-started.
 */
public class OpeningSales {

    public record OpenUnits(String officeId, String name, List<String> unitIds, Instant opensAt, Integer quotaPerBuyer) {
    }

    private final OpeningRepository openings;
    private final UnitRepository units;
    private final SalesControlPolicies policies;
    private final Clock clock;

    public OpeningSales(OpeningRepository openings, UnitRepository units, SalesControlPolicies policies, Clock clock) {
        this.openings = openings;
        this.units = units;
        this.policies = policies;
        this.clock = clock;
    }

    public Opening open(Caller caller, OpenUnits command) {
        caller.mustActIn(command.officeId(), "open units for sale", Caller.PM);
        int quota = command.quotaPerBuyer() != null ? command.quotaPerBuyer()
                : policies.forOffice(command.officeId()).openingQuotaPerBuyer();
        Opening opening = Opening.open(caller.developerId(), command.officeId(), command.name(), command.unitIds(),
                command.opensAt(), quota, caller.userId(), clock.instant());
        List<Unit> batch = new ArrayList<>();
        for (int i = 0; i < command.unitIds().size(); i++) {
            String unitId = command.unitIds().get(i);
            Unit unit = units.find(unitId).orElseThrow(() -> new NotFoundException("unit", unitId));
            caller.mustSee(unit.developerId(), unit.officeId(), "unit", unitId);
            if (!unit.officeId().equals(command.officeId())) {
                throw new InvalidInputException("unitIds[" + i + "]", "is a unit of another office");
            }
            unit.includeIn(opening.id(), opening.opensAt());
            batch.add(unit);
        }
        for (Unit checked : batch) {
            try {
                units.save(checked, List.of(), null);
            } catch (ConcurrentChangeException changedSinceChecked) {
                ConcurrentChangeException.retrying(5, () -> {
                    Unit unit = reread(checked.id(), opening);
                    units.save(unit, List.of(), null);
                    return unit;
                });
            }
        }
        openings.insert(opening);
        return opening;
    }

    private Unit reread(String unitId, Opening opening) {
        Unit unit = units.find(unitId).orElseThrow(() -> new NotFoundException("unit", unitId));
        unit.includeIn(opening.id(), opening.opensAt());
        return unit;
    }

    public Opening opening(Caller caller, String openingId) {
        Opening opening = openings.find(openingId).orElseThrow(() -> new NotFoundException("opening", openingId));
        caller.mustSee(opening.developerId(), opening.officeId(), "opening", openingId);
        return opening;
    }
}
