package com.anchang.lead.application.rotation;

import static org.assertj.core.api.Assertions.assertThat;

import com.anchang.lead.domain.Violation;
import com.anchang.lead.domain.ViolationRepository;
import com.anchang.lead.domain.rotation.CallOffer;
import com.anchang.lead.domain.rotation.Queue;
import com.anchang.lead.domain.rotation.RotationEvent;
import com.anchang.lead.domain.rotation.RotationPolicy;
import com.anchang.support.test.MovingClock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** ROT-10 + LEAD-9: a declined call taken back after the answer window, through the use cases (time moved, no sleeping). */
class CallGrabbingTest {

    /** The violations recorded, in memory; a repeated id is stored once; which of them came with their own event. */
    static final class RecordedViolations implements ViolationRepository {
        final List<Violation> stored = new ArrayList<>();
        final List<Violation> withOwnEvent = new ArrayList<>();

        @Override
        public boolean record(Violation violation) {
            boolean stored = recordPublished(violation);
            if (stored) {
                withOwnEvent.add(violation);
            }
            return stored;
        }

        @Override
        public boolean recordPublished(Violation violation) {
            if (stored.stream().anyMatch(v -> v.id().equals(violation.id()))) {
                return false;
            }
            return stored.add(violation);
        }

        @Override
        public List<Violation> onDay(String developerId, String officeId, LocalDate day) {
            return List.copyOf(stored);
        }
    }

    final MovingClock clock = new MovingClock(Instant.parse("2026-11-23T02:00:00Z"));
    final InMemoryReceptionDays days = new InMemoryReceptionDays();
    final OfficeDay officeDay = new OfficeDay(officeId -> new RotationPolicy(Duration.ofSeconds(15),
            ZoneId.of("Asia/Shanghai")), clock);
    final RecordedViolations violations = new RecordedViolations();
    final RotatingReception rotating = new RotatingReception(days, officeDay, RotationChanges.NONE, violations);

    CallOffer ring() {
        rotating.checkIn(AnswerWindowTest.consultant("a", "office-1"), "office-1");
        rotating.checkIn(AnswerWindowTest.consultant("b", "office-1"), "office-1");
        return rotating.offerCall(AnswerWindowTest.salesControl("office-1"), "office-1", "hotline").offer();
    }

    void decline(String who) {
        rotating.decline(AnswerWindowTest.consultant(who, "office-1"), "office-1", Queue.PHONE, "午饭",
                RotatingReception.ActingFor.SELF);
    }

    RotatingReception.Change take(String who, CallOffer offer) {
        return rotating.takeCall(AnswerWindowTest.consultant(who, "office-1"), "office-1", offer.id(),
                RotatingReception.ActingFor.SELF);
    }

    @Test
    @DisplayName("ROT-10 + LEAD-9: the consultant who declined the call while it was theirs (ROT-4) and takes it after the answer window gets it as the rules allow, and a GRABBING violation is recorded once with the evidence (no lead, no rightful owner yet)")
    void declinedThenTakenAfterTheWindowIsGrabbing() {
        CallOffer offer = ring();
        assertThat(offer.offeredTo()).isEqualTo("a");
        clock.advance(Duration.ofSeconds(3));
        decline("a");
        clock.advance(Duration.ofSeconds(13));

        RotatingReception.Change taken = take("a", offer);

        assertThat(taken.assignment().consultantId()).isEqualTo("a");
        assertThat(violations.stored).singleElement().satisfies(v -> {
            assertThat(v.kind()).isEqualTo(Violation.Kind.GRABBING);
            assertThat(v.offenderConsultantId()).isEqualTo("a");
            assertThat(v.rightfulOwnerConsultantId()).isNull();
            assertThat(v.leadId()).isNull();
            assertThat(v.origin()).isEqualTo("ROT-10");
            assertThat(v.reference()).isEqualTo(offer.id());
            assertThat(v.id()).isEqualTo("violation-" + offer.id());
            assertThat(v.evidence()).contains(offer.id(), "declined", "after the answer window");
        });
        assertThat(days.written).as("its event left with the take, in the day's one write")
                .filteredOn(RotationEvent.CallGrabbed.class::isInstance).singleElement()
                .satisfies(e -> assertThat(((RotationEvent.CallGrabbed) e).violation().id()).isEqualTo("violation-" + offer.id()));
        assertThat(violations.withOwnEvent).as("and is not published a second time").isEmpty();
    }

    @Test
    @DisplayName("ROT-10 + LEAD-9: no grabbing when the one it was offered to takes it without having declined, when a colleague takes it after the window, or when the decliner changes their mind within the window")
    void notGrabbing() {
        CallOffer first = ring();
        clock.advance(Duration.ofSeconds(20));
        take("a", first);
        rotating.finish(AnswerWindowTest.consultant("a", "office-1"), "office-1", "来电咨询",
                RotatingReception.ActingFor.SELF);

        CallOffer second = rotating.offerCall(AnswerWindowTest.salesControl("office-1"), "office-1", "hotline").offer();
        decline(second.offeredTo());
        clock.advance(Duration.ofSeconds(16));
        String colleague = second.offeredTo().equals("a") ? "b" : "a";
        take(colleague, second);
        rotating.finish(AnswerWindowTest.consultant(colleague, "office-1"), "office-1", "来电咨询",
                RotatingReception.ActingFor.SELF);

        CallOffer third = rotating.offerCall(AnswerWindowTest.salesControl("office-1"), "office-1", "hotline").offer();
        decline(third.offeredTo());
        clock.advance(Duration.ofSeconds(5));
        take(third.offeredTo(), third);

        assertThat(violations.stored).isEmpty();
    }
}
