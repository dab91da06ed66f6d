package com.anchang.transaction.adapter.web;

import com.anchang.support.security.Caller;
import com.anchang.transaction.application.ArrangingMortgage;
import com.anchang.transaction.application.CancellingDeal;
import com.anchang.transaction.application.CheckingEligibility;
import com.anchang.transaction.application.ConfirmingPayment;
import com.anchang.transaction.application.HandingOver;
import com.anchang.transaction.application.ReceivingMoney;
import com.anchang.transaction.application.ReschedulingDownPayment;
import com.anchang.transaction.application.SettlingCheque;
import com.anchang.transaction.application.SigningContract;
import com.anchang.transaction.application.Subscribing;
import com.anchang.transaction.domain.Financing;
import com.anchang.transaction.domain.Instalment;
import com.anchang.transaction.domain.Mortgage;
import com.anchang.transaction.domain.Payer;
import com.anchang.transaction.domain.PaymentDetails;
import com.anchang.transaction.domain.PaymentEntry;
import com.anchang.transaction.domain.PaymentMethod;
import com.anchang.transaction.domain.PaymentPurpose;
import com.anchang.transaction.domain.Subscription;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Each step of a deal after its opening, as a command: money with two people (DEAL-1), cheques (DEAL-2),
 * the subscription (DEAL-4), the down payment's due date (NOTE-4), eligibility (DEAL-5), the contract
 * (DEAL-3), the mortgage, the handover and cancellation (DEAL-8). Every command answers the deal as it is
 * after it; a retry with the same {@code Idempotency-Key} has one effect. Out of order or refused by a
 * rule: 409 naming it; bad input: 400 naming the field; nothing stored either way.
 */
@RestController
@RequestMapping("/api/deals/{dealId}")
@Tag(name = "deal steps", description = "The pipeline's commands, each recorded with who and when")
class DealStepController {

    private final ReceivingMoney receiving;
    private final ConfirmingPayment confirming;
    private final SettlingCheque settling;
    private final Subscribing subscribing;
    private final ReschedulingDownPayment rescheduling;
    private final CheckingEligibility checking;
    private final SigningContract contracting;
    private final ArrangingMortgage mortgages;
    private final HandingOver handing;
    private final CancellingDeal cancelling;

    DealStepController(ReceivingMoney receiving, ConfirmingPayment confirming, SettlingCheque settling,
            Subscribing subscribing, ReschedulingDownPayment rescheduling, CheckingEligibility checking,
            SigningContract contracting, ArrangingMortgage mortgages, HandingOver handing, CancellingDeal cancelling) {
        this.receiving = receiving;
        this.confirming = confirming;
        this.settling = settling;
        this.subscribing = subscribing;
        this.rescheduling = rescheduling;
        this.checking = checking;
        this.contracting = contracting;
        this.mortgages = mortgages;
        this.handing = handing;
        this.cancelling = cancelling;
    }

    /** Someone paying for the buyer (DEAL-6). */
    record PayerRequest(@NotBlank @Size(max = 50) String name, @NotBlank @Size(max = 30) String idNumber,
            @NotBlank @Size(max = 20) String relation) {
    }

    /**
     * Money entered by the caller (finance or the PM). By method: a reference for WeChat Pay and Alipay (and
     * optionally a transfer or card); a cheque's number; foreign notes' currency, amount, rate and serials
     * (the amount is their CNY value). The formal deposit sets the down payment's due date.
     */
    record PaymentRequest(
            @NotNull PaymentPurpose purpose,
            @NotNull @Positive @DecimalMax("100000000") @Digits(integer = 9, fraction = 2) BigDecimal amount,
            @NotNull PaymentMethod method,
            @Size(max = 64) String reference,
            @Size(max = 32) String chequeNumber,
            @Size(max = 64) String chequeBank,
            @Size(max = 3) String currency,
            @Positive @Digits(integer = 12, fraction = 2) BigDecimal foreignAmount,
            @Positive @Digits(integer = 4, fraction = 6) BigDecimal exchangeRate,
            @Size(max = 500) List<@NotBlank @Size(max = 24) String> noteSerials,
            @Valid PayerRequest payer,
            LocalDate downPaymentDueDate) {
    }

    record ChequeRequest(@NotNull Outcome outcome, @Size(max = 200) String note) {

        enum Outcome {
            CLEARED,
            BOUNCED
        }
    }

    record SubscriptionRequest(
            @NotNull Financing financing,
            @NotNull @Positive @DecimalMax("100000000") @Digits(integer = 9, fraction = 2) BigDecimal downPaymentAmount,
            @NotBlank @Pattern(regexp = "[A-Za-z0-9]{6,30}", message = "must be 6 to 30 letters or digits")
            String buyerIdNumber,
            @Size(max = 60) List<@Valid @NotNull InstalmentRequest> instalments) {
    }

    /** One instalment of a cash buyer's balance (分期付款): its due date and amount. */
    record InstalmentRequest(
            @NotNull LocalDate dueDate,
            @NotNull @Positive @DecimalMax("100000000") @Digits(integer = 9, fraction = 2) BigDecimal amount) {
    }

    /** Who signed: the buyer in person, or an agent with a notarised power of attorney (DEAL-4). */
    record SigningRequest(
            @NotNull Subscription.Signer signer,
            @Size(max = 50) String agentName,
            @Size(max = 30) String agentIdNumber,
            @Size(max = 64) String notaryCertificateNumber,
            @Size(max = 64) @Pattern(regexp = DealController.ID) String idCopyFileId,
            @Size(max = 64) @Pattern(regexp = DealController.ID) String powerOfAttorneyFileId) {
    }

    record RescheduleRequest(@NotNull LocalDate dueDate, @NotBlank @Size(max = 200) String reason) {
    }

    record EligibilityRequest(@NotNull Boolean passed, @NotBlank @Size(max = 500) String basis) {
    }

    record ContractRequest(@NotBlank @Size(max = 64) String contractNumber) {
    }

    record AppointmentRequest(@NotBlank @Size(max = 100) String bank, @NotBlank @Size(max = 200) String place,
            @NotNull Instant at, @Size(max = 30) List<@NotBlank @Size(max = 100) String> documents) {
    }

    record ProgressRequest(@NotNull Financing.LoanType loan, @NotNull Mortgage.Step step, @NotNull LocalDate on) {
    }

    record CancelRequest(@NotBlank @Size(max = 200) String reason, PaymentMethod refundMethod) {
    }

    record WithdrawRequest(@NotBlank @Size(max = 200) String reason) {
    }

    @PostMapping("/payments")
    @Operation(summary = "Enter money received (DEAL-1): by finance or the PM; it waits for a second staff member",
            description = "Nothing is received and no receipt exists until a second staff member of the office "
                    + "confirms it. A consultant: 403. Above what is owed, a down payment below the office's minimum "
                    + "share, a cheque without a number, foreign notes without serials: 400 naming the field.")
    @ApiResponse(responseCode = "200", description = "The deal with the payment waiting (waitingPayment)")
    @ApiResponse(responseCode = "400", description = "Bad input, naming the field")
    @ApiResponse(responseCode = "403", description = "The caller is not finance or the PM of the deal's office")
    @ApiResponse(responseCode = "409", description = "Out of order or refused by a rule, naming it")
    DealView enterPayment(@PathVariable String dealId, @Valid @RequestBody PaymentRequest request,
            Caller caller, RequestId requestId) {
        PaymentDetails details = new PaymentDetails(request.reference(), request.chequeNumber(), request.chequeBank(),
                request.currency(), request.foreignAmount(), request.exchangeRate(), request.noteSerials());
        Payer payer = request.payer() == null ? null : new Payer(request.payer().name(), request.payer().idNumber(),
                request.payer().relation());
        return DealView.of(receiving.enter(caller, dealId, requestId.value(), new PaymentEntry(request.purpose(),
                request.amount(), request.method(), details, payer, request.downPaymentDueDate())));
    }

    @PostMapping("/payments/{paymentId}/confirm")
    @Operation(summary = "Confirm a payment as the second staff member (DEAL-1): its receipt is issued",
            description = "With the confirmer's own sign-in: the person who entered it, or someone who is not staff "
                    + "of the deal's office, is refused naming DEAL-1. The receipt takes the next number of the "
                    + "office's series for the year, without gaps (DEAL-2), and reclaims the receipt it takes over (DEAL-3).")
    @ApiResponse(responseCode = "200", description = "The deal, the payment confirmed, its receipt issued")
    @ApiResponse(responseCode = "404", description = "Unknown deal or payment")
    @ApiResponse(responseCode = "409", description = "Refused by a rule (DEAL-1, DEAL-3, DEAL-8, UNIT-3 ...), naming it")
    DealView confirm(@PathVariable String dealId, @PathVariable String paymentId, Caller caller, RequestId requestId) {
        return DealView.of(confirming.confirm(caller, dealId, paymentId, requestId.value()));
    }

    @PostMapping("/payments/{paymentId}/cheque")
    @Operation(summary = "A cheque cleared (its receipt valid) or bounced (its receipt voided, the payment due again)",
            description = "By finance or the PM (DEAL-2).")
    DealView cheque(@PathVariable String dealId, @PathVariable String paymentId,
            @Valid @RequestBody ChequeRequest request, Caller caller, RequestId requestId) {
        return DealView.of(settling.settle(caller, dealId, paymentId,
                request.outcome() == ChequeRequest.Outcome.CLEARED, request.note(), requestId.value()));
    }

    @PostMapping("/subscription")
    @Operation(summary = "Draft the subscription (DEAL-4): financing, down payment, the buyer's identity document",
            description = "By the deal's consultant or the PM, once the formal deposit is in; again until the PM "
                    + "approves it. On the deal's price (list price less an approved discount, UNIT-4). A cash buyer "
                    + "may pay the balance in instalments (分期付款): each due after the one before, the first after "
                    + "the down payment's due date, the whole adding up to the price (400 naming the field).")
    DealView draftSubscription(@PathVariable String dealId, @Valid @RequestBody SubscriptionRequest request,
            Caller caller, RequestId requestId) {
        return DealView.of(subscribing.draft(caller, dealId, requestId.value(),
                new Subscribing.Draft(request.financing(), request.downPaymentAmount(), request.buyerIdNumber(),
                        request.instalments() == null ? List.of() : request.instalments().stream()
                                .map(i -> new Instalment(i.dueDate(), i.amount())).toList())));
    }

    @PostMapping("/subscription/approve")
    @Operation(summary = "The PM approves the reviewed subscription (DEAL-4)", description = "Only the PM: others 403.")
    DealView approveSubscription(@PathVariable String dealId, Caller caller, RequestId requestId) {
        return DealView.of(subscribing.approve(caller, dealId, requestId.value()));
    }

    @PostMapping("/subscription/sign")
    @Operation(summary = "The buyer signed the approved subscription, in person or by a notarised agent (DEAL-4)",
            description = "Recorded by the deal's consultant or the PM. An agent needs their name, identity-document "
                    + "number and the notary certificate number of the power of attorney (400 naming the field).")
    DealView signSubscription(@PathVariable String dealId, @Valid @RequestBody SigningRequest request,
            Caller caller, RequestId requestId) {
        return DealView.of(subscribing.sign(caller, dealId, requestId.value(), new Subscribing.Signing(request.signer(),
                request.agentName(), request.agentIdNumber(), request.notaryCertificateNumber(), request.idCopyFileId(),
                request.powerOfAttorneyFileId())));
    }

    @PostMapping("/down-payment-due-date")
    @Operation(summary = "Move the down payment's due date, with a reason (NOTE-4: the reminders move)",
            description = "By finance or the PM, between the formal deposit and the down payment; after today.")
    DealView rescheduleDownPayment(@PathVariable String dealId, @Valid @RequestBody RescheduleRequest request,
            Caller caller, RequestId requestId) {
        return DealView.of(rescheduling.reschedule(caller, dealId, requestId.value(),
                request.dueDate(), request.reason()));
    }

    @PostMapping("/eligibility")
    @Operation(summary = "Record the purchase-eligibility check (DEAL-5): result and basis",
            description = "By the deal's consultant, finance or the PM, after the down payment.")
    DealView checkEligibility(@PathVariable String dealId, @Valid @RequestBody EligibilityRequest request,
            Caller caller, RequestId requestId) {
        return DealView.of(checking.check(caller, dealId, requestId.value(), request.passed(), request.basis()));
    }

    @PostMapping("/contract")
    @Operation(summary = "The sales contract is signed (DEAL-5, DEAL-3): the subscription reclaimed, the unit contracted",
            description = "By the deal's consultant or the PM; refused naming DEAL-5 without a passed eligibility check.")
    DealView signContract(@PathVariable String dealId, @Valid @RequestBody ContractRequest request,
            Caller caller, RequestId requestId) {
        return DealView.of(contracting.sign(caller, dealId, requestId.value(), request.contractNumber()));
    }

    @PostMapping("/mortgage/appointment")
    @Operation(summary = "Set or move the buyer's mortgage appointment: bank, place, time, documents",
            description = "By the deal's consultant, finance or the PM, after the contract (not for a cash buyer); a "
                    + "time in the past is 400. Setting it again moves it (an event: the reminders move).")
    DealView appointMortgage(@PathVariable String dealId, @Valid @RequestBody AppointmentRequest request,
            Caller caller, RequestId requestId) {
        return DealView.of(mortgages.appoint(caller, dealId, requestId.value(),
                request.bank(), request.place(), request.at(),
                request.documents()));
    }

    @PostMapping("/mortgage/progress")
    @Operation(summary = "A loan's progress: documents received, approved, funds disbursed, each dated",
            description = "By the deal's consultant, finance or the PM; in that order per loan. The last loan "
                    + "disbursed completes the mortgage.")
    DealView mortgageProgress(@PathVariable String dealId, @Valid @RequestBody ProgressRequest request,
            Caller caller, RequestId requestId) {
        return DealView.of(mortgages.progress(caller, dealId, requestId.value(),
                request.loan(), request.step(), request.on()));
    }

    @PostMapping("/handover")
    @Operation(summary = "The unit is handed over (交房)", description = "By the deal's consultant or the PM, after the "
            + "mortgage (or the contract, for a cash buyer).")
    DealView handOver(@PathVariable String dealId, Caller caller, RequestId requestId) {
        return DealView.of(handing.handOver(caller, dealId, requestId.value()));
    }

    @PostMapping("/cancel")
    @Operation(summary = "Cancel the deal (DEAL-8): the unit released, open receipts voided, refunds recorded",
            description = "By the PM, with a reason, at any step before the handover. Deposits are refunded or "
                    + "forfeited by office policy; the refund method is required when the office holds money. Safe "
                    + "to repeat.")
    @ApiResponse(responseCode = "200", description = "The deal CANCELLED; DealCancelled is published")
    @ApiResponse(responseCode = "403", description = "The caller is not the PM of the deal's office")
    DealView cancel(@PathVariable String dealId, @Valid @RequestBody CancelRequest request,
            Caller caller, RequestId requestId) {
        return DealView.of(cancelling.cancel(caller, dealId, requestId.value(),
                request.reason(), request.refundMethod()));
    }

    @PostMapping("/withdraw")
    @Operation(summary = "Withdraw a deal opened in error (DEAL-8): by its consultant while nothing is paid",
            description = "By the deal's own consultant or the PM, with a reason, while the deal is still OPENED "
                    + "with no money entered and no receipt (e.g. its unit's hold was refused: another deal was "
                    + "faster). Sales control releases the unit only if it was held for this deal. Safe to repeat.")
    @ApiResponse(responseCode = "200", description = "The deal CANCELLED; DealCancelled is published")
    @ApiResponse(responseCode = "403", description = "The caller is neither a consultant nor the PM of the deal's office")
    @ApiResponse(responseCode = "404", description = "No such deal, or not the caller's (a colleague's deal)")
    @ApiResponse(responseCode = "409", description = "DEAL-8: the deal is past its opening or holds money: the PM "
            + "cancels it")
    DealView withdraw(@PathVariable String dealId, @Valid @RequestBody WithdrawRequest request, Caller caller,
            RequestId requestId) {
        return DealView.of(cancelling.withdraw(caller, dealId, requestId.value(), request.reason()));
    }
}
