package com.anchang.lead.config;

import com.anchang.lead.adapter.messaging.rotation.RotationEvents;
import com.anchang.lead.adapter.persistence.rotation.MongoReceptionDays;
import com.anchang.lead.adapter.persistence.rotation.ReceptionDayDocument;
import com.anchang.lead.adapter.web.rotation.RotationBoardStream;
import com.anchang.lead.application.rotation.OfficeDay;
import com.anchang.lead.application.rotation.ReadingRotation;
import com.anchang.lead.application.rotation.RotatingReception;
import com.anchang.lead.domain.rotation.ReceptionDays;
import com.anchang.lead.domain.rotation.RotationPolicies;
import com.anchang.lead.domain.rotation.RotationPolicy;
import com.anchang.support.outbox.Outbox;
import com.anchang.support.outbox.OutboxCollection;
import com.anchang.support.outbox.OutboxRelay;
import com.anchang.support.tenancy.OfficeDirectory;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;

/** The reception rotation (ROT-1..11): its store, events, use cases and office policy defaults. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RotationConfiguration.RotationDefaults.class)
public class RotationConfiguration {

    /**
     * Office policy defaults for the rotation; per-office values come later from the office's settings.
     *
     * @param answerWindow ROT-10: how long a call is offered to the head of the phone queue alone
     * @param zone the office's time zone: what today's business day is (ROT-1)
     * @param boardStreamTimeout how long one live-board subscription lasts before the client reconnects
     */
    @ConfigurationProperties("lead.rotation")
    public record RotationDefaults(Duration answerWindow, ZoneId zone, Duration boardStreamTimeout) {
    }

    @Bean
    RotationBoardStream rotationBoardStream(RotationDefaults defaults) {
        return new RotationBoardStream(defaults.boardStreamTimeout() == null ? Duration.ofMinutes(30)
                : defaults.boardStreamTimeout());
    }

    @Bean
    OutboxCollection receptionDaysOutbox() {
        return new OutboxCollection(ReceptionDayDocument.COLLECTION);
    }

    @Bean
    RotationPolicies rotationPolicies(RotationDefaults defaults) {
        RotationPolicy policy = new RotationPolicy(defaults.answerWindow(), defaults.zone());
        return officeId -> policy;
    }

    @Bean
    RotationEvents rotationEvents(Outbox outbox) {
        return new RotationEvents(outbox);
    }

    @Bean
    ReceptionDays receptionDays(MongoTemplate mongo, RotationEvents events, OutboxRelay relay) {
        return new MongoReceptionDays(mongo, events, relay);
    }

    @Bean
    OfficeDay officeDay(RotationPolicies policies, Clock clock) {
        return new OfficeDay(policies, clock);
    }

    @Bean
    RotatingReception rotatingReception(ReceptionDays days, OfficeDay officeDay, RotationBoardStream boards,
            com.anchang.lead.domain.ViolationRepository violations) {
        return new RotatingReception(days, officeDay, boards, violations);
    }

    @Bean
    ReadingRotation readingRotation(ReceptionDays days, OfficeDay officeDay, OfficeDirectory offices) {
        return new ReadingRotation(days, officeDay, offices);
    }
}
