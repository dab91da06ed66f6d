package com.anchang.commission.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.anchang.commission.domain.CommissionPlan;
import com.anchang.commission.domain.OfficeCreditPolicy;
import com.anchang.commission.domain.OfficePolicies;
import com.anchang.commission.domain.PayoutStage;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

class OfficePoliciesTest {

    static OfficePolicies bound(Map<String, String> properties) {
        CommissionConfiguration.PolicySettings settings = new Binder(new MapConfigurationPropertySource(properties))
                .bindOrCreate("anchang.commission.policy", CommissionConfiguration.PolicySettings.class);
        return new CommissionConfiguration().officePolicies(settings);
    }

    @Test
    @DisplayName("office policy: nothing set is the rulebook's defaults (credit at the subscription, 50/50, claims within 7 days, 3‰, half at the down payment and half at the mortgage, 20% held back)")
    void defaults() {
        OfficeCreditPolicy policy = bound(Map.of()).forOffice("office-any");
        assertThat(policy).isEqualTo(OfficeCreditPolicy.DEFAULTS);
        assertThat(policy.claimWindowDays()).isEqualTo(7);
    }

    @Test
    @DisplayName("office policy per office: one office credits at the contract, all to the first receiver, with 10 claim days and monthly tiers; another keeps the defaults set for all")
    void perOffice() {
        OfficePolicies policies = bound(Map.ofEntries(
                Map.entry("anchang.commission.policy.holdback", "0.1"),
                Map.entry("anchang.commission.policy.offices.office-xihu.recognition", "CONTRACT"),
                Map.entry("anchang.commission.policy.offices.office-xihu.split", "ALL_TO_FIRST_RECEIVER"),
                Map.entry("anchang.commission.policy.offices.office-xihu.claim-window-days", "10"),
                Map.entry("anchang.commission.policy.offices.office-xihu.plan.kind", "MONTHLY_TIERS"),
                Map.entry("anchang.commission.policy.offices.office-xihu.plan.tiers[0].from", "0"),
                Map.entry("anchang.commission.policy.offices.office-xihu.plan.tiers[0].per-mille", "3"),
                Map.entry("anchang.commission.policy.offices.office-xihu.plan.tiers[1].from", "10000000"),
                Map.entry("anchang.commission.policy.offices.office-xihu.plan.tiers[1].per-mille", "5"),
                Map.entry("anchang.commission.policy.offices.office-xihu.payout-stages.mortgage-completed", "1")));

        OfficeCreditPolicy xihu = policies.forOffice("office-xihu");
        assertThat(xihu.recognition()).isEqualTo(OfficeCreditPolicy.Recognition.CONTRACT);
        assertThat(xihu.split()).isEqualTo(OfficeCreditPolicy.Split.ALL_TO_FIRST_RECEIVER);
        assertThat(xihu.claimWindowDays()).isEqualTo(10);
        assertThat(xihu.plan().kind()).isEqualTo(CommissionPlan.Kind.MONTHLY_TIERS);
        assertThat(xihu.plan().rateFor(new BigDecimal("12000000"))).isEqualByComparingTo("5");
        assertThat(xihu.payoutStages()).singleElement().satisfies(s -> assertThat(s.stage()).isEqualTo(PayoutStage.MORTGAGE_COMPLETED));
        assertThat(xihu.holdback()).isEqualByComparingTo("0.1");

        OfficeCreditPolicy binjiang = policies.forOffice("office-binjiang");
        assertThat(binjiang.recognition()).isEqualTo(OfficeCreditPolicy.Recognition.SUBSCRIPTION);
        assertThat(binjiang.plan()).isEqualTo(OfficeCreditPolicy.DEFAULTS.plan());
        assertThat(binjiang.holdback()).isEqualByComparingTo("0.1");
    }
}
