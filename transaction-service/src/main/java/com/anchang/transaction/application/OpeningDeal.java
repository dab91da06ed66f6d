package com.anchang.transaction.application;

import com.anchang.support.problem.InvalidInputException;
import com.anchang.support.problem.NotFoundException;
import com.anchang.support.security.Caller;
import com.anchang.transaction.domain.Buyer;
import com.anchang.transaction.domain.Deal;
import com.anchang.transaction.domain.DealEvent;
import com.anchang.transaction.domain.DealRepository;
import com.anchang.transaction.domain.UnitAvailability;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * UNIT-2: before any money is taken, the consultant asks sales control whether the unit is
 * available; only then is a deal opened, stored together with its DealOpened event. The consultant
 * is the caller, at an office where they are a consultant (no role there: 404, another role: 403),
 * for their developer. Sales control is asked with the caller's token, so a unit it does not know,
 * or one the caller may not see, is bad input alike (400 naming unitId: the request names it, the
 * URL does not; its existence is not leaked); no answer from sales control stores nothing and says
 * so (503). A retry with the same request id answers the deal the first request opened.
 */
public class OpeningDeal {

    /** @param requestId the client's id for this request (its retries carry the same), or null */
    public record OpenDeal(String officeId, String unitId, String leadId, String buyerName, String buyerMobile,
            Buyer.Channel buyerChannel, String requestId) {

        public OpenDeal(String officeId, String unitId, String leadId, String buyerName, String buyerMobile) {
            this(officeId, unitId, leadId, buyerName, buyerMobile, null, null);
        }
    }

    private final SalesControl salesControl;
    private final DealRepository deals;
    private final Clock clock;

    public OpeningDeal(SalesControl salesControl, DealRepository deals, Clock clock) {
        this.salesControl = salesControl;
        this.deals = deals;
        this.clock = clock;
    }

    /**
     * @param accessToken the caller's access token, for asking sales control on their behalf
     */
    public Deal open(Caller caller, String accessToken, OpenDeal command) {
        caller.mustActIn(command.officeId(), "open a deal", Caller.CONSULTANT);
        if (caller.developerId() == null) {
            // an office role without a developer is no office of any developer's
            throw new NotFoundException("office", command.officeId());
        }
        Optional<Deal> retried = retried(caller, command);
        if (retried.isPresent()) {
            return retried.get();
        }
        UnitAvailability unit = salesControl.availability(command.unitId(), accessToken)
                .orElseThrow(() -> new InvalidInputException("unitId", "names no unit sales control knows: "
                        + command.unitId()));
        DealEvent.Opened opened = Deal.open(caller.developerId(), command.officeId(), caller.userId(),
                command.leadId(), new Buyer(command.buyerName(), command.buyerMobile(), command.buyerChannel()), unit,
                clock.instant(), command.requestId());
        if (!deals.insert(opened.deal(), List.of(opened))) {
            // the same request, opened a moment ago by its first attempt
            return deals.find(opened.deal().id()).orElseThrow();
        }
        return opened.deal();
    }

    /** The deal a first request with this id opened, when it is the same consultant's on the same unit. */
    private Optional<Deal> retried(Caller caller, OpenDeal command) {
        if (command.requestId() == null) {
            return Optional.empty();
        }
        Optional<Deal> earlier = deals.find(Deal.idFor(caller.userId(), command.requestId()));
        earlier.filter(deal -> !deal.unitId().equals(command.unitId())).ifPresent(deal -> {
            throw new InvalidInputException("Idempotency-Key", "was used for a deal on another unit");
        });
        return earlier;
    }
}
