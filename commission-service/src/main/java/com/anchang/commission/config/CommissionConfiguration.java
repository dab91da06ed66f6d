package com.anchang.commission.config;

import com.anchang.commission.adapter.messaging.CommissionEvents;
import com.anchang.commission.adapter.persistence.MongoBuyerTotalsRepository;
import com.anchang.commission.adapter.persistence.MongoConsultantBooks;
import com.anchang.commission.adapter.persistence.MongoDealCreditRepository;
import com.anchang.commission.adapter.persistence.MongoOwnershipTimelineRepository;
import com.anchang.commission.application.ClaimingCredit;
import com.anchang.commission.application.CreditingDeal;
import com.anchang.commission.application.RememberingLeadOwnership;
import com.anchang.commission.application.ViewingCredits;
import com.anchang.commission.application.ViewingStatements;
import com.anchang.commission.domain.BuyerTotalsRepository;
import com.anchang.commission.domain.CreditRules;
import com.anchang.commission.domain.DealCreditRepository;
import com.anchang.commission.domain.CommissionPlan;
import com.anchang.commission.domain.ConsultantBooks;
import com.anchang.commission.domain.OfficeCreditPolicy;
import com.anchang.commission.domain.OfficePolicies;
import com.anchang.commission.domain.OwnershipTimelineRepository;
import com.anchang.commission.domain.PayoutStage;
import com.anchang.support.outbox.Outbox;
import com.anchang.support.outbox.OutboxCollection;
import com.anchang.support.outbox.OutboxRelay;
import com.anchang.support.scheduling.PeriodicJob;
import com.anchang.support.tenancy.OfficeDirectory;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Wiring of commission-service. The claims' events leave from the deals' documents (outbox collection
 * {@code deal_credits}); the consultants' statement books are kept beside them (ADR 21). The office policy is a setting ({@code anchang.commission.policy.*}) with the rulebook's defaults, and
 * per office ({@code anchang.commission.policy.offices.<officeId>.*}) what differs there.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CommissionConfiguration.PolicySettings.class)
public class CommissionConfiguration {

    /**
     * The crediting and commission policy every office has, and per office what differs there; unset
     * values take the rulebook's defaults (Asia/Shanghai, credit at the subscription, 50/50, claims within
     * 7 days, 5,000,000 CNY, 50% above; 3‰ per deal, half at the down payment and half at the mortgage,
     * 20% held back until the handover).
     */
    @ConfigurationProperties("anchang.commission.policy")
    public record PolicySettings(ZoneId zone, OfficeCreditPolicy.Recognition recognition, OfficeCreditPolicy.Split split,
            Integer claimWindowDays, BigDecimal bigDealThreshold, BigDecimal weightAbove, Plan plan,
            Map<PayoutStage, BigDecimal> payoutStages, BigDecimal holdback, BigDecimal forfeitPerMille,
            Map<String, Office> offices) {

        /** What differs at one office; unset values are the defaults above. */
        public record Office(ZoneId zone, OfficeCreditPolicy.Recognition recognition, OfficeCreditPolicy.Split split,
                Integer claimWindowDays, BigDecimal bigDealThreshold, BigDecimal weightAbove, Plan plan,
                Map<PayoutStage, BigDecimal> payoutStages, BigDecimal holdback, BigDecimal forfeitPerMille) {

            OfficeCreditPolicy over(OfficeCreditPolicy d) {
                List<OfficeCreditPolicy.StageShare> stages = payoutStages == null || payoutStages.isEmpty()
                        ? d.payoutStages()
                        : payoutStages.entrySet().stream()
                                .map(e -> new OfficeCreditPolicy.StageShare(e.getKey(), e.getValue())).toList();
                return new OfficeCreditPolicy(zone == null ? d.zone() : zone,
                        recognition == null ? d.recognition() : recognition, split == null ? d.split() : split,
                        claimWindowDays == null ? d.claimWindowDays() : claimWindowDays,
                        bigDealThreshold == null ? d.bigDealThreshold() : bigDealThreshold,
                        weightAbove == null ? d.weightAbove() : weightAbove, plan == null ? d.plan() : plan.toPlan(),
                        stages, holdback == null ? d.holdback() : holdback,
                        forfeitPerMille == null ? d.forfeitPerMille() : forfeitPerMille);
            }
        }

        /** A commission plan: {@code kind: PER_DEAL} with {@code per-mille}, or {@code MONTHLY_TIERS} with tiers. */
        public record Plan(CommissionPlan.Kind kind, BigDecimal perMille, List<CommissionPlan.Tier> tiers) {

            CommissionPlan toPlan() {
                return new CommissionPlan(kind == null ? CommissionPlan.Kind.PER_DEAL : kind, perMille, tiers);
            }
        }

        public PolicySettings {
            offices = offices == null ? Map.of() : Map.copyOf(offices);
        }

        /** The defaults here over the rulebook's. */
        OfficeCreditPolicy defaults() {
            return new Office(zone, recognition, split, claimWindowDays, bigDealThreshold, weightAbove, plan, payoutStages,
                    holdback, forfeitPerMille).over(OfficeCreditPolicy.DEFAULTS);
        }

        /** The office's values over the defaults; an office not listed has the defaults. */
        OfficeCreditPolicy forOffice(String officeId) {
            Office office = officeId == null ? null : offices.get(officeId);
            return office == null ? defaults() : office.over(defaults());
        }
    }

    /** Every office's policy made once at start-up (a wrong value fails the start, not a deal). */
    @Bean
    OfficePolicies officePolicies(PolicySettings settings) {
        Map<String, OfficeCreditPolicy> made = new ConcurrentHashMap<>();
        settings.offices().keySet().forEach(officeId -> made.put(officeId, settings.forOffice(officeId)));
        OfficeCreditPolicy defaults = settings.defaults();
        return officeId -> officeId == null ? defaults : made.getOrDefault(officeId, defaults);
    }

    @Bean
    CreditRules creditRules() {
        return new CreditRules();
    }

    @Bean
    OwnershipTimelineRepository ownershipTimelineRepository(MongoTemplate mongo) {
        return new MongoOwnershipTimelineRepository(mongo);
    }

    /** The deals' credit documents carry the claims' events until they are published (ADR 1). */
    @Bean
    OutboxCollection dealCreditsOutbox() {
        return new OutboxCollection(MongoDealCreditRepository.COLLECTION);
    }

    @Bean
    CommissionEvents commissionEvents(Outbox outbox) {
        return new CommissionEvents(outbox);
    }

    @Bean
    MongoConsultantBooks consultantBooks(MongoTemplate mongo, OfficePolicies policies) {
        return new MongoConsultantBooks(mongo, policies);
    }

    @Bean
    MongoDealCreditRepository dealCreditRepository(MongoTemplate mongo, CommissionEvents events, OutboxRelay relay,
            MongoConsultantBooks books) {
        return new MongoDealCreditRepository(mongo, events::toOutbox, events::toOutbox,
                dealId -> relay.published(MongoDealCreditRepository.COLLECTION, dealId), books);
    }

    /**
     * ADR 21: the statement books of deals whose write stopped before their books were written (or that were
     * stored before the books existed), at start and then every interval. Nothing it does waits for a date, so
     * it names no next work: moving the simulated clock never runs it (ADR 11).
     */
    @Bean
    PeriodicJob statementRepair(MongoDealCreditRepository credits,
            @Value("${anchang.commission.statement-repair-interval:5m}") Duration interval) {
        return PeriodicJob.every("statement-repair", interval, now -> {
            int repaired = credits.repairStatements();
            return repaired == 0 ? "" : "wrote the statement books of %d deals".formatted(repaired);
        }).alsoAtStart().withNextWork(now -> Optional.empty());
    }

    @Bean
    BuyerTotalsRepository buyerTotalsRepository(MongoTemplate mongo) {
        return new MongoBuyerTotalsRepository(mongo);
    }

    @Bean
    CreditingDeal creditingDeal(DealCreditRepository credits, OwnershipTimelineRepository timelines,
            BuyerTotalsRepository buyers, CreditRules rules, OfficePolicies policies, Clock clock) {
        return new CreditingDeal(credits, timelines, buyers, rules, policies, clock);
    }

    @Bean
    RememberingLeadOwnership rememberingLeadOwnership(OwnershipTimelineRepository timelines, CreditingDeal crediting) {
        return new RememberingLeadOwnership(timelines, crediting);
    }

    @Bean
    ClaimingCredit claimingCredit(DealCreditRepository credits, CreditingDeal crediting, CreditRules rules,
            OfficePolicies policies, Clock clock, OfficeDirectory offices) {
        return new ClaimingCredit(credits, crediting, rules, policies, clock, offices);
    }

    @Bean
    ViewingStatements viewingStatements(ConsultantBooks books, OfficePolicies policies, OfficeDirectory offices) {
        return new ViewingStatements(books, policies, offices);
    }

    @Bean
    ViewingCredits viewingCredits(DealCreditRepository credits, ConsultantBooks books,
            OwnershipTimelineRepository timelines, OfficePolicies policies, Clock clock, OfficeDirectory offices) {
        return new ViewingCredits(credits, books, timelines, policies, clock, offices);
    }
}
