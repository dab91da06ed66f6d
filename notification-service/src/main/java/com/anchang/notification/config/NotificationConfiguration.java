package com.anchang.notification.config;

import com.anchang.notification.adapter.persistence.MongoReminderScheduleRepository;
import com.anchang.notification.application.PlanningDownPaymentReminders;
import com.anchang.notification.application.ViewingReminders;
import com.anchang.notification.domain.ReminderPolicies;
import com.anchang.notification.domain.ReminderPolicy;
import com.anchang.notification.domain.ReminderScheduleRepository;
import java.time.Clock;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(NotificationConfiguration.PolicyDefaults.class)
public class NotificationConfiguration {

    /**
     * Office policy defaults for reminders; per-office values come later from the office's settings.
     *
     * @param downPaymentDaysBefore NOTE-1: days before the down payment's due date to remind the buyer
     * @param sendTime the office's local time of day reminders go out
     * @param zone the office's time zone
     */
    @ConfigurationProperties("notification.policy")
    public record PolicyDefaults(List<Integer> downPaymentDaysBefore, LocalTime sendTime, ZoneId zone) {
    }

    @Bean
    ReminderPolicies reminderPolicies(PolicyDefaults defaults) {
        ReminderPolicy policy = new ReminderPolicy(defaults.downPaymentDaysBefore(), defaults.sendTime(), defaults.zone());
        return officeId -> policy;
    }

    @Bean
    ReminderScheduleRepository reminderScheduleRepository(MongoTemplate mongo) {
        return new MongoReminderScheduleRepository(mongo);
    }

    @Bean
    PlanningDownPaymentReminders planningDownPaymentReminders(ReminderScheduleRepository schedules,
            ReminderPolicies policies, Clock clock) {
        return new PlanningDownPaymentReminders(schedules, policies, clock);
    }

    @Bean
    ViewingReminders viewingReminders(ReminderScheduleRepository schedules) {
        return new ViewingReminders(schedules);
    }
}
