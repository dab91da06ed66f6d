package com.anchang.notification.config;

import com.anchang.notification.domain.OfficeTexts;
import com.anchang.notification.domain.ReminderKind;
import com.anchang.notification.domain.ReminderPolicies;
import com.anchang.notification.domain.ReminderPolicy;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Office policy for reminders: the defaults ({@code notification.policy}), and per office what it sets differently. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ReminderPolicyConfiguration.PolicySettings.class)
public class ReminderPolicyConfiguration {

    /**
     * One office's reminder policy, or the defaults; a value an office does not set is the default's.
     *
     * @param downPaymentDaysBefore NOTE-1: days before the down payment's due date to remind the buyer
     * @param mortgageDaysBefore NOTE-2: days before the mortgage appointment to remind the buyer
     * @param sendTime the office's local time of day reminders go out
     * @param zone the office's time zone
     * @param quietFrom start of the local hours without SMS (none when it or quietTo is not set)
     * @param quietTo end of the local hours without SMS
     * @param officeName the office's name, in which the reminders speak (NOTE-3)
     * @param officePhone the office's phone, in the reminders
     * @param mortgageDocuments the documents to prepare for the mortgage, said with the down-payment reminder
     * @param templates the office's own text per reminder kind (see ReminderText for the parameters)
     * @param instalmentDaysBefore days before each instalment's due date (分期付款) to remind the buyer; the down
     *        payment's when not set
     */
    public record PolicyValues(List<Integer> downPaymentDaysBefore, List<Integer> mortgageDaysBefore, LocalTime sendTime,
            ZoneId zone, LocalTime quietFrom, LocalTime quietTo, String officeName, String officePhone,
            String mortgageDocuments, Map<ReminderKind, String> templates, List<Integer> instalmentDaysBefore) {

        /** These values where set, the defaults' elsewhere; templates merged per kind. */
        PolicyValues over(PolicyValues defaults) {
            Map<ReminderKind, String> merged = new HashMap<>(defaults.templates() == null ? Map.of() : defaults.templates());
            merged.putAll(templates == null ? Map.of() : templates);
            return new PolicyValues(or(downPaymentDaysBefore, defaults.downPaymentDaysBefore()),
                    or(mortgageDaysBefore, defaults.mortgageDaysBefore()), or(sendTime, defaults.sendTime()),
                    or(zone, defaults.zone()), or(quietFrom, defaults.quietFrom()), or(quietTo, defaults.quietTo()),
                    or(officeName, defaults.officeName()), or(officePhone, defaults.officePhone()),
                    or(mortgageDocuments, defaults.mortgageDocuments()), merged,
                    or(instalmentDaysBefore, defaults.instalmentDaysBefore()));
        }

        ReminderPolicy toPolicy() {
            return new ReminderPolicy(downPaymentDaysBefore, mortgageDaysBefore, sendTime, zone,
                    quietFrom == null || quietTo == null ? null : new ReminderPolicy.QuietHours(quietFrom, quietTo),
                    new OfficeTexts(officeName, officePhone, mortgageDocuments, templates), instalmentDaysBefore);
        }

        private static <T> T or(T value, T fallback) {
            return value != null ? value : fallback;
        }
    }

    /**
     * @param policy the defaults, for every office
     * @param offices by office id, what an office sets differently
     */
    @ConfigurationProperties("notification")
    public record PolicySettings(PolicyValues policy, Map<String, PolicyValues> offices) {

        public PolicySettings {
            Objects.requireNonNull(policy, "notification.policy");
            offices = offices == null ? Map.of() : Map.copyOf(offices);
        }
    }

    /** Each office's policy, checked at start: a wrong value in any office stops the service from starting. */
    @Bean
    ReminderPolicies reminderPolicies(PolicySettings settings) {
        ReminderPolicy defaults = settings.policy().toPolicy();
        Map<String, ReminderPolicy> byOffice = new HashMap<>();
        settings.offices().forEach((office, values) -> byOffice.put(office, values.over(settings.policy()).toPolicy()));
        return officeId -> byOffice.getOrDefault(officeId, defaults);
    }
}
