package com.anchang.support.config;

import com.anchang.events.Topics;
import com.anchang.events.identity.OfficeOpened;
import com.anchang.support.messaging.EventHandler;
import com.anchang.support.messaging.PoisonEventException;
import com.anchang.support.tenancy.MongoOfficeDirectory;
import com.anchang.support.tenancy.OfficeDirectory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.data.mongodb.autoconfigure.DataMongoAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * The office directory of a service that reads offices as a whole ({@code anchang.office-directory.enabled=true}):
 * its own copy of which offices exist and whose they are, kept by the consumer of {@code identity.office-opened}
 * (ADR 32). Before the event backbone, so that the consumer's subscription is part of the service's listener.
 */
@AutoConfiguration(after = DataMongoAutoConfiguration.class, before = StoreAndEventsAutoConfiguration.class)
@ConditionalOnClass({MongoTemplate.class, KafkaTemplate.class})
@ConditionalOnProperty(name = "anchang.office-directory.enabled", havingValue = "true")
public class OfficeDirectoryAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    OfficeDirectory officeDirectory(MongoTemplate mongo) {
        return new MongoOfficeDirectory(mongo);
    }

    /** IDN-7: an office opened by identity-service; idempotent (the same upsert again). */
    @Bean
    EventHandler<OfficeOpened> officeOpenedIntoDirectory(OfficeDirectory directory) {
        return EventHandler.of(Topics.IDENTITY, OfficeOpened.TYPE, OfficeOpened.VERSION, OfficeOpened.class,
                (e, envelope) -> {
                    if (e.officeId() == null || e.developerId() == null) {
                        throw new PoisonEventException("OfficeOpened without its office or its developer");
                    }
                    directory.opened(e.officeId(), e.developerId());
                });
    }
}
