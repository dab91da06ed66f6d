package com.anchang.notification;

import static com.anchang.support.test.AuthorizationMatrix.HOME_DEVELOPER;
import static com.anchang.support.test.AuthorizationMatrix.HOME_OFFICE;
import static com.anchang.support.test.AuthorizationMatrix.OWNER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.anchang.events.Topics;
import com.anchang.events.lead.LeadProtectionLapsing;
import com.anchang.events.transaction.DepositReceived;
import com.anchang.notification.application.LocalInbox;
import com.anchang.notification.domain.Channel;
import com.anchang.notification.domain.DeliveryRates;
import com.anchang.notification.domain.ReminderScheduleRepository;
import com.anchang.support.test.AuthorizationMatrix;
import com.anchang.support.test.AuthorizationMatrix.Request;
import com.anchang.support.test.AuthorizationMatrix.Who;
import com.anchang.support.test.ServiceIntegrationTest;
import com.anchang.support.test.TestEvents;
import com.anchang.support.test.TestHttp;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.core.KafkaTemplate;

@ServiceIntegrationTest
class NotificationAuthorizationMatrixIT {

    @Autowired
    TestHttp server;
    @Autowired
    KafkaTemplate<String, String> kafka;
    @Autowired
    ReminderScheduleRepository schedules;
    @Autowired
    LocalInbox inbox;
    @Autowired
    DeliveryRates rates;

    /** The fixture, as transaction-service's event makes it: a deposit on u-owner's deal at the home office. */
    String dealWithReminders() {
        String dealId = "deal-" + UUID.randomUUID();
        TestEvents.publish(kafka, Topics.TRANSACTION, dealId, HOME_OFFICE, UUID.randomUUID().toString(),
                new DepositReceived(dealId, HOME_DEVELOPER, HOME_OFFICE, "unit-3-1802", OWNER, "lead-1", "王先生",
                        "13812345678", new BigDecimal("50000.00"), Instant.now(),
                        LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(30)));
        await().until(() -> schedules.find(dealId).isPresent());
        return dealId;
    }

    /** lead-service's reminder that the owner's lead is about to lapse (NOTE-6), as the event makes it. */
    String consultantReminded() {
        String eventId = UUID.randomUUID().toString();
        TestEvents.publish(kafka, Topics.LEAD, "lead-" + eventId, HOME_OFFICE, eventId,
                new LeadProtectionLapsing("lead-" + eventId, HOME_DEVELOPER, HOME_OFFICE, OWNER, LocalDate.now(),
                        LocalDate.now().plusDays(1), Instant.now()));
        await().until(() -> server.as(Who.OWNER_CONSULTANT.staff().token()).get("/api/notifications/consultants/me/inbox")
                .text().contains(eventId));
        return eventId;
    }

    @Test
    @DisplayName("authorization matrix (NOTE-1 reminders, NOTE-3 channels, local inbox, LEAD-10 masked mobile, office isolation): every role of the office and head office read a deal's reminders, the buyer's mobile masked for all; consultants and the PM record the buyer's channels; the office's PM, finance and consultants read its inbox, the number in full for the PM only; the office's reminders of a day for every role and head office, masked; each user reads their own consultant's inbox (NOTE-6), also as a live stream; delivery rates per office, channel and day for head office (and the office's PM for the office); other offices and developers 404")
    void everyOperationAsEveryone() {
        String dealId = dealWithReminders();
        // what the local channel (the embedded default) recorded for the office's buyer
        inbox.deliver(new LocalInbox.Entry("rem-" + UUID.randomUUID(), HOME_DEVELOPER, HOME_OFFICE, dealId, "13812345678",
                Channel.SMS, "王先生您好:您认购的unit-3-1802首付款将于...", "DELIVERED", Instant.now()));

        AuthorizationMatrix matrix = new AuthorizationMatrix(server);
        AuthorizationMatrix.Row reminders = matrix
                .row("GET /api/notifications/deals/{dealId}/reminders",
                        who -> Request.get("/api/notifications/deals/" + dealId + "/reminders"));
        for (Who reader : new Who[] {Who.OWNER_CONSULTANT, Who.COLLEAGUE_CONSULTANT, Who.SALES_CONTROL, Who.FINANCE,
                Who.PM, Who.HEAD_OFFICE}) {
            // LEAD-10: masked for every reader, PM and head office included (it was never shown in full here)
            reminders.expects(reader, 200, answer -> {
                assertThat(answer.text("dealId")).isEqualTo(dealId);
                assertThat(answer.text("recipient")).isEqualTo("138****5678");
                assertThat(answer.text()).doesNotContain("13812345678");
            });
        }
        AuthorizationMatrix.Row channels = matrix
                .row("PUT /api/notifications/deals/{dealId}/buyer-channels",
                        who -> new Request("PUT", "/api/notifications/deals/" + dealId + "/buyer-channels",
                                Map.of("preferred", "WECHAT", "wechatOpenId", "o-wang-openid", "optedOut", java.util.List.of())))
                .allows(200, Who.OWNER_CONSULTANT, Who.COLLEAGUE_CONSULTANT, Who.PM);
        channels.expects(Who.PM, 200, answer -> assertThat(answer.map()).containsEntry("preferredChannel", "WECHAT")
                .containsEntry("wechatBound", true));
        AuthorizationMatrix.Row office = matrix
                .row("GET /api/notifications/inbox", who -> Request.get("/api/notifications/inbox?officeId=" + HOME_OFFICE))
                // head office holds no role at the office: the office is not one it acts in
                .expects(Who.HEAD_OFFICE, 404, answer -> { })
                .officeScoped(officeId -> Request.get("/api/notifications/inbox?officeId=" + officeId));
        for (Who reader : new Who[] {Who.OWNER_CONSULTANT, Who.COLLEAGUE_CONSULTANT, Who.FINANCE}) {
            office.expects(reader, 200, answer -> {
                assertThat(answer.list()).anySatisfy(e -> assertThat(e).containsEntry("dealId", dealId)
                        .containsEntry("mobile", "138****5678").containsEntry("channel", "SMS")
                        .containsEntry("status", "DELIVERED"));
                assertThat(answer.text()).doesNotContain("13812345678");
            });
        }
        office.expects(Who.PM, 200, answer -> assertThat(answer.list()).anySatisfy(e ->
                assertThat(e).containsEntry("dealId", dealId).containsEntry("mobile", "13812345678")));
        LocalDate fiveDaysBefore = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(25);
        AuthorizationMatrix.Row day = matrix.row("GET /api/notifications/offices/{officeId}/reminders",
                who -> Request.get("/api/notifications/offices/" + HOME_OFFICE + "/reminders?date=" + fiveDaysBefore))
                // another developer's head office: 404 office, the office active or idle (ADR 32)
                .officeScoped(officeId -> Request.get("/api/notifications/offices/" + officeId + "/reminders?date="
                        + fiveDaysBefore));
        for (Who reader : new Who[] {Who.OWNER_CONSULTANT, Who.COLLEAGUE_CONSULTANT, Who.SALES_CONTROL, Who.FINANCE,
                Who.PM, Who.HEAD_OFFICE}) {
            day.expects(reader, 200, answer -> {
                assertThat(answer.list()).anySatisfy(e -> assertThat(e).containsEntry("dealId", dealId)
                        .containsEntry("recipient", "138****5678"));
                assertThat(answer.text()).doesNotContain("13812345678");
            });
        }
        String lapsingEvent = consultantReminded();
        AuthorizationMatrix.Row mine = matrix.row("GET /api/notifications/consultants/me/inbox",
                        who -> Request.get("/api/notifications/consultants/me/inbox"))
                .allows(200, Who.OTHER_DEVELOPER, Who.OTHER_OFFICE, Who.PLATFORM_ADMIN, Who.COLLEAGUE_CONSULTANT,
                        Who.SALES_CONTROL, Who.FINANCE, Who.PM, Who.HEAD_OFFICE)
                // NOTE-6: the owner reads the reminder of their lead; everyone else reads their own (here empty) inbox
                .expects(Who.OWNER_CONSULTANT, 200, answer -> assertThat(answer.list()).anySatisfy(e ->
                        assertThat(e).containsEntry("id", lapsingEvent).containsEntry("kind", "PROTECTION_LAPSING")));
        for (Who other : new Who[] {Who.COLLEAGUE_CONSULTANT, Who.PM, Who.HEAD_OFFICE, Who.OTHER_DEVELOPER}) {
            mine.expects(other, 200, answer -> assertThat(answer.text()).doesNotContain(lapsingEvent));
        }
        matrix.row("GET /api/notifications/consultants/me/inbox/stream",
                        who -> Request.get("/api/notifications/consultants/me/inbox/stream?once=true"))
                .allows(200, Who.OTHER_DEVELOPER, Who.OTHER_OFFICE, Who.PLATFORM_ADMIN, Who.COLLEAGUE_CONSULTANT,
                        Who.SALES_CONTROL, Who.FINANCE, Who.PM, Who.HEAD_OFFICE)
                // NOTE-6 live: the inbox event first, the owner's with the reminder of their lead, nobody else's
                .expects(Who.OWNER_CONSULTANT, 200, answer -> assertThat(answer.text()).contains("event:inbox")
                        .contains(lapsingEvent))
                .expects(Who.COLLEAGUE_CONSULTANT, 200, answer -> assertThat(answer.text()).contains("event:inbox")
                        .doesNotContain(lapsingEvent));
        // delivery rates (NOTE-3): one SMS of the home office sent and delivered today, as the dispatch counts it
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        String counted = "rem-" + UUID.randomUUID();
        rates.count(HOME_DEVELOPER, HOME_OFFICE, today, Channel.SMS, counted, DeliveryRates.Result.SENT);
        rates.count(HOME_DEVELOPER, HOME_OFFICE, today, Channel.SMS, counted, DeliveryRates.Result.DELIVERED);
        String period = "?from=" + today.minusDays(6) + "&to=" + today;
        matrix.row("GET /api/notifications/developers/{developerId}/delivery-rates",
                        who -> Request.get("/api/notifications/developers/" + HOME_DEVELOPER + "/delivery-rates" + period))
                .expects(Who.HEAD_OFFICE, 200, answer -> assertThat(answer.list()).anySatisfy(e -> assertThat(e)
                        .containsEntry("officeId", HOME_OFFICE).containsEntry("day", today.toString())
                        .containsEntry("channel", "SMS").containsEntry("failed", 0)));
        matrix.row("GET /api/notifications/offices/{officeId}/delivery-rates",
                        who -> Request.get("/api/notifications/offices/" + HOME_OFFICE + "/delivery-rates" + period))
                .allows(200, Who.PM, Who.HEAD_OFFICE)
                .expects(Who.PM, 200, answer -> assertThat(answer.list()).anySatisfy(e -> assertThat(e)
                        .containsEntry("officeId", HOME_OFFICE).containsEntry("channel", "SMS")))
                .officeScoped(officeId -> Request.get("/api/notifications/offices/" + officeId + "/delivery-rates"
                        + period));
        int cells = reminders.and().verify();

        assertThat(cells).isEqualTo(8 * Who.values().length + 3 * AuthorizationMatrix.OFFICE_CELLS);
    }
}
