package com.anchang.transaction.application;

import com.anchang.support.problem.InvalidInputException;
import com.anchang.transaction.domain.Buyer;
import com.anchang.transaction.domain.Deal;
import com.anchang.transaction.domain.DealEvent;
import com.anchang.transaction.domain.DealRepository;
import com.anchang.transaction.domain.UnitAvailability;
import java.time.Clock;
import java.util.List;

/**
 * UNIT-2: before any money is taken, the consultant asks sales control whether the unit is
 * available; only then is a deal opened, stored together with its DealOpened event. A unit sales
 * control does not know is bad input (400 naming unitId: the request names it, the URL does not); no
 * answer from sales control stores nothing and says so (503).
 */
public class OpeningDeal {

    public record OpenDeal(String developerId, String officeId, String unitId, String consultantId, String leadId,
            String buyerName, String buyerMobile) {
    }

    private final SalesControl salesControl;
    private final DealRepository deals;
    private final Clock clock;

    public OpeningDeal(SalesControl salesControl, DealRepository deals, Clock clock) {
        this.salesControl = salesControl;
        this.deals = deals;
        this.clock = clock;
    }

    public Deal open(OpenDeal command) {
        UnitAvailability unit = salesControl.availability(command.unitId())
                .orElseThrow(() -> new InvalidInputException("unitId", "names no unit sales control knows: "
                        + command.unitId()));
        DealEvent.Opened opened = Deal.open(command.developerId(), command.officeId(), command.consultantId(),
                command.leadId(), new Buyer(command.buyerName(), command.buyerMobile()), unit, clock.instant());
        deals.insert(opened.deal(), List.of(opened));
        return opened.deal();
    }
}
