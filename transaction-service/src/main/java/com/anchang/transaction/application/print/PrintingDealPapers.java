package com.anchang.transaction.application.print;

import com.anchang.support.problem.NotFoundException;
import com.anchang.support.problem.RuleRefusedException;
import com.anchang.support.security.Caller;
import com.anchang.transaction.application.DealSteps;
import com.anchang.transaction.application.ViewingDeals;
import com.anchang.transaction.domain.Deal;
import com.anchang.transaction.domain.DealPolicy;
import com.anchang.transaction.domain.DealRule;
import com.anchang.transaction.domain.PaymentDetails;
import com.anchang.transaction.domain.Receipt;
import com.anchang.transaction.domain.ReceivableSchedule;
import com.anchang.transaction.domain.Subscription;
import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * A deal's paper as PDF (DEAL-2, DEAL-4, DEAL-7): a receipt by its number, the subscription agreement (认购书)
 * of a deal, its overdue notice (催款通知单). Readable by whoever may see the deal (unknown to anyone else, 404). The original, with identity
 * numbers and the mobile in full, goes to the office's PM and finance and to the deal's consultant; sales
 * control and head office get the masked copy (LEAD-10), marked as such on the page.
 */
public class PrintingDealPapers {

    /** A printed paper: its file name and the PDF. */
    public record Paper(String fileName, byte[] pdf) {
    }

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm");

    private final ViewingDeals viewing;
    private final DealSteps steps;
    private final Printing printing;
    private final Function<String, String> officeNames;

    /** @param officeNames the office's name as its papers print it, by office id */
    public PrintingDealPapers(ViewingDeals viewing, DealSteps steps, Printing printing,
            Function<String, String> officeNames) {
        this.viewing = viewing;
        this.steps = steps;
        this.printing = printing;
        this.officeNames = officeNames;
    }

    /** A receipt as issued, and as it stands now (a reclaimed or voided receipt says so across the page). */
    public Paper receipt(Caller caller, String number) {
        ViewingDeals.ReceiptAnswer answer = viewing.receipt(caller, number);
        Deal deal = answer.deal();
        Receipt r = answer.receipt();
        DealPolicy policy = steps.policy(deal.officeId());
        ReceiptSheet sheet = new ReceiptSheet(officeNames.apply(deal.officeId()), r.number(), r.issuedAt(),
                policy.zone(), r.unitCode(), r.buyerName(), r.purpose().printed(), r.amount(),
                payment(r), r.receivedBy(), r.confirmedBy(), Optional.ofNullable(r.payerStatement()), status(r),
                r.closedAt() == null ? "" : r.closedBy() + " " + WHEN.format(r.closedAt().atZone(policy.zone())) + "："
                        + r.closedBecause(),
                r.replaces() == null || r.credited() == null || r.credited().signum() == 0 ? null
                        : new ReceiptSheet.Credited(r.replaces(), r.credited()));
        return new Paper(r.number() + ".pdf", printing.receipt(sheet, copyFor(caller, deal)));
    }

    /** The deal's subscription agreement, as drafted, approved, signed, reclaimed or voided. */
    public Paper subscription(Caller caller, String dealId) {
        Deal deal = viewing.deal(caller, dealId);
        Subscription s = deal.subscription();
        if (s == null) {
            throw new NotFoundException("subscription of deal", dealId);
        }
        BigDecimal listPrice = deal.listPrice() == null ? s.price() : deal.listPrice();
        Subscription.Signature signed = s.signature();
        SubscriptionSheet.Signatory signatory = signed != null && signed.signer() == Subscription.Signer.AGENT
                ? new SubscriptionSheet.Signatory.Agent(signed.agentName(), signed.agentIdNumber(),
                signed.notaryCertificateNumber())
                : new SubscriptionSheet.Signatory.InPerson();
        SubscriptionSheet sheet = new SubscriptionSheet(officeNames.apply(deal.officeId()),
                subscriptionNumber(deal), deal.id(), deal.unitCode(), null, listPrice,
                listPrice.subtract(s.price()), listPrice.compareTo(s.price()) == 0 ? "" : "项目经理审批特殊优惠",
                s.price(), s.deposit(), deal.buyer().name(), s.buyerIdNumber(), deal.buyer().mobile(),
                s.downPaymentAmount(), deal.downPaymentDueDate(), Optional.ofNullable(s.approvedBy())
                .map(by -> new SubscriptionSheet.Approval(by, s.approvedAt())), signatory,
                steps.policy(deal.officeId()).zone(), switch (s.status()) {
                    case DRAFTED -> SubscriptionSheet.Status.DRAFT;
                    case APPROVED -> SubscriptionSheet.Status.APPROVED;
                    case SIGNED -> SubscriptionSheet.Status.SIGNED;
                    case RECLAIMED -> SubscriptionSheet.Status.RECLAIMED;
                    case VOIDED -> SubscriptionSheet.Status.VOIDED;
                });
        return new Paper("subscription-" + deal.id() + ".pdf", printing.subscription(sheet, copyFor(caller, deal)));
    }

    /**
     * DEAL-7: the deal's overdue notice (催款通知单) as of today at the office: each line of its receivable
     * schedule past its due date and owed, with the days overdue and the late fee at the office's daily
     * rate. Nothing overdue: 409 naming DEAL-7.
     */
    public Paper overdueNotice(Caller caller, String dealId) {
        Deal deal = viewing.deal(caller, dealId);
        DealPolicy policy = steps.policy(deal.officeId());
        ReceivableSchedule schedule = ReceivableSchedule.of(deal, steps.now(), policy);
        if (schedule.overdue().isEmpty()) {
            throw new RuleRefusedException(DealRule.DEAL_7, "nothing of deal " + dealId + " is overdue on "
                    + schedule.asOf() + " (" + policy.zone() + "); there is no overdue notice to print");
        }
        String number = "CK-" + subscriptionNumber(deal).substring(3) + "-" + schedule.asOf().toString().replace("-", "");
        OverdueNoticeSheet sheet = new OverdueNoticeSheet(officeNames.apply(deal.officeId()), number, deal.id(),
                schedule.asOf(), deal.unitCode(), deal.buyer().name(), schedule.lateFeePerDay(), schedule.overdue()
                .stream().map(line -> new OverdueNoticeSheet.Line(line.item().printed(), line.amount(), line.dueDate(),
                        line.paid(), line.owed(), line.daysOverdue(), line.lateFee())).toList());
        return new Paper(number + ".pdf", printing.overdueNotice(sheet));
    }

    /** The subscription's short number, RG- and the deal id's first eight characters (the deal id is printed beside it). */
    static String subscriptionNumber(Deal deal) {
        String id = deal.id().replaceFirst("^deal-", "").toUpperCase(Locale.ROOT);
        return "RG-" + (id.length() > 8 ? id.substring(0, 8) : id);
    }

    /** The original for the office's PM and finance and the deal's consultant; the masked copy for the rest. */
    static PaperCopy copyFor(Caller caller, Deal deal) {
        boolean original = caller.holds(deal.officeId(), Caller.PM, Caller.FINANCE)
                || (caller.holds(deal.officeId(), Caller.CONSULTANT) && deal.consultantId().equals(caller.userId()));
        return original ? PaperCopy.ORIGINAL : PaperCopy.MASKED;
    }

    private static ReceiptSheet.Status status(Receipt r) {
        return switch (r.status()) {
            case ISSUED -> ReceiptSheet.Status.ISSUED;
            case RECLAIMED -> ReceiptSheet.Status.RECLAIMED;
            case VOIDED -> ReceiptSheet.Status.VOIDED;
        };
    }

    private static ReceiptSheet.Payment payment(Receipt r) {
        PaymentDetails d = r.details();
        return switch (r.method()) {
            case CASH -> new ReceiptSheet.Payment.Cash();
            case TRANSFER -> new ReceiptSheet.Payment.BankTransfer(null, null, d.reference());
            case CARD -> new ReceiptSheet.Payment.Card(null, d.reference());
            case WECHAT_PAY -> new ReceiptSheet.Payment.Wallet(ReceiptSheet.Payment.Wallet.Channel.WECHAT_PAY,
                    d.reference());
            case ALIPAY -> new ReceiptSheet.Payment.Wallet(ReceiptSheet.Payment.Wallet.Channel.ALIPAY, d.reference());
            case CHEQUE -> new ReceiptSheet.Payment.Cheque(d.chequeNumber(), d.chequeBank());
            case FOREIGN_CURRENCY -> new ReceiptSheet.Payment.ForeignCurrency(d.currency(), d.foreignAmount(),
                    d.noteSerials(), d.exchangeRate());
        };
    }
}
