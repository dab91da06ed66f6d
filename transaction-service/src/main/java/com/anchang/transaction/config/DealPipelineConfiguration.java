package com.anchang.transaction.config;

import com.anchang.transaction.adapter.persistence.MongoReceiptRegister;
import com.anchang.transaction.application.ArrangingMortgage;
import com.anchang.transaction.application.CancellingDeal;
import com.anchang.transaction.application.CheckingEligibility;
import com.anchang.transaction.application.ConfirmingPayment;
import com.anchang.transaction.application.DealSteps;
import com.anchang.transaction.application.HandingOver;
import com.anchang.transaction.application.ReceivingMoney;
import com.anchang.transaction.application.ReschedulingDownPayment;
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
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * The deal pipeline after the opening: the office policy it runs on, the receipt register, and one use
 * case per step (money with two people, subscription, due dates, eligibility, contract, mortgage,
 * handover, cancellation).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DealPipelineConfiguration.PolicySettings.class)
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

    @Bean
    DealSteps dealSteps(DealRepository deals, DealPolicies policies, Clock clock) {
        return new DealSteps(deals, policies, clock);
    }

    @Bean
    ReceivingMoney receivingMoney(DealSteps steps) {
        return new ReceivingMoney(steps);
    }

    @Bean
    ConfirmingPayment confirmingPayment(DealSteps steps, ReceiptRegister register) {
        return new ConfirmingPayment(steps, register);
    }

    @Bean
    SettlingCheque settlingCheque(DealSteps steps) {
        return new SettlingCheque(steps);
    }

    @Bean
    Subscribing subscribing(DealSteps steps) {
        return new Subscribing(steps);
    }

    @Bean
    ReschedulingDownPayment reschedulingDownPayment(DealSteps steps) {
        return new ReschedulingDownPayment(steps);
    }

    @Bean
    CheckingEligibility checkingEligibility(DealSteps steps) {
        return new CheckingEligibility(steps);
    }

    @Bean
    SigningContract signingContract(DealSteps steps) {
        return new SigningContract(steps);
    }

    @Bean
    ArrangingMortgage arrangingMortgage(DealSteps steps) {
        return new ArrangingMortgage(steps);
    }

    @Bean
    HandingOver handingOver(DealSteps steps) {
        return new HandingOver(steps);
    }

    @Bean
    ViewingDeals viewingDeals(DealSteps steps, ReceiptRegister register) {
        return new ViewingDeals(steps, register);
    }

    @Bean
    CancellingDeal cancellingDeal(DealSteps steps, ReceiptRegister register) {
        return new CancellingDeal(steps, register);
    }
}
