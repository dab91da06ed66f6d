package com.anchang.identity.config;

import com.anchang.identity.adapter.messaging.IdentityEvents;
import com.anchang.identity.adapter.persistence.MongoDirectoryRepositories;
import com.anchang.support.outbox.Outbox;
import com.anchang.support.outbox.OutboxCollection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The directory's events (NOTE-6, IDN-7): the users' and the offices' documents carry them until the relay has
 * published them on {@code anchang.identity.events} (ADR 1).
 */
@Configuration(proxyBeanMethods = false)
public class IdentityEventsConfiguration {

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
}
