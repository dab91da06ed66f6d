package com.anchang.transaction.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.anchang.support.test.DomainSources;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A deal status added later must fail to compile until every step of Deal decides it")
class DealStatusExhaustivenessTest {

    private final DomainSources domain = DomainSources.of("com.anchang.transaction.domain");

    @Test
    @DisplayName("the domain as it is compiles, so the failure below comes from the added status alone")
    void compilesAsItIs() {
        assertThat(domain.compile().errors()).isEmpty();
    }

    @Test
    @DisplayName("with a new DealStatus, every step of the pipeline does not compile instead of accepting it silently")
    void aNewStatusDoesNotCompileUntilDecided() {
        DomainSources.Compilation withNewStatus = domain.withConstantAdded("DealStatus.java", "DealStatus", "ON_HOLD")
                .compile();

        assertThat(withNewStatus.succeeded()).isFalse();
        assertThat(withNewStatus.undecidedIn("Deal.java")).contains("unitHeld", "discountApproved",
                "requireTemporaryDepositStep", "requireFormalDepositStep", "requireDownPaymentStep", "draftSubscription",
                "approveSubscription", "signSubscription", "rescheduleDownPayment", "checkEligibility", "signContract",
                "appointMortgage", "recordMortgageProgress", "handOver", "endDeal", "nextSteps", "requireChangeable",
                "checkSwap", "checkPriceChange", "requireInstalmentStep", "instalmentsOwedNow");
    }
}
