package com.anchang.notification.config;

import com.anchang.notification.adapter.persistence.MongoConsultantContacts;
import com.anchang.notification.application.DeliveryChannels;
import com.anchang.notification.application.TextingConsultants;
import com.anchang.notification.domain.ConsultantContacts;
import com.anchang.notification.domain.DueReminders;
import com.anchang.notification.domain.ReminderPolicies;
import com.anchang.notification.domain.ReminderScheduleRepository;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;

/** NOTE-6 by SMS: the staff's contacts from identity's events, and the consultants' reminders texted. */
@Configuration(proxyBeanMethods = false)
public class ConsultantSmsConfiguration {

    @Bean
    ConsultantContacts consultantContacts(MongoTemplate mongo) {
        return new MongoConsultantContacts(mongo);
    }

    @Bean
    TextingConsultants textingConsultants(ConsultantContacts contacts, ReminderScheduleRepository schedules,
            DueReminders queue, DeliveryChannels channels, ReminderPolicies policies, Clock clock) {
        return new TextingConsultants(contacts, schedules, queue, channels, policies, clock);
    }
}
