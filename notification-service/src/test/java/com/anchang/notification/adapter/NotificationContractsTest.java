package com.anchang.notification.adapter;

import static org.assertj.core.api.Assertions.assertThat;

import com.anchang.events.GoldenSamples;
import com.anchang.events.identity.StaffContactChanged;
import com.anchang.events.lead.LeadFollowUpDue;
import com.anchang.events.transaction.DepositReceived;
import com.anchang.support.messaging.EventJson;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** What notification-service consumes parses from the golden samples. */
class NotificationContractsTest {

    @Test
    @DisplayName("DepositReceived v1 (consumed) parses from its golden sample: deal, buyer's mobile, due date")
    void depositReceivedParses() {
        DepositReceived event = EventJson.read(GoldenSamples.json(DepositReceived.TYPE, DepositReceived.VERSION),
                DepositReceived.class);

        assertThat(event.dealId()).isEqualTo("deal-7d0c9a1e");
        assertThat(event.developerId()).isEqualTo("dev-huaxin");
        assertThat(event.officeId()).isEqualTo("office-binjiang");
        assertThat(event.buyerName()).isEqualTo("王先生");
        assertThat(event.buyerMobile()).isEqualTo("13812345678");
        assertThat(event.downPaymentDueDate()).isEqualTo(LocalDate.parse("2026-12-21"));
        assertThat(event.amount()).isEqualTo(new BigDecimal("50000.00"));
        assertThat(event.receivedAt()).isEqualTo(Instant.parse("2026-11-21T03:30:00Z"));
    }

    @Test
    @DisplayName("NOTE-6: StaffContactChanged v1 (consumed) parses from its golden sample: the user, their full mobile, SMS wanted, employed, sequence")
    void staffContactChangedParses() {
        StaffContactChanged event = EventJson.read(GoldenSamples.json(StaffContactChanged.TYPE,
                StaffContactChanged.VERSION), StaffContactChanged.class);

        assertThat(event.userId()).isEqualTo("u-bj-consultant-1");
        assertThat(event.displayName()).isEqualTo("李娜");
        assertThat(event.mobile()).isEqualTo("13912345678");
        assertThat(event.smsReminders()).isTrue();
        assertThat(event.employed()).isTrue();
        assertThat(event.sequence()).isEqualTo(7);
        assertThat(event.officeIds()).containsExactly("office-binjiang");
        assertThat(event.officeRoles()).containsEntry("office-binjiang", List.of("CONSULTANT"));
        assertThat(event.changedAt()).isEqualTo(Instant.parse("2026-11-24T02:15:00Z"));
    }

    @Test
    @DisplayName("NOTE-6: LeadFollowUpDue v1 (consumed) parses from its golden sample: owner, lead, follow-ups against the minimum, dates")
    void followUpDueParses() {
        LeadFollowUpDue event = EventJson.read(GoldenSamples.json(LeadFollowUpDue.TYPE, LeadFollowUpDue.VERSION),
                LeadFollowUpDue.class);

        assertThat(event.ownerConsultantId()).isEqualTo("u-bj-consultant-1");
        assertThat(event.leadId()).isEqualTo("lead-5b1f2c0e");
        assertThat(event.followUpsLogged()).isZero();
        assertThat(event.minimumFollowUps()).isEqualTo(3);
        assertThat(event.releasedOn()).isEqualTo(LocalDate.parse("2026-11-28"));
    }
}
