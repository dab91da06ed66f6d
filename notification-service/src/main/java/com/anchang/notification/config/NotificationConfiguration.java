package com.anchang.notification.config;

import com.anchang.notification.adapter.messaging.NotificationEvents;
import com.anchang.notification.adapter.persistence.MongoDueReminders;
import com.anchang.notification.adapter.persistence.MongoReminderScheduleRepository;
import com.anchang.notification.application.ChoosingChannels;
import com.anchang.notification.application.PlanningReminders;
import com.anchang.notification.application.ViewingReminders;
import com.anchang.notification.domain.DueReminders;
import com.anchang.notification.domain.ReminderPolicies;
import com.anchang.notification.domain.ReminderScheduleRepository;
import com.anchang.support.outbox.Outbox;
import com.anchang.support.outbox.OutboxCollection;
import com.anchang.support.outbox.OutboxRelay;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;

@Configuration(proxyBeanMethods = false)
public class NotificationConfiguration {

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
    PlanningReminders planningReminders(ReminderScheduleRepository schedules, DueReminders queue,
            ReminderPolicies policies, Clock clock) {
        return new PlanningReminders(schedules, queue, policies, clock);
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
