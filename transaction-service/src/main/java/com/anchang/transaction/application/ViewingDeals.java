package com.anchang.transaction.application;

import com.anchang.support.problem.NotFoundException;
import com.anchang.support.security.Caller;
import com.anchang.support.tenancy.OfficeDirectory;
import com.anchang.transaction.domain.Deal;
import com.anchang.transaction.domain.DealRepository;
import com.anchang.transaction.domain.DealStatus;
import com.anchang.transaction.domain.NextStep;
import com.anchang.transaction.domain.Payment;
import com.anchang.transaction.domain.Receipt;
import com.anchang.transaction.domain.ReceiptRegister;
import com.anchang.transaction.domain.ReceivableSchedule;
import java.util.Comparator;
import java.util.List;

/**
 * Reads of deals, scoped like every step (a consultant their own deals; sales control, finance and the
 * PM their office's; head office its developer's; to anyone else a deal is unknown, 404): one deal, its
 * timeline, what it needs next, an office's deals by status and consultant, a receipt by its number.
 */
public class ViewingDeals {

    /** The most deals one listing answers. */
    public static final int PAGE = 200;

    /** DEAL-1: a payment entered and waiting for its second person, with the deal it is on. */
    public record WaitingPayment(Deal deal, Payment payment) {
    }

    /** A receipt as the register issued it and as its deal knows it now (reclaimed, voided). */
    public record ReceiptAnswer(Receipt receipt, boolean valid, Deal deal) {
    }

    private final DealSteps steps;
    private final ReceiptRegister register;
    private final OfficeDirectory offices;

    public ViewingDeals(DealSteps steps, ReceiptRegister register, OfficeDirectory offices) {
        this.steps = steps;
        this.register = register;
        this.offices = offices;
    }

    public Deal deal(Caller caller, String dealId) {
        return steps.visible(caller, dealId);
    }

    /** The deal's receivable schedule as of now at the office: lines, money allocated, paid, owed, overdue. */
    public ReceivableSchedule schedule(Caller caller, String dealId) {
        Deal deal = steps.visible(caller, dealId);
        return ReceivableSchedule.of(deal, steps.now(), steps.policy(deal.officeId()));
    }

    public List<NextStep> next(Caller caller, String dealId) {
        Deal deal = steps.visible(caller, dealId);
        return deal.nextSteps(steps.policy(deal.officeId()));
    }

    /**
     * The office's deals, newest first, page {@code page} of {@code size} (at most {@link #PAGE}). A consultant
     * lists only their own (asking for a colleague's is refused, 403); the office's other staff and head office
     * list any. Head office of another developer: 404, as for an unknown office, whether it has deals or none
     * (ADR 32).
     */
    public List<Deal> ofOffice(Caller caller, String officeId, DealStatus status, String consultantId, int page,
            int size) {
        if (caller.headOffice()) {
            offices.mustSeeOffice(caller, officeId);
        } else {
            caller.mustActIn(officeId, "list the office's deals", Caller.CONSULTANT, Caller.SALES_CONTROL,
                    Caller.FINANCE, Caller.PM);
        }
        String onlyOf = consultantId;
        if (!caller.headOffice() && !caller.holds(officeId, Caller.SALES_CONTROL, Caller.FINANCE, Caller.PM)) {
            if (consultantId != null && !consultantId.equals(caller.userId())) {
                caller.mustHold(officeId, "list a colleague's deals", Caller.SALES_CONTROL, Caller.FINANCE, Caller.PM);
            }
            onlyOf = caller.userId();
        }
        int pageSize = Math.clamp(size, 1, PAGE);
        List<Deal> found = steps.deals().ofOffice(officeId, status, onlyOf, Math.max(0, page) * pageSize, pageSize);
        return found.stream().filter(deal -> DealSteps.sees(caller, deal)).toList();
    }

    /**
     * DEAL-1: the office's payments entered and waiting for their second person, the longest wait first, read from
     * the office's waiting list (by key). By the office's finance and PM (who receive and confirm money) and head
     * office; consultants and sales control: 403.
     */
    public List<WaitingPayment> waitingOf(Caller caller, String officeId) {
        if (caller.headOffice()) {
            offices.mustSeeOffice(caller, officeId);
        } else {
            caller.mustActIn(officeId, "read the office's payments waiting for a second person (DEAL-1)",
                    Caller.FINANCE, Caller.PM);
        }
        return steps.deals().waitingOf(officeId, PAGE).stream()
                .filter(deal -> DealSteps.sees(caller, deal))
                .flatMap(deal -> deal.waiting().map(payment -> new WaitingPayment(deal, payment)).stream())
                .sorted(Comparator.comparing((WaitingPayment w) -> w.payment().enteredAt())
                        .thenComparing(w -> w.payment().id()))
                .toList();
    }

    /** A receipt by number; unknown to anyone who may not see its deal (404). */
    public ReceiptAnswer receipt(Caller caller, String number) {
        Receipt issued = register.byNumber(number).orElseThrow(() -> new NotFoundException("receipt", number));
        Deal deal;
        try {
            deal = steps.visible(caller, issued.dealId());
        } catch (NotFoundException invisible) {
            throw new NotFoundException("receipt", number);
        }
        Receipt now = deal.receipts().stream().filter(r -> number.equals(r.number())).findFirst().orElse(issued);
        boolean known = deal.receipts().stream().anyMatch(r -> number.equals(r.number()));
        return new ReceiptAnswer(now, known && deal.valid(now), deal);
    }
}
