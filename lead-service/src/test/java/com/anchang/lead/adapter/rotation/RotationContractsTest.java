package com.anchang.lead.adapter.rotation;

import static org.assertj.core.api.Assertions.assertThat;

import com.anchang.events.GoldenSamples;
import com.anchang.events.lead.ConsultantCheckedIn;
import com.anchang.events.lead.ConsultantCheckedOut;
import com.anchang.events.lead.ReceptionAssigned;
import com.anchang.lead.adapter.messaging.rotation.RotationEvents;
import com.anchang.lead.domain.LeadRule;
import com.anchang.lead.domain.rotation.Assignment;
import com.anchang.lead.domain.rotation.AssignmentStatus;
import com.anchang.lead.domain.rotation.Duty;
import com.anchang.lead.domain.rotation.Queue;
import com.anchang.lead.domain.rotation.RotationEvent;
import com.anchang.support.messaging.EventJson;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** The golden samples: what the rotation produces serialises to them. */
class RotationContractsTest {

    static final JsonMapper JSON = new JsonMapper();
    static final LocalDate DAY = LocalDate.parse("2026-11-23");

    static void matchesGolden(RotationEvent event, String type, int version) {
        assertThat(JSON.readTree(EventJson.write(RotationEvents.toContract(event))))
                .isEqualTo(JSON.readTree(GoldenSamples.json(type, version)));
    }

    @Test
    @DisplayName("ConsultantCheckedIn v1 (ROT-1/2) serialises to its golden sample, with the check-in position")
    void checkedIn() {
        Duty duty = new Duty("u-bj-consultant-1", 1, Instant.parse("2026-11-23T00:55:00Z"), true, null, false, null);
        matchesGolden(new RotationEvent.CheckedIn("dev-huaxin", "office-binjiang", DAY, duty),
                ConsultantCheckedIn.TYPE, ConsultantCheckedIn.VERSION);
    }

    @Test
    @DisplayName("ConsultantCheckedOut v1 serialises to its golden sample, with who checked out and why")
    void checkedOut() {
        matchesGolden(new RotationEvent.CheckedOut("dev-huaxin", "office-binjiang", DAY, "u-bj-consultant-1",
                        Instant.parse("2026-11-23T10:00:00Z"), "u-bj-pm", "left early without checking out"),
                ConsultantCheckedOut.TYPE, ConsultantCheckedOut.VERSION);
    }

    @Test
    @DisplayName("ReceptionAssigned v1 (ROT-3) serialises to its golden sample: office, consultant, queue, rule, round")
    void assigned() {
        Assignment assignment = new Assignment("2026-11-23-r7", Queue.WALK_IN, "u-bj-consultant-2", 2, LeadRule.ROT_3,
                "u-bj-consultant-2 is the first available consultant holding a turn in round 2",
                Instant.parse("2026-11-23T02:15:00Z"), List.of(), AssignmentStatus.SERVING, LeadRule.ROT_9, null, null,
                "roadside billboard", null, null);
        matchesGolden(new RotationEvent.Assigned("dev-huaxin", "office-binjiang", DAY, assignment),
                ReceptionAssigned.TYPE, ReceptionAssigned.VERSION);
    }
}
