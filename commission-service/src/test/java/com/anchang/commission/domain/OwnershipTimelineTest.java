package com.anchang.commission.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.anchang.commission.domain.OwnershipFact.Kind;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class OwnershipTimelineTest {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    static OwnershipFact fact(String id, Kind kind, String at, String consultant, String until) {
        return new OwnershipFact(id, kind, Instant.parse(at), consultant, until == null ? null : LocalDate.parse(until),
                null, null);
    }

    static final OwnershipFact REGISTERED = fact("e1", Kind.REGISTERED, "2026-11-20T02:15:00Z", "c-wang", "2026-11-27");
    static final OwnershipFact EXTENDED = fact("e2", Kind.PROTECTION_EXTENDED, "2026-11-26T03:00:00Z", "c-wang", "2026-12-26");
    static final OwnershipFact RELEASED = fact("e3", Kind.RELEASED, "2026-12-26T16:05:00Z", "c-wang", "2026-12-26");
    static final OwnershipFact REASSIGNED = fact("e4", Kind.REASSIGNED, "2026-12-28T06:00:00Z", "c-li", "2027-01-04");

    static OwnershipTimeline timeline(OwnershipFact... facts) {
        OwnershipTimeline timeline = OwnershipTimeline.empty("lead-1");
        for (OwnershipFact f : facts) {
            timeline = timeline.with("dev-1", "office-1", f);
        }
        return timeline;
    }

    @Test
    @DisplayName("LEAD-2/3: the owner and the validity of their protection are those at the asked instant, not now")
    void ownerAtTheInstant() {
        OwnershipTimeline t = timeline(REGISTERED, EXTENDED, RELEASED, REASSIGNED);

        OwnershipTimeline.Owner early = t.ownerAt(Instant.parse("2026-11-21T03:30:00Z"), SHANGHAI);
        assertThat(early.consultantId()).isEqualTo("c-wang");
        assertThat(early.protectedUntil()).isEqualTo(LocalDate.parse("2026-11-27"));
        assertThat(early.protectionValid()).isTrue();

        // 2026-12-20: protection extended by the follow-up to 12-26, still valid
        assertThat(t.ownerAt(Instant.parse("2026-12-20T03:00:00Z"), SHANGHAI).protectionValid()).isTrue();
        // released on 12-27 (office day): nobody owns it
        assertThat(t.ownerAt(Instant.parse("2026-12-27T03:00:00Z"), SHANGHAI).consultantId()).isNull();
        // re-registered by c-li
        OwnershipTimeline.Owner late = t.ownerAt(Instant.parse("2026-12-29T03:00:00Z"), SHANGHAI);
        assertThat(late.consultantId()).isEqualTo("c-li");
        assertThat(late.facts()).extracting(OwnershipFact::eventId).containsExactly("e1", "e2", "e3", "e4");
    }

    @Test
    @DisplayName("LEAD-3: protection is a calendar day of the office: the last protected day ends at midnight in Shanghai, not UTC")
    void protectionDayInTheOfficeZone() {
        OwnershipTimeline t = timeline(REGISTERED);

        // 2026-11-27T15:59Z is 23:59 on the 27th in Shanghai: still protected; a minute later it is the 28th
        assertThat(t.ownerAt(Instant.parse("2026-11-27T15:59:00Z"), SHANGHAI).protectionValid()).isTrue();
        OwnershipTimeline.Owner after = t.ownerAt(Instant.parse("2026-11-27T16:00:00Z"), SHANGHAI);
        assertThat(after.consultantId()).isEqualTo("c-wang");
        assertThat(after.protectionValid()).isFalse();
    }

    @Test
    @DisplayName("facts arriving out of order take their place by their own time; the same event twice is one fact")
    void outOfOrderAndRedelivered() {
        OwnershipTimeline t = timeline(REASSIGNED, RELEASED, EXTENDED, REGISTERED, EXTENDED);

        assertThat(t.facts()).extracting(OwnershipFact::eventId).containsExactly("e1", "e2", "e3", "e4");
        assertThat(t.registered()).isTrue();
        assertThat(timeline(EXTENDED).registered()).isFalse();
        assertThat(timeline(EXTENDED).ownerAt(Instant.parse("2026-12-01T00:00:00Z"), SHANGHAI).consultantId())
                .isEqualTo("c-wang");
    }

    @Test
    @DisplayName("LEAD-5: a resolved collision names the follower from its resolution on")
    void collisionResolved() {
        OwnershipTimeline t = timeline(REGISTERED,
                fact("e5", Kind.COLLISION_RESOLVED, "2026-11-23T05:00:00Z", "c-li", null));

        assertThat(t.ownerAt(Instant.parse("2026-11-22T05:00:00Z"), SHANGHAI).consultantId()).isEqualTo("c-wang");
        OwnershipTimeline.Owner after = t.ownerAt(Instant.parse("2026-11-24T05:00:00Z"), SHANGHAI);
        assertThat(after.consultantId()).isEqualTo("c-li");
        assertThat(after.protectedUntil()).isEqualTo(LocalDate.parse("2026-11-27"));
    }

    @Test
    @DisplayName("LEAD-9: a violation recorded after the deal gives the ownership at the deal's instant back to the rightful owner")
    void violationGivesTheCreditBack() {
        OwnershipTimeline t = timeline(
                fact("e6", Kind.REGISTERED, "2026-11-20T02:15:00Z", "c-grabber", "2026-11-27"),
                new OwnershipFact("e7", Kind.VIOLATION_RECORDED, Instant.parse("2026-11-30T05:00:00Z"), "c-wang", null,
                        "c-grabber", "GRABBING"));

        OwnershipTimeline.Owner owner = t.ownerAt(Instant.parse("2026-11-21T03:30:00Z"), SHANGHAI);
        assertThat(owner.consultantId()).isEqualTo("c-wang");
        assertThat(owner.protectionValid()).isTrue();
        assertThat(owner.facts()).extracting(OwnershipFact::kind).containsExactly(Kind.REGISTERED, Kind.VIOLATION_RECORDED);
    }
}
