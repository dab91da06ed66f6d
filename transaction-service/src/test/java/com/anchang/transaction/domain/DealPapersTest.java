package com.anchang.transaction.domain;

import static com.anchang.transaction.domain.DealFixtures.CONSULTANT;
import static com.anchang.transaction.domain.DealFixtures.FINANCE;
import static com.anchang.transaction.domain.DealFixtures.PM;
import static com.anchang.transaction.domain.DealFixtures.PRICE;
import static com.anchang.transaction.domain.DealFixtures.invalid;
import static com.anchang.transaction.domain.DealFixtures.refusedBy;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The subscription (DEAL-4), eligibility (DEAL-5) and the contract. */
class DealPapersTest {

    final DealFixtures deals = new DealFixtures();

    @Test
    @DisplayName("DEAL-4: the subscription is drafted on the deal's price once the formal deposit is in, stating deposit, down payment, financing and loan")
    void subscriptionDrafted() {
        refusedBy("DEAL-4", () -> deals.at(DealStatus.UNIT_HELD).draftSubscription(Financing.COMMERCIAL_LOAN,
                new BigDecimal("910000"), "330106198801012345", "c-1", deals.tick(), deals.policy()));
        Deal deal = new DealFixtures().at(DealStatus.SUBSCRIPTION_DRAFTED);

        Subscription s = deal.subscription();
        assertThat(s.price()).isEqualTo(PRICE);
        assertThat(s.deposit()).isEqualTo(new BigDecimal("50000.00"));
        assertThat(s.downPaymentAmount()).isEqualTo(new BigDecimal("910000.00"));
        assertThat(s.loanAmount()).isEqualTo(new BigDecimal("2240000.00"));
        assertThat(s.status()).isEqualTo(Subscription.Status.DRAFTED);
        invalid("buyerIdNumber", () -> new DealFixtures().at(DealStatus.DEPOSIT_RECEIVED).draftSubscription(
                Financing.COMMERCIAL_LOAN, new BigDecimal("910000"), "12", "c-1", deals.tick(), deals.policy()));
    }

    @Test
    @DisplayName("DEAL-4: the buyer signs only a subscription the PM reviewed and approved; approval by anyone but the PM is refused")
    void approvedBeforeSigned() {
        Deal deal = deals.at(DealStatus.SUBSCRIPTION_DRAFTED);

        refusedBy("DEAL-4", () -> deal.signSubscription(DealFixtures.inPerson(), DealFixtures.papers(deal), deals.tick()));
        refusedBy("DEAL-4", () -> deal.approveSubscription(CONSULTANT, deals.tick()));
        refusedBy("DEAL-4", () -> deal.approveSubscription(FINANCE, deals.tick()));
        assertThat(deal.status()).isEqualTo(DealStatus.SUBSCRIPTION_DRAFTED);

        DealEvent approved = deal.approveSubscription(PM, deals.tick());
        assertThat(approved).isInstanceOf(DealEvent.SubscriptionApproved.class);
        assertThat(deal.subscription().approvedBy()).isEqualTo("u-pm-1");
        refusedBy("DEAL-4", () -> deal.draftSubscription(Financing.CASH, new BigDecimal("3150000"), "330106198801012345",
                "c-1", deals.tick(), deals.policy()));
        deal.signSubscription(DealFixtures.inPerson(), DealFixtures.papers(deal), deals.tick());
        assertThat(deal.status()).isEqualTo(DealStatus.SUBSCRIPTION_SIGNED);
    }

    @Test
    @DisplayName("DEAL-4: an agent signs only with a notarised power of attorney: name, identity-document number and notary certificate number, else 400 naming the field")
    void agentSignsWithNotarisedPowerOfAttorney() {
        invalid("notaryCertificateNumber", () -> new Subscription.Signature(Subscription.Signer.AGENT, "李律师",
                "110101198001011234", null, "file-1", "file-2", "c-1", DealFixtures.T0));
        invalid("agentIdNumber", () -> new Subscription.Signature(Subscription.Signer.AGENT, "李律师", " ",
                "(2026)沪徐证字第1234号", "file-1", "file-2", "c-1", DealFixtures.T0));
        invalid("agentName", () -> new Subscription.Signature(Subscription.Signer.BUYER, "李律师", null, null, "file-1",
                null, "c-1", DealFixtures.T0));

        Deal deal = deals.at(DealStatus.SUBSCRIPTION_APPROVED);
        deal.signSubscription(new Subscription.Signature(Subscription.Signer.AGENT, "李律师", "110101198001011234",
                "(2026)沪徐证字第1234号", "file-1", "file-2", "c-1", deals.tick()), List.of(
                        DealFixtures.file(deal, "file-1", FileKind.ID_COPY),
                        DealFixtures.file(deal, "file-2", FileKind.POWER_OF_ATTORNEY)), deals.tick());

        assertThat(deal.subscription().signature().notaryCertificateNumber()).isEqualTo("(2026)沪徐证字第1234号");
        assertThat(deal.timeline().getLast().detail()).contains("李律师", "(2026)沪徐证字第1234号");
    }

    @Test
    @DisplayName("DEAL-4: the buyer signs only with their ID copy uploaded and named; an agent only with the power of attorney uploaded; else 409 DEAL-4 and the subscription stays unsigned")
    void signingNeedsTheUploadedPapers() {
        Deal deal = deals.at(DealStatus.SUBSCRIPTION_APPROVED);
        Subscription.Signature withoutCopy = new Subscription.Signature(Subscription.Signer.BUYER, null, null, null,
                null, null, "c-1", deals.tick());
        refusedBy("DEAL-4", () -> deal.signSubscription(withoutCopy, List.of(), deals.tick()));
        refusedBy("DEAL-4", () -> deal.signSubscription(DealFixtures.inPerson(), List.of(), deals.tick()));
        Deal other = deals.at(DealStatus.SUBSCRIPTION_APPROVED);
        refusedBy("DEAL-4", () -> deal.signSubscription(DealFixtures.inPerson(), DealFixtures.papers(other),
                deals.tick()));
        refusedBy("DEAL-4", () -> deal.signSubscription(DealFixtures.inPerson(),
                List.of(DealFixtures.file(deal, "file-id-copy-1", FileKind.CHEQUE_IMAGE)), deals.tick()));
        Subscription.Signature agentWithoutPower = new Subscription.Signature(Subscription.Signer.AGENT, "李律师",
                "110101198001011234", "(2026)沪徐证字第1234号", "file-id-copy-1", null, "c-1", deals.tick());
        refusedBy("DEAL-4", () -> deal.signSubscription(agentWithoutPower, DealFixtures.papers(deal), deals.tick()));
        assertThat(deal.status()).isEqualTo(DealStatus.SUBSCRIPTION_APPROVED);

        deal.signSubscription(DealFixtures.inPerson(), DealFixtures.papers(deal), deals.tick());

        assertThat(deal.status()).isEqualTo(DealStatus.SUBSCRIPTION_SIGNED);
        assertThat(deal.subscription().signature().idCopyFileId()).isEqualTo("file-id-copy-1");
    }

    @Test
    @DisplayName("DEAL-5: the contract is refused without a passed eligibility check; a failed check is recorded and another may pass")
    void contractNeedsAPassedCheck() {
        Deal deal = deals.at(DealStatus.DOWN_PAYMENT_RECEIVED);
        refusedBy("DEAL-5", () -> deal.signContract("HT-1", "c-1", deals.tick()));

        deal.checkEligibility(false, "名下已有两套住房", "c-1", deals.tick());
        assertThat(deal.status()).isEqualTo(DealStatus.DOWN_PAYMENT_RECEIVED);
        refusedBy("DEAL-5", () -> deal.signContract("HT-1", "c-1", deals.tick()));

        DealEvent passed = deal.checkEligibility(true, "出售一套后名下一套", "u-pm-1", deals.tick());
        assertThat(passed).isInstanceOfSatisfying(DealEvent.EligibilityChecked.class,
                e -> assertThat(e.check().passed()).isTrue());
        assertThat(deal.eligibilityChecks()).extracting(EligibilityCheck::passed).containsExactly(false, true);
        assertThat(deal.eligibilityChecks()).extracting(EligibilityCheck::checkedBy).containsExactly("c-1", "u-pm-1");
        List<DealEvent> signed = deal.signContract("HT-1", "c-1", deals.tick());
        assertThat(signed).singleElement().isInstanceOf(DealEvent.ContractSigned.class);
        assertThat(deal.status()).isEqualTo(DealStatus.CONTRACT_SIGNED);
        refusedBy("DEAL-5", () -> deal.checkEligibility(true, "again", "c-1", deals.tick()));
        invalid("basis", () -> new EligibilityCheck(true, " ", "c-1", DealFixtures.T0));
    }

    @Test
    @DisplayName("DEAL-3: the contract waits until the down payment's cheque clears (its receipt reclaims the formal one only then)")
    void contractWaitsForTheDownPaymentsCheque() {
        Deal deal = deals.at(DealStatus.SUBSCRIPTION_SIGNED);
        Receipt down = deals.pay(deal, new PaymentEntry(PaymentPurpose.DOWN_PAYMENT, new BigDecimal("910000"),
                PaymentMethod.CHEQUE, new PaymentDetails(null, "20250002", null, null, null, null, null), null, null));
        deal.checkEligibility(true, "ok", "c-1", deals.tick());

        refusedBy("DEAL-3", () -> deal.signContract("HT-1", "c-1", deals.tick()));
        deal.settleCheque(down.paymentId(), true, null, FINANCE, deals.tick());
        deal.signContract("HT-1", "c-1", deals.tick());
        assertThat(deal.status()).isEqualTo(DealStatus.CONTRACT_SIGNED);
    }
}
