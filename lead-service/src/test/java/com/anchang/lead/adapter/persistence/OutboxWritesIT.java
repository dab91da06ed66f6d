package com.anchang.lead.adapter.persistence;

import com.anchang.lead.adapter.persistence.rotation.ReceptionDayDocument;
import com.anchang.lead.domain.Collision;
import com.anchang.lead.domain.CollisionEvent;
import com.anchang.lead.domain.CollisionRepository;
import com.anchang.lead.domain.Lead;
import com.anchang.lead.domain.LeadEvent;
import com.anchang.lead.domain.LeadRepository;
import com.anchang.lead.domain.LeadSource;
import com.anchang.lead.domain.LeadStage;
import com.anchang.lead.domain.MobileNumber;
import com.anchang.lead.domain.Needs;
import com.anchang.lead.domain.ProtectionPolicy;
import com.anchang.lead.domain.rotation.Queue;
import com.anchang.lead.domain.rotation.ReceptionDay;
import com.anchang.lead.domain.rotation.ReceptionDays;
import com.anchang.support.outbox.OutboxRelay;
import com.anchang.support.test.OutboxWrites;
import com.anchang.support.test.ServiceIntegrationTest;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * ADR 1's invariant for lead-service's repositories written after their insert: a write that read
 * entries the relay then published and removed wins its compare-and-set at once (the relay leaves the
 * version alone) and does not write those entries back.
 */
@ServiceIntegrationTest
class OutboxWritesIT {

    static final Instant NOW = Instant.parse("2026-11-23T02:00:00Z");

    @Autowired
    MongoTemplate mongo;
    @Autowired
    OutboxRelay relay;
    @Autowired
    LeadRepository leads;
    @Autowired
    ReceptionDays days;
    @Autowired
    CollisionRepository collisions;

    static final ProtectionPolicy POLICY = ProtectionPolicy.inactivity(7, ZoneId.of("Asia/Shanghai"));

    static LeadEvent.Registered registered() {
        return Lead.register("dev-1", "office-outbox", "c-1", "王先生",
                MobileNumber.parse("139" + (10_000_000 + ThreadLocalRandom.current().nextInt(89_999_999))),
                LeadSource.WALK_IN, new Needs(null, "3室2厅", null), NOW, POLICY);
    }

    @Test
    @DisplayName("leads: a lead read before the relay published its registration is saved at once, the registration not written back")
    void leads() {
        LeadEvent.Registered registered = registered();
        String id = registered.lead().id();

        OutboxWrites.relayedBetweenReadAndWrite(relay, mongo, MongoLeadRepository.COLLECTION, id,
                () -> leads.insert(registered.lead(), List.of(registered)),
                () -> leads.find(id).orElseThrow(),
                lead -> leads.save(lead, List.of(lead.moveTo(LeadStage.POTENTIAL, "c-1", NOW))));
    }

    @Test
    @DisplayName("ROT: an office's day read before the relay published its check-ins is saved at once, the check-ins not written back")
    void receptionDays() {
        String office = "office-outbox-" + UUID.randomUUID().toString().substring(0, 8);
        LocalDate businessDay = LocalDate.parse("2026-11-23");
        ReceptionDay opened = ReceptionDay.open("dev-1", office, businessDay);

        OutboxWrites.relayedBetweenReadAndWrite(relay, mongo, ReceptionDayDocument.COLLECTION, opened.id(),
                () -> days.save(opened, List.of(opened.checkIn("c-1", true, NOW), opened.checkIn("c-2", true, NOW))),
                () -> days.find(office, businessDay).orElseThrow(),
                day -> days.save(day, List.of(day.next(Queue.WALK_IN, "billboard", NOW.plusSeconds(60)))));
    }

    @Test
    @DisplayName("LEAD-5: a collision read before the relay published its opening is resolved at once, the opening not written back")
    void collisions() {
        CollisionEvent.Opened opened = Collision.open(registered().lead(), "c-2", NOW.plusSeconds(60), POLICY);
        Collision collision = opened.collision();

        OutboxWrites.relayedBetweenReadAndWrite(relay, mongo, MongoCollisionRepository.COLLECTION, collision.id(),
                () -> collisions.open(collision, opened),
                () -> collisions.find(collision.id()).orElseThrow(),
                read -> collisions.resolve(read, read.resolve("u-pm", null, null, NOW.plusSeconds(120))));
    }
}
