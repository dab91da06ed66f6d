package com.anchang.transaction.application;

import com.anchang.support.security.Caller;
import com.anchang.transaction.domain.Deal;
import com.anchang.transaction.domain.DealFile;
import com.anchang.transaction.domain.DealFileStore;
import com.anchang.transaction.domain.Financing;
import com.anchang.transaction.domain.Instalment;
import com.anchang.transaction.domain.Subscription;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * DEAL-4: the subscription agreement — drafted by the deal's consultant or the PM once the formal
 * deposit is in, reviewed and approved by the PM, then signed by the buyer in person or by an agent
 * with a notarised power of attorney (the signing recorded by the consultant or the PM), the buyer's ID copy or
 * the power of attorney uploaded before.
 */
public class Subscribing {

    static final String[] DEAL_STAFF = {Caller.CONSULTANT, Caller.PM};

    /** @param instalments a cash buyer's instalments (分期付款), none otherwise */
    public record Draft(Financing financing, BigDecimal downPaymentAmount, String buyerIdNumber,
            List<Instalment> instalments) {

        public Draft(Financing financing, BigDecimal downPaymentAmount, String buyerIdNumber) {
            this(financing, downPaymentAmount, buyerIdNumber, List.of());
        }
    }

    public record Signing(Subscription.Signer signer, String agentName, String agentIdNumber,
            String notaryCertificateNumber, String idCopyFileId, String powerOfAttorneyFileId) {
    }

    private final DealSteps steps;
    private final DealFileStore files;

    public Subscribing(DealSteps steps, DealFileStore files) {
        this.steps = steps;
        this.files = files;
    }

    public Deal draft(Caller caller, String dealId, String requestId, Draft draft) {
        return steps.run(caller, dealId, requestId, "draft-subscription", "draft the subscription", DEAL_STAFF,
                (deal, by, policy, now) -> {
                    deal.draftSubscription(draft.financing(), draft.downPaymentAmount(), draft.instalments(),
                            draft.buyerIdNumber(), by.userId(), now, policy);
                    return List.of();
                });
    }

    public Deal approve(Caller caller, String dealId, String requestId) {
        return steps.run(caller, dealId, requestId, "approve-subscription", "approve the subscription (DEAL-4)",
                new String[] {Caller.PM}, (deal, by, policy, now) -> List.of(deal.approveSubscription(by, now)));
    }

    /** DEAL-4: the files the signing names are read by id (the deal checks they are its own, of the kind it needs). */
    public Deal sign(Caller caller, String dealId, String requestId, Signing signing) {
        List<DealFile> papers = Stream.of(signing.idCopyFileId(), signing.powerOfAttorneyFileId())
                .filter(id -> id != null && !id.isBlank()).map(files::find).flatMap(Optional::stream).toList();
        return steps.run(caller, dealId, requestId, "sign-subscription", "record the subscription's signing",
                DEAL_STAFF, (deal, by, policy, now) -> List.of(deal.signSubscription(new Subscription.Signature(
                        signing.signer(), signing.agentName(), signing.agentIdNumber(),
                        signing.notaryCertificateNumber(), signing.idCopyFileId(), signing.powerOfAttorneyFileId(),
                        by.userId(), now), papers, now)));
    }
}
