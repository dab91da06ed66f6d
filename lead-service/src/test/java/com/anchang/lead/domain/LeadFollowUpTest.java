package com.anchang.lead.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.anchang.support.problem.InvalidInputException;
import com.anchang.support.problem.RuleRefusedException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** LEAD-3 and LEAD-4 on the lead itself, with fixed instants around Shanghai and UTC midnights. */
class LeadFollowUpTest {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final ProtectionPolicy SEED_000 = ProtectionPolicy.inactivity(7, SHANGHAI);
    static final ProtectionPolicy SEED_002 = ProtectionPolicy.window(15, 30, 30, SHANGHAI);

    static Instant shanghai(String localDateTime) {
        return ZonedDateTime.of(LocalDateTime.parse(localDateTime), SHANGHAI).toInstant();
    }

    static Lead registered(String at, LeadSource source, ProtectionPolicy policy) {
        return Lead.register("dev-1", "office-1", "c-1", "王先生", MobileNumber.parse("13812345678"), source,
                Needs.NONE, shanghai(at), policy).lead();
    }

    @Test
    @DisplayName("LEAD-4/LEAD-3: an effective follow-up on day 5 is appended and restarts the 7 days: protected through day 12, with a protection-extended event carrying the old and new window")
    void effectiveFollowUpExtends() {
        Lead lead = registered("2026-11-20T10:00:00", LeadSource.WALK_IN, SEED_000);

        List<LeadEvent> events = lead.logFollowUp("c-1", FollowUp.Channel.PHONE, true, "约周六看房", null,
                shanghai("2026-11-25T18:30:00"), SEED_000);

        assertThat(lead.protectedUntil()).isEqualTo(LocalDate.of(2026, 12, 2));
        assertThat(lead.followUps()).singleElement().satisfies(f -> {
            assertThat(f.id()).startsWith("follow-up-");
            assertThat(f.loggedBy()).isEqualTo("c-1");
            assertThat(f.note()).isEqualTo("约周六看房");
            assertThat(f.countedForProtection()).isTrue();
            assertThat(f.protectedUntil()).isEqualTo(LocalDate.of(2026, 12, 2));
        });
        assertThat(events).hasSize(2);
        assertThat(events.get(0)).isInstanceOf(LeadEvent.FollowUpLogged.class);
        assertThat(events.get(1)).isInstanceOfSatisfying(LeadEvent.ProtectionExtended.class,
                e -> assertThat(e.previousProtectedUntil()).isEqualTo(LocalDate.of(2026, 11, 27)));
        assertThat(lead.newFollowUps()).hasSize(1);
    }

    @Test
    @DisplayName("LEAD-3: a follow-up at 23:59:59 of the last protected day (15:59:59 UTC) still counts; at 00:00 of day 8 (16:00 UTC) it is refused naming LEAD-3 and nothing is appended")
    void lastSecond() {
        Lead kept = registered("2026-11-20T10:00:00", LeadSource.WALK_IN, SEED_000);
        kept.logFollowUp("c-1", FollowUp.Channel.WECHAT, true, null, null, Instant.parse("2026-11-27T15:59:59Z"),
                SEED_000);
        assertThat(kept.protectedUntil()).isEqualTo(LocalDate.of(2026, 12, 4));

        Lead lapsed = registered("2026-11-20T10:00:00", LeadSource.WALK_IN, SEED_000);
        assertThatThrownBy(() -> lapsed.logFollowUp("c-1", FollowUp.Channel.WECHAT, true, null, null,
                Instant.parse("2026-11-27T16:00:00Z"), SEED_000))
                .isInstanceOfSatisfying(RuleRefusedException.class, e -> assertThat(e.rule().id()).isEqualTo("LEAD-3"));
        assertThat(lapsed.followUps()).isEmpty();
        assertThat(lapsed.protectedUntil()).isEqualTo(LocalDate.of(2026, 11, 27));
    }

    @Test
    @DisplayName("LEAD-3: an unanswered call is appended but does not extend protection unless the office's policy counts it")
    void unansweredCall() {
        Lead lead = registered("2026-11-20T10:00:00", LeadSource.WALK_IN, SEED_000);
        List<LeadEvent> events = lead.logFollowUp("c-1", FollowUp.Channel.PHONE, false, "无人接听", null,
                shanghai("2026-11-24T10:00:00"), SEED_000);
        assertThat(events).singleElement().isInstanceOf(LeadEvent.FollowUpLogged.class);
        assertThat(lead.protectedUntil()).isEqualTo(LocalDate.of(2026, 11, 27));
        assertThat(lead.followUps().getFirst().countedForProtection()).isFalse();

        ProtectionPolicy counting = SEED_000.countingUnansweredCalls(true);
        Lead other = registered("2026-11-20T10:00:00", LeadSource.WALK_IN, counting);
        other.logFollowUp("c-1", FollowUp.Channel.PHONE, false, "无人接听", null, shanghai("2026-11-24T10:00:00"),
                counting);
        assertThat(other.protectedUntil()).isEqualTo(LocalDate.of(2026, 12, 1));
    }

    @Test
    @DisplayName("LEAD-4: a correction is a new entry naming the one it corrects (the original stays as it was) and does not extend protection; naming no entry of this lead is refused naming the field")
    void corrections() {
        Lead lead = registered("2026-11-20T10:00:00", LeadSource.WALK_IN, SEED_000);
        lead.logFollowUp("c-1", FollowUp.Channel.PHONE, true, "客户说周六来", null, shanghai("2026-11-21T10:00:00"),
                SEED_000);
        FollowUp original = lead.followUps().getFirst();
        LocalDate until = lead.protectedUntil();

        List<LeadEvent> events = lead.logFollowUp("c-1", FollowUp.Channel.PHONE, false, "更正: 其实未接通",
                original.id(), shanghai("2026-11-23T10:00:00"), SEED_000);

        assertThat(events).singleElement().isInstanceOf(LeadEvent.FollowUpLogged.class);
        assertThat(lead.followUps()).hasSize(2).first().isEqualTo(original);
        assertThat(lead.followUps().get(1).corrects()).isEqualTo(original.id());
        assertThat(lead.protectedUntil()).isEqualTo(until);

        assertThatThrownBy(() -> lead.logFollowUp("c-1", FollowUp.Channel.PHONE, true, null, "follow-up-nope",
                shanghai("2026-11-23T11:00:00"), SEED_000))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("corrects"));
        assertThat(lead.followUps()).hasSize(2);
    }

    @Test
    @DisplayName("LEAD-3 seed 002: a phone lead registered on the 20th is protected through 12-05; a follow-up adds 30 days (01-04), a second one the same Shanghai day adds nothing, one the next day 30 more")
    void seed002Extensions() {
        Lead lead = registered("2026-11-20T10:00:00", LeadSource.PHONE, SEED_002);
        assertThat(lead.protectedUntil()).isEqualTo(LocalDate.of(2026, 12, 5));

        lead.logFollowUp("c-1", FollowUp.Channel.PHONE, true, null, null, shanghai("2026-11-22T00:30:00"), SEED_002);
        assertThat(lead.protectedUntil()).isEqualTo(LocalDate.of(2027, 1, 4));
        // 2026-11-22T15:30Z is 23:30 the same Shanghai day
        lead.logFollowUp("c-1", FollowUp.Channel.VISIT, true, null, null, Instant.parse("2026-11-22T15:30:00Z"),
                SEED_002);
        assertThat(lead.protectedUntil()).isEqualTo(LocalDate.of(2027, 1, 4));
        // 16:30Z is the 23rd in Shanghai
        lead.logFollowUp("c-1", FollowUp.Channel.VISIT, true, null, null, Instant.parse("2026-11-22T16:30:00Z"),
                SEED_002);
        assertThat(lead.protectedUntil()).isEqualTo(LocalDate.of(2027, 2, 3));

        Lead visit = registered("2026-11-20T10:00:00", LeadSource.WALK_IN, SEED_002);
        assertThat(visit.protectedUntil()).isEqualTo(LocalDate.of(2026, 12, 20));
    }

    @Test
    @DisplayName("LEAD-3: the lapse releases the lead at 00:00 Shanghai of day 8, not before; releasing twice does nothing the second time; a released lead is not followed up")
    void release() {
        Lead lead = registered("2026-11-20T10:00:00", LeadSource.WALK_IN, SEED_000);

        assertThat(lead.releaseIfLapsed(Instant.parse("2026-11-27T15:59:59Z"), SEED_000)).isEmpty();
        assertThat(lead.protection(Instant.parse("2026-11-27T15:59:59Z"), SEED_000).status())
                .isEqualTo(Protection.Status.PROTECTED);
        assertThat(lead.protection(Instant.parse("2026-11-27T16:00:00Z"), SEED_000).status())
                .isEqualTo(Protection.Status.LAPSED);
        assertThat(lead.releaseIfLapsed(Instant.parse("2026-11-27T16:00:00Z"), SEED_000)).get()
                .isInstanceOf(LeadEvent.Released.class);
        assertThat(lead.released()).isTrue();
        assertThat(lead.protection(Instant.parse("2026-11-27T16:00:00Z"), SEED_000)).satisfies(p -> {
            assertThat(p.status()).isEqualTo(Protection.Status.RELEASED);
            assertThat(p.releasedOn()).isEqualTo(LocalDate.of(2026, 11, 28));
        });
        assertThat(lead.releaseIfLapsed(Instant.parse("2026-11-28T16:00:00Z"), SEED_000)).isEmpty();
        assertThatThrownBy(() -> lead.logFollowUp("c-1", FollowUp.Channel.PHONE, true, null, null,
                Instant.parse("2026-11-28T02:00:00Z"), SEED_000))
                .isInstanceOfSatisfying(RuleRefusedException.class, e -> assertThat(e.rule().id()).isEqualTo("LEAD-3"));
    }

    @Test
    @DisplayName("LEAD-3/LEAD-11: a contracted customer's lead does not lapse and its owner gets no lapse reminder: the purchase settled who served them")
    void contractedLeadsDoNotLapse() {
        Lead lead = registered("2026-11-20T10:00:00", LeadSource.WALK_IN, SEED_000);
        for (LeadStage stage : List.of(LeadStage.POTENTIAL, LeadStage.INTENTION, LeadStage.NEGOTIATING, LeadStage.DEPOSIT,
                LeadStage.CONTRACTED)) {
            lead.moveTo(stage, "c-1", shanghai("2026-11-21T10:00:00"));
        }

        assertThat(lead.remindIfLapsingTomorrow(Instant.parse("2026-11-26T16:00:00Z"), SEED_000)).isEmpty();
        assertThat(lead.releaseIfLapsed(Instant.parse("2026-12-27T16:00:00Z"), SEED_000)).isEmpty();
        assertThat(lead.released()).isFalse();
        assertThat(lead.ownerConsultantId()).isEqualTo("c-1");
    }

    @Test
    @DisplayName("LEAD-11: the owner is reminded once, on the last protected day (Shanghai), that the lead lapses tomorrow; again after a follow-up moved the window and it nears its new end")
    void reminder() {
        Lead lead = registered("2026-11-20T10:00:00", LeadSource.WALK_IN, SEED_000);

        // 15:59 UTC on the 26th is 23:59 of the 26th in Shanghai: not yet the last day
        assertThat(lead.remindIfLapsingTomorrow(Instant.parse("2026-11-26T15:59:00Z"), SEED_000)).isEmpty();
        assertThat(lead.remindIfLapsingTomorrow(Instant.parse("2026-11-26T16:00:00Z"), SEED_000)).get()
                .isInstanceOf(LeadEvent.ProtectionLapsing.class);
        assertThat(lead.remindIfLapsingTomorrow(Instant.parse("2026-11-27T10:00:00Z"), SEED_000)).isEmpty();

        lead.logFollowUp("c-1", FollowUp.Channel.VISIT, true, null, null, shanghai("2026-11-27T09:00:00"), SEED_000);
        assertThat(lead.protectedUntil()).isEqualTo(LocalDate.of(2026, 12, 4));
        assertThat(lead.remindIfLapsingTomorrow(shanghai("2026-12-04T08:00:00"), SEED_000)).isPresent();
    }

    @Test
    @DisplayName("LEAD-11/LEAD-12: the owner is told once, three office days (Shanghai) before the release day, that a follow-up is due, "
            + "with their follow-ups against the minimum; again when a follow-up moved the window; never on a released lead")
    void followUpDue() {
        Lead lead = registered("2026-11-20T10:00:00", LeadSource.WALK_IN, SEED_000); // released on 11-28

        assertThat(lead.remindIfFollowUpDue(shanghai("2026-11-24T23:59:00"), SEED_000, 3, 3)).isEmpty();
        assertThat(lead.remindIfFollowUpDue(shanghai("2026-11-25T00:00:00"), SEED_000, 3, 3)).get()
                .isInstanceOfSatisfying(LeadEvent.FollowUpDue.class, due -> assertThat(due.minimum()).isEqualTo(3));
        assertThat(lead.remindIfFollowUpDue(shanghai("2026-11-25T18:00:00"), SEED_000, 3, 3)).as("told once").isEmpty();

        lead.logFollowUp("c-1", FollowUp.Channel.VISIT, true, null, null, shanghai("2026-11-25T09:00:00"), SEED_000);
        assertThat(lead.protectedUntil()).isEqualTo(LocalDate.of(2026, 12, 2));
        assertThat(lead.ownerFollowUps()).isEqualTo(1);
        assertThat(lead.lastOwnerFollowUpAt()).isEqualTo(shanghai("2026-11-25T09:00:00"));
        assertThat(lead.remindIfFollowUpDue(shanghai("2026-11-30T08:00:00"), SEED_000, 3, 3)).isPresent();

        lead.releaseIfLapsed(shanghai("2026-12-03T00:00:00"), SEED_000);
        assertThat(lead.remindIfFollowUpDue(shanghai("2026-12-03T08:00:00"), SEED_000, 0, 3)).isEmpty();
    }

    @Test
    @DisplayName("LEAD-10: a released lead's former owner no longer sees the full phone")
    void releasedOwnerSeesMasked() {
        Lead lead = registered("2026-11-20T10:00:00", LeadSource.WALK_IN, SEED_000);
        ContactDetailsPolicy.Viewer owner = new ContactDetailsPolicy.Viewer("c-1", "dev-1", null, false);
        assertThat(ContactDetailsPolicy.shownTo(lead, owner)).isEqualTo(ContactDetails.FULL);

        lead.releaseIfLapsed(shanghai("2026-11-28T00:00:00"), SEED_000);

        assertThat(ContactDetailsPolicy.shownTo(lead, owner)).isEqualTo(ContactDetails.MASKED);
    }
}
