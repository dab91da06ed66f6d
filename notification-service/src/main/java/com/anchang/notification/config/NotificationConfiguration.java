package com.anchang.notification.config;

import com.anchang.notification.adapter.messaging.NotificationEvents;
import com.anchang.notification.adapter.persistence.MongoDueReminders;
import com.anchang.notification.adapter.persistence.MongoReminderScheduleRepository;
import com.anchang.notification.application.ChoosingChannels;
import com.anchang.notification.application.PlanningDownPaymentReminders;
import com.anchang.notification.application.ViewingReminders;
import com.anchang.notification.domain.DueReminders;
import com.anchang.notification.domain.ReminderPolicies;
import com.anchang.notification.domain.ReminderPolicy;
import com.anchang.notification.domain.ReminderScheduleRepository;
import com.anchang.support.outbox.Outbox;
import com.anchang.support.outbox.OutboxCollection;
import com.anchang.support.outbox.OutboxRelay;
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
    OutboxCollection reminderSchedulesOutbox() {
        return new OutboxCollection(MongoReminderScheduleRepository.COLLECTION);
    }

    @Bean
    NotificationEvents notificationEvents(Outbox outbox) {
        return new NotificationEvents(outbox);
    }

    @Bean
    ReminderScheduleRepository reminderScheduleRepository(MongoTemplate mongo, NotificationEvents events,
            OutboxRelay relay) {
        return new MongoReminderScheduleRepository(mongo, events, relay);
    }

    @Bean
    DueReminders dueReminders(MongoTemplate mongo, DeliveryConfiguration.DeliverySettings settings) {
        return new MongoDueReminders(mongo, settings.bucket(), settings.pageSize(), settings.lookback());
    }

    @Bean
    PlanningDownPaymentReminders planningDownPaymentReminders(ReminderScheduleRepository schedules, DueReminders queue,
            ReminderPolicies policies, Clock clock) {
        return new PlanningDownPaymentReminders(schedules, queue, policies, clock);
    }

    @Bean
    ViewingReminders viewingReminders(ReminderScheduleRepository schedules) {
        return new ViewingReminders(schedules);
    }

    @Bean
    ChoosingChannels choosingChannels(ReminderScheduleRepository schedules) {
        return new ChoosingChannels(schedules);
    }
}
