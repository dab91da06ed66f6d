package com.anchang.transaction.config;

import com.anchang.support.scheduling.PeriodicJob;
import com.anchang.transaction.adapter.persistence.MongoReceiptRegister;
import com.anchang.transaction.adapter.scheduling.DealJobs;
import com.anchang.transaction.application.ArrangingMortgage;
import com.anchang.transaction.application.CancellingDeal;
import com.anchang.transaction.application.ChangingDeal;
import com.anchang.transaction.application.CheckingEligibility;
import com.anchang.transaction.application.ConfirmingPayment;
import com.anchang.transaction.application.DealSteps;
import com.anchang.transaction.application.HandingOver;
import com.anchang.transaction.application.ReceivingMoney;
import com.anchang.transaction.application.ReschedulingDownPayment;
import com.anchang.transaction.application.ResumingConfirmations;
import com.anchang.transaction.application.SettlingCheque;
import com.anchang.transaction.application.SigningContract;
import com.anchang.transaction.application.Subscribing;
import com.anchang.transaction.application.ViewingDeals;
import com.anchang.transaction.domain.DealPolicies;
import com.anchang.transaction.domain.DealPolicy;
import com.anchang.transaction.domain.DealRepository;
import com.anchang.transaction.domain.ReceiptRegister;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * The deal pipeline after the opening: the office policy it runs on, the receipt register, and one use
 * case per step (money with two people, subscription, due dates, eligibility, contract, mortgage,
 * handover, cancellation) and the reads. The use cases are plain classes, each made of what its one
 * constructor asks for (the steps' runner, the register): imported, not written out bean by bean.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({DealPipelineConfiguration.PolicySettings.class,
        DealPipelineConfiguration.ConfirmationSettings.class})
@Import({DealSteps.class, ReceivingMoney.class, ConfirmingPayment.class, SettlingCheque.class, Subscribing.class,
        ReschedulingDownPayment.class, CheckingEligibility.class, SigningContract.class, ArrangingMortgage.class,
        HandingOver.class, ViewingDeals.class, CancellingDeal.class, ChangingDeal.class})
public class DealPipelineConfiguration {

    /**
     * Office policy for deals ({@code transaction.policy.*}): the defaults every office has, and per office
     * ({@code transaction.policy.offices.<officeId>.*}) what differs there. An office without a receipt
     * prefix of its own gets one made of its id: {@code office-binjiang} → {@code BINJIANG}.
     */
    @ConfigurationProperties("transaction.policy")
    public record PolicySettings(ZoneId zone, Boolean temporaryDepositRequired, BigDecimal minimumDownPaymentRatio,
            DealPolicy.DepositOnCancellation depositOnCancellation, Duration holdLapseWarning, BigDecimal lateFeePerDay,
            Map<String, Office> offices) {

        public record Office(ZoneId zone, Boolean temporaryDepositRequired, BigDecimal minimumDownPaymentRatio,
                String receiptPrefix, DealPolicy.DepositOnCancellation depositOnCancellation, Duration holdLapseWarning,
                BigDecimal lateFeePerDay) {
        }

        public PolicySettings {
            Objects.requireNonNull(zone, "transaction.policy.zone");
            Objects.requireNonNull(temporaryDepositRequired, "transaction.policy.temporary-deposit-required");
            Objects.requireNonNull(minimumDownPaymentRatio, "transaction.policy.minimum-down-payment-ratio");
            Objects.requireNonNull(depositOnCancellation, "transaction.policy.deposit-on-cancellation");
            Objects.requireNonNull(holdLapseWarning, "transaction.policy.hold-lapse-warning");
            Objects.requireNonNull(lateFeePerDay, "transaction.policy.late-fee-per-day");
            offices = offices == null ? Map.of() : Map.copyOf(offices);
        }

        DealPolicy forOffice(String officeId) {
            Office office = offices.getOrDefault(officeId, new Office(null, null, null, null, null, null, null));
            return new DealPolicy(
                    office.zone() == null ? zone : office.zone(),
                    office.temporaryDepositRequired() == null ? temporaryDepositRequired : office.temporaryDepositRequired(),
                    office.minimumDownPaymentRatio() == null ? minimumDownPaymentRatio : office.minimumDownPaymentRatio(),
                    office.receiptPrefix() == null ? prefixOf(officeId) : office.receiptPrefix(),
                    office.depositOnCancellation() == null ? depositOnCancellation : office.depositOnCancellation(),
                    office.holdLapseWarning() == null ? holdLapseWarning : office.holdLapseWarning(),
                    office.lateFeePerDay() == null ? lateFeePerDay : office.lateFeePerDay());
        }

        /** office-binjiang → BINJIANG: the office id without "office-", its letters and digits, at most 12. */
        static String prefixOf(String officeId) {
            String name = officeId.toUpperCase(Locale.ROOT).replaceFirst("^OFFICE-", "").replaceAll("[^A-Z0-9]", "");
            name = name.isEmpty() ? "R" : name;
            return name.length() > 12 ? name.substring(0, 12) : name;
        }
    }

    /** Each office's policy, made once; two offices may not share a receipt prefix (their series would mix). */
    @Bean
    DealPolicies dealPolicies(PolicySettings settings) {
        Map<String, String> prefixes = new HashMap<>();
        settings.offices().keySet().forEach(officeId -> {
            String prefix = settings.forOffice(officeId).receiptPrefix();
            String other = prefixes.put(prefix, officeId);
            if (other != null) {
                throw new IllegalStateException("offices " + other + " and " + officeId + " share the receipt prefix "
                        + prefix + "; each office numbers its receipts in a series of its own");
            }
        });
        Map<String, DealPolicy> made = new java.util.concurrent.ConcurrentHashMap<>();
        return officeId -> made.computeIfAbsent(officeId, settings::forOffice);
    }

    @Bean
    ReceiptRegister receiptRegister(MongoTemplate mongo, Clock clock) {
        return new MongoReceiptRegister(mongo, clock);
    }

    /**
     * @param resumeEvery how often the confirmation sweep looks for receipts the deal never took (ADR 13)
     * @param resumeAfter how old such a receipt is before the sweep takes it: younger, its confirmation may
     *                    still be under way
     */
    @ConfigurationProperties("transaction.confirmations")
    public record ConfirmationSettings(Duration resumeEvery, Duration resumeAfter) {

        public ConfirmationSettings {
            resumeEvery = resumeEvery == null ? Duration.ofMinutes(1) : resumeEvery;
            resumeAfter = resumeAfter == null ? Duration.ofMinutes(2) : resumeAfter;
        }
    }

    @Bean
    ResumingConfirmations resumingConfirmations(DealRepository deals, ReceiptRegister register, DealPolicies policies,
            ConfirmationSettings settings) {
        return new ResumingConfirmations(deals, register, policies, settings.resumeAfter());
    }

    @Bean
    PeriodicJob confirmationResumeJob(ResumingConfirmations resuming, ConfirmationSettings settings) {
        return DealJobs.confirmationResume(resuming, settings.resumeEvery());
    }
}
