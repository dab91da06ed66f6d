package com.anchang.transaction.application;

import com.anchang.support.problem.ConcurrentChangeException;
import com.anchang.support.problem.NotFoundException;
import com.anchang.support.security.Caller;
import com.anchang.transaction.domain.Deal;
import com.anchang.transaction.domain.DealEvent;
import com.anchang.transaction.domain.DealPolicies;
import com.anchang.transaction.domain.DealRepository;
import com.anchang.transaction.domain.Deposit;
import com.anchang.transaction.domain.PaymentMethod;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * The formal deposit of a deal whose unit sales control holds (UNIT-2), received with two people
 * present (DEAL-1): finance or the PM of the deal's office receives it (403 for anyone else who sees
 * the deal; 404 for whoever does not), and the receiver is the caller. The new state and the
 * DepositReceived event are one write.
 */
public class TakingDeposit {

    public record TakeDeposit(String dealId, BigDecimal amount, PaymentMethod method, String witnessedBy,
            LocalDate downPaymentDueDate) {
    }

    private final DealRepository deals;
    private final DealPolicies policies;
    private final Clock clock;

    public TakingDeposit(DealRepository deals, DealPolicies policies, Clock clock) {
        this.deals = deals;
        this.policies = policies;
        this.clock = clock;
    }

    public Deal take(Caller caller, TakeDeposit command) {
        return ConcurrentChangeException.retrying(5, () -> {
            Deal deal = deals.find(command.dealId()).orElseThrow(() -> new NotFoundException("deal", command.dealId()));
            caller.mustSee(deal.developerId(), deal.officeId(), "deal", deal.id());
            caller.mustHold(deal.officeId(), "receive a deposit", Caller.FINANCE, Caller.PM);
            Deposit deposit = new Deposit(command.amount(), command.method(), caller.userId(),
                    command.witnessedBy(), clock.instant());
            DealEvent received = deal.receiveDeposit(deposit, command.downPaymentDueDate(),
                    policies.forOffice(deal.officeId()));
            deals.save(deal, List.of(received), null);
            return deal;
        });
    }
}
