package com.anchang.commission.config;

import com.anchang.commission.adapter.persistence.MongoCreditRepository;
import com.anchang.commission.adapter.persistence.MongoOwnershipTimelineRepository;
import com.anchang.commission.application.CreditingDeal;
import com.anchang.commission.application.RememberingLeadOwnership;
import com.anchang.commission.application.ViewingCredits;
import com.anchang.commission.domain.CreditPolicy;
import com.anchang.commission.domain.CreditRepository;
import com.anchang.commission.domain.OfficeCreditPolicy;
import com.anchang.commission.domain.OwnershipTimelineRepository;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Wiring of commission-service. It produces no events yet, so it declares no outbox collection; the
 * split and weighting policies (COMM-2, COMM-4) bring their office-policy defaults here as
 * {@code @ConfigurationProperties} when they arrive.
 */
@Configuration(proxyBeanMethods = false)
public class CommissionConfiguration {

    @Bean
    CreditPolicy creditPolicy() {
        return new CreditPolicy();
    }

    @Bean
    OwnershipTimelineRepository ownershipTimelineRepository(MongoTemplate mongo) {
        return new MongoOwnershipTimelineRepository(mongo);
    }

    @Bean
    CreditRepository creditRepository(MongoTemplate mongo) {
        return new MongoCreditRepository(mongo);
    }

    @Bean
    RememberingLeadOwnership rememberingLeadOwnership(OwnershipTimelineRepository timelines) {
        return new RememberingLeadOwnership(timelines);
    }

    @Bean
    CreditingDeal creditingDeal(CreditRepository credits, OwnershipTimelineRepository timelines, CreditPolicy policy,
            Clock clock) {
        return new CreditingDeal(credits, timelines, policy, OfficeCreditPolicy.DEFAULTS, clock);
    }

    @Bean
    ViewingCredits viewingCredits(CreditRepository credits) {
        return new ViewingCredits(credits);
    }
}
