package com.anchang.lead.adapter.persistence.rotation;

import static org.assertj.core.api.Assertions.assertThat;

import com.anchang.lead.domain.rotation.CoverKind;
import com.anchang.lead.domain.rotation.Queue;
import com.anchang.lead.domain.rotation.ReceptionDay;
import com.anchang.lead.domain.rotation.ReceptionDays;
import com.anchang.lead.domain.rotation.RotationEvent;
import com.anchang.support.problem.RuleRefusedException;
import com.anchang.support.test.ServiceIntegrationTest;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.function.Function;
import org.bson.Document;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * The store keeps the whole day although finished receptions, closed rounds and their skips leave the
 * hot document: a random day played both in memory and through the store (read, operate, write) reads
 * back, history included, exactly as the in-memory day (checked every 15 steps); the hot document does not
 * grow with the day.
 */
@ServiceIntegrationTest
class MongoReceptionDaysIT {

    @Autowired
    ReceptionDays days;
    @Autowired
    MongoTemplate mongo;

    @Test
    @DisplayName("ROT-2..ROT-10 stored: a random day of 600 operations reads back whole (receptions, skips, rounds) every 15 steps, the hot document stays small")
    void randomDayReadsBackWhole() {
        String office = "office-store-" + UUID.randomUUID().toString().substring(0, 8);
        LocalDate businessDay = LocalDate.parse("2026-11-23");
        ReceptionDay memory = ReceptionDay.open("dev-1", office, businessDay);
        Random random = new Random(42);
        List<String> pool = List.of("c1", "c2", "c3", "c4", "c5");
        Instant now = Instant.parse("2026-11-23T01:00:00Z");
        int maxHotSize = 0;
        for (int step = 0; step < 600; step++) {
            now = now.plusMillis(1_000 + random.nextInt(60_000));
            String who = pool.get(random.nextInt(pool.size()));
            Queue queue = random.nextBoolean() ? Queue.WALK_IN : Queue.PHONE;
            int op = random.nextInt(100);
            Instant at = now;
            Function<ReceptionDay, Object> operation;
            if (op < 10) {
                operation = d -> d.checkIn(who, true, at);
            } else if (op < 45) {
                operation = d -> d.next(queue, "source", at);
            } else if (op < 75) {
                operation = d -> d.finish(who, "outcome", at);
            } else if (op < 80) {
                operation = d -> d.decline(queue, who, "personal", at);
            } else if (op < 84) {
                operation = d -> {
                    d.unavailable(who, "appointment", at);
                    return null;
                };
            } else if (op < 90) {
                operation = d -> {
                    d.back(who, at);
                    return null;
                };
            } else if (op < 93) {
                operation = d -> d.away(who, at);
            } else if (op < 96) {
                operation = d -> d.cover(who, CoverKind.NOT_A_BUYER, at);
            } else {
                String owner = pool.get(random.nextInt(pool.size()));
                operation = d -> d.handToOwner(who, owner, at);
            }
            boolean applied = apply(memory, operation);
            ReceptionDay stored = days.find(office, businessDay).orElseGet(() -> ReceptionDay.open("dev-1", office,
                    businessDay));
            boolean appliedStored = apply(stored, operation);
            assertThat(appliedStored).as("step %d applies alike", step).isEqualTo(applied);
            if (appliedStored) {
                List<RotationEvent> none = new ArrayList<>();
                days.save(stored, none);
                memory = ReceptionDay.restore(memory.developerId(), memory.officeId(), memory.businessDay(),
                        memory.duties(), memory.rounds(), memory.pending(), memory.roundLogs(), memory.assignments(),
                        memory.skips(), memory.ringing().orElse(null), memory.nextNumber(), memory.version() + 1);
            }
            Document hot = mongo.getCollection(ReceptionDayDocument.COLLECTION)
                    .find(new Document("_id", ReceptionDay.idOf(office, businessDay))).first();
            maxHotSize = Math.max(maxHotSize, hot == null ? 0 : hot.toJson().length());
            ReceptionDay whole = step % 15 == 14 ? days.findWithHistory(office, businessDay).orElse(null) : null;
            if (whole == null) {
                continue;
            }
            assertThat(whole.assignments()).as("step %d receptions", step).isEqualTo(memory.assignments());
            assertThat(whole.skips()).as("step %d skips", step).isEqualTo(memory.skips());
            assertThat(whole.roundLogs()).as("step %d rounds", step).isEqualTo(memory.roundLogs());
            assertThat(whole.duties()).as("step %d duties", step).isEqualTo(memory.duties());
            assertThat(whole.pending()).as("step %d queues", step).isEqualTo(memory.pending());
        }
        assertThat(memory.assignments().size()).as("receptions of the day").isGreaterThan(100);
        assertThat(memory.round(Queue.WALK_IN)).as("walk-in rounds").isGreaterThan(10);
        assertThat(maxHotSize).as("largest hot document, bytes of JSON").isLessThan(16_000);
    }

    static boolean apply(ReceptionDay day, Function<ReceptionDay, Object> operation) {
        try {
            operation.apply(day);
            return true;
        } catch (RuleRefusedException refused) {
            return false;
        }
    }

}
