package com.anchang.commission.config;

import com.anchang.commission.adapter.persistence.MongoBuyerTotalsRepository;
import com.anchang.commission.adapter.persistence.MongoDealCreditRepository;
import com.anchang.commission.adapter.persistence.MongoOwnershipTimelineRepository;
import com.anchang.commission.application.CreditingDeal;
import com.anchang.commission.application.RememberingLeadOwnership;
import com.anchang.commission.application.ViewingCredits;
import com.anchang.commission.domain.BuyerTotalsRepository;
import com.anchang.commission.domain.CreditRules;
import com.anchang.commission.domain.DealCreditRepository;
import com.anchang.commission.domain.OfficeCreditPolicy;
import com.anchang.commission.domain.OwnershipTimelineRepository;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Wiring of commission-service. It produces no events yet, so it declares no outbox collection. The
 * crediting policy is a setting ({@code anchang.commission.policy.*}) with the rulebook's defaults.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CommissionConfiguration.PolicySettings.class)
public class CommissionConfiguration {

    /**
     * The office's crediting policy; unset values take the rulebook's defaults (Asia/Shanghai, credit at
     * the subscription, 50/50, 5,000,000 CNY, 50% above).
     */
    @ConfigurationProperties("anchang.commission.policy")
    public record PolicySettings(ZoneId zone, OfficeCreditPolicy.Recognition recognition, OfficeCreditPolicy.Split split,
            BigDecimal bigDealThreshold, BigDecimal weightAbove) {

        OfficeCreditPolicy toPolicy() {
            OfficeCreditPolicy d = OfficeCreditPolicy.DEFAULTS;
            return new OfficeCreditPolicy(zone == null ? d.zone() : zone,
                    recognition == null ? d.recognition() : recognition, split == null ? d.split() : split,
                    bigDealThreshold == null ? d.bigDealThreshold() : bigDealThreshold,
                    weightAbove == null ? d.weightAbove() : weightAbove);
        }
    }

    @Bean
    OfficeCreditPolicy officeCreditPolicy(PolicySettings settings) {
        return settings.toPolicy();
    }

    @Bean
    CreditRules creditRules() {
        return new CreditRules();
    }

    @Bean
    OwnershipTimelineRepository ownershipTimelineRepository(MongoTemplate mongo) {
        return new MongoOwnershipTimelineRepository(mongo);
    }

    @Bean
    DealCreditRepository dealCreditRepository(MongoTemplate mongo) {
        return new MongoDealCreditRepository(mongo);
    }

    @Bean
    BuyerTotalsRepository buyerTotalsRepository(MongoTemplate mongo) {
        return new MongoBuyerTotalsRepository(mongo);
    }

    @Bean
    CreditingDeal creditingDeal(DealCreditRepository credits, OwnershipTimelineRepository timelines,
            BuyerTotalsRepository buyers, CreditRules rules, OfficeCreditPolicy policy, Clock clock) {
        return new CreditingDeal(credits, timelines, buyers, rules, policy, clock);
    }

    @Bean
    RememberingLeadOwnership rememberingLeadOwnership(OwnershipTimelineRepository timelines, CreditingDeal crediting) {
        return new RememberingLeadOwnership(timelines, crediting);
    }

    @Bean
    ViewingCredits viewingCredits(DealCreditRepository credits, OwnershipTimelineRepository timelines,
            OfficeCreditPolicy policy) {
        return new ViewingCredits(credits, timelines, policy);
    }
}
