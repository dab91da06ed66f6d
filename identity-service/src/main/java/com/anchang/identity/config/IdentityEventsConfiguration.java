package com.anchang.identity.config;

import com.anchang.identity.adapter.messaging.IdentityEvents;
import com.anchang.identity.adapter.persistence.MongoDirectoryRepositories;
import com.anchang.identity.application.Directory;
import com.anchang.identity.application.TellingContacts;
import com.anchang.identity.application.TellingOffices;
import com.anchang.identity.domain.UserRepository;
import com.anchang.support.outbox.Outbox;
import com.anchang.support.outbox.OutboxCollection;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The directory's events (NOTE-6, IDN-7): the users' and the offices' documents carry them until the relay has
 * published them on {@code anchang.identity.events} (ADR 1).
 */
@Configuration(proxyBeanMethods = false)
public class IdentityEventsConfiguration {

    private static final Logger log = LoggerFactory.getLogger(IdentityEventsConfiguration.class);

    @Bean
    OutboxCollection usersOutbox() {
        return new OutboxCollection(MongoDirectoryRepositories.Users.COLLECTION);
    }

    @Bean
    OutboxCollection officesOutbox() {
        return new OutboxCollection(MongoDirectoryRepositories.Offices.COLLECTION);
    }

    @Bean
    IdentityEvents identityEvents(Outbox outbox) {
        return new IdentityEvents(outbox);
    }

    /** At start: the contacts set before they were told to other services are told once (NOTE-6). */
    @Bean
    ApplicationRunner tellContactsNeverTold(UserRepository users, Clock clock) {
        return args -> {
            int told = new TellingContacts(users, clock).tellNeverTold();
            if (told > 0) {
                log.info("told the contacts of {} staff set before the directory published them", told);
            }
        };
    }

    /** At start: the offices opened before their openings were told are told once (IDN-7, ADR 32). */
    @Bean
    ApplicationRunner tellOfficesNeverTold(Directory directory, Clock clock) {
        return args -> {
            int told = new TellingOffices(directory.offices(), clock).tellNeverTold();
            if (told > 0) {
                log.info("told the openings of {} offices opened before the directory published them", told);
            }
        };
    }
}
