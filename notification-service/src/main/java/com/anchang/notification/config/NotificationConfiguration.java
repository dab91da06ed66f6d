package com.anchang.notification.config;

import com.anchang.notification.adapter.messaging.NotificationEvents;
import com.anchang.notification.adapter.persistence.MongoConsultantInbox;
import com.anchang.notification.adapter.persistence.MongoDueReminders;
import com.anchang.notification.adapter.persistence.MongoReminderDays;
import com.anchang.notification.adapter.persistence.MongoReminderScheduleRepository;
import com.anchang.notification.adapter.web.ConsultantInboxStream;
import com.anchang.notification.application.ChoosingChannels;
import com.anchang.notification.application.PlanningReminders;
import com.anchang.notification.application.ReminderDays;
import com.anchang.notification.application.RemindingConsultants;
import com.anchang.notification.application.ViewingReminders;
import com.anchang.notification.domain.DueReminders;
import com.anchang.notification.domain.ReminderPolicies;
import com.anchang.notification.domain.ReminderScheduleRepository;
import com.anchang.support.outbox.Outbox;
import com.anchang.support.outbox.OutboxCollection;
import com.anchang.support.outbox.OutboxRelay;
import com.anchang.support.tenancy.OfficeDirectory;
import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
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
    NotificationEvents notificationEvents(Outbox outbox, ReminderPolicies policies) {
        return new NotificationEvents(outbox, policies);
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
    ReminderDays reminderDays(MongoTemplate mongo) {
        return new MongoReminderDays(mongo);
    }

    @Bean
    PlanningReminders planningReminders(ReminderScheduleRepository schedules, DueReminders queue, ReminderDays days,
            ReminderPolicies policies, Clock clock) {
        return new PlanningReminders(schedules, queue, days, policies, clock);
    }

    @Bean
    ViewingReminders viewingReminders(ReminderScheduleRepository schedules, ReminderDays days, ReminderPolicies policies,
            OfficeDirectory offices) {
        return new ViewingReminders(schedules, days, policies, offices);
    }

    @Bean
    RemindingConsultants remindingConsultants(MongoTemplate mongo, ConsultantInboxStream stream) {
        return new RemindingConsultants(new MongoConsultantInbox(mongo), stream);
    }

    /** @param timeout how long one live-inbox subscription lasts before the client reconnects */
    @Bean
    ConsultantInboxStream consultantInboxStream(
            @Value("${notification.consultant-inbox.stream-timeout:30m}") Duration timeout) {
        return new ConsultantInboxStream(timeout);
    }

    @Bean
    ChoosingChannels choosingChannels(ReminderScheduleRepository schedules) {
        return new ChoosingChannels(schedules);
    }
}
