package com.anchang.commission.config;

import com.anchang.commission.adapter.persistence.MongoCreditRepository;
import com.anchang.commission.adapter.persistence.MongoLeadOwnershipRepository;
import com.anchang.commission.application.CreditingDeal;
import com.anchang.commission.application.RememberingLeadOwnership;
import com.anchang.commission.application.ViewingCredits;
import com.anchang.commission.domain.CreditPolicy;
import com.anchang.commission.domain.CreditRepository;
import com.anchang.commission.domain.LeadOwnershipRepository;
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
    LeadOwnershipRepository leadOwnershipRepository(MongoTemplate mongo) {
        return new MongoLeadOwnershipRepository(mongo);
    }

    @Bean
    CreditRepository creditRepository(MongoTemplate mongo) {
        return new MongoCreditRepository(mongo);
    }

    @Bean
    RememberingLeadOwnership rememberingLeadOwnership(LeadOwnershipRepository ownerships) {
        return new RememberingLeadOwnership(ownerships);
    }

    @Bean
    CreditingDeal creditingDeal(CreditRepository credits, LeadOwnershipRepository ownerships, CreditPolicy policy,
            Clock clock) {
        return new CreditingDeal(credits, ownerships, policy, clock);
    }

    @Bean
    ViewingCredits viewingCredits(CreditRepository credits) {
        return new ViewingCredits(credits);
    }
}
