package com.anchang.lead.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.anchang.lead.domain.ContactDetails;
import com.anchang.lead.domain.Lead;
import com.anchang.lead.domain.LeadAuditAction;
import com.anchang.lead.domain.LeadAuditEntry;
import com.anchang.lead.domain.LeadAuditLog;
import com.anchang.lead.domain.LeadSource;
import com.anchang.lead.domain.MobileNumber;
import com.anchang.lead.domain.Needs;
import com.anchang.lead.domain.ProtectionPolicy;
import com.anchang.support.problem.ForbiddenException;
import com.anchang.support.problem.NotFoundException;
import com.anchang.support.security.Caller;
import com.anchang.support.tenancy.OfficeDirectory;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class DisclosuresTest {

    /** 00:30 on the 23rd in Shanghai, still the 22nd in UTC. */
    static final Instant NOW = Instant.parse("2026-11-22T16:30:00Z");
    static final ProtectionPolicy POLICY = ProtectionPolicy.inactivity(7, ZoneId.of("Asia/Shanghai"));
    static final Lead LEAD = Lead.register("dev-1", "office-1", "c-owner", "王先生", MobileNumber.parse("13812345678"),
            LeadSource.WALK_IN, Needs.NONE, NOW, POLICY).lead();

    /** An in-memory audit log keyed like the real one. */
    static class InMemoryAudit implements LeadAuditLog {
        final Map<String, List<LeadAuditEntry>> buckets = new LinkedHashMap<>();

        @Override
        public void append(LeadAuditEntry entry, LocalDate officeDay) {
            buckets.computeIfAbsent(entry.developerId() + ":" + entry.officeId() + ":" + officeDay, k -> new ArrayList<>())
                    .add(entry);
        }

        @Override
        public List<LeadAuditEntry> read(String developerId, String officeId, LocalDate officeDay) {
            return buckets.getOrDefault(developerId + ":" + officeId + ":" + officeDay, List.of());
        }
    }

    final InMemoryAudit audit = new InMemoryAudit();
    final OfficeCalendar calendar = new OfficeCalendar(officeId -> POLICY, Clock.fixed(NOW, ZoneOffset.UTC));
    final Disclosures disclosures = new Disclosures(audit, calendar);

    static Caller caller(String userId, String officeRole, String... roles) {
        Map<String, Set<String>> offices = officeRole == null ? Map.of() : Map.of("office-1", Set.of(officeRole));
        return new Caller(userId, userId + "-name", "dev-1", offices, Set.of(roles), true);
    }

    @Test
    @DisplayName("LEAD-10: a full answer appends who, when, which lead, office and developer to the office's bucket of the day in its zone")
    void fullAnswerAudited() {
        LeadReading reading = disclosures.answer(LEAD, caller("u-pm", Caller.PM), LeadAuditAction.LEAD_FULL_DETAILS_READ);

        assertThat(reading.contactDetails()).isEqualTo(ContactDetails.FULL);
        assertThat(reading.shownMobile()).isEqualTo("13812345678");
        assertThat(audit.buckets).containsOnlyKeys("dev-1:office-1:2026-11-23");
        assertThat(audit.buckets.get("dev-1:office-1:2026-11-23")).singleElement().satisfies(entry -> {
            assertThat(entry.at()).isEqualTo(NOW);
            assertThat(entry.action()).isEqualTo(LeadAuditAction.LEAD_FULL_DETAILS_READ);
            assertThat(entry.userId()).isEqualTo("u-pm");
            assertThat(entry.username()).isEqualTo("u-pm-name");
            assertThat(entry.leadId()).isEqualTo(LEAD.id());
            assertThat(entry.officeId()).isEqualTo("office-1");
            assertThat(entry.developerId()).isEqualTo("dev-1");
        });
    }

    @Test
    @DisplayName("LEAD-10: a masked answer is not audited")
    void maskedAnswerNotAudited() {
        LeadReading reading = disclosures.answer(LEAD, caller("c-colleague", Caller.CONSULTANT),
                LeadAuditAction.LEAD_FULL_DETAILS_READ);

        assertThat(reading.contactDetails()).isEqualTo(ContactDetails.MASKED);
        assertThat(reading.shownMobile()).isEqualTo("138****5678");
        assertThat(audit.buckets).isEmpty();
    }

    @Test
    @DisplayName("LEAD-10: the office audit is read by its PM and head office, newest first, today in the office zone by default; others are refused")
    void readingTheAudit() {
        disclosures.answer(LEAD, caller("c-owner", Caller.CONSULTANT), LeadAuditAction.LEAD_REGISTERED);
        disclosures.answer(LEAD, caller("u-pm", Caller.PM), LeadAuditAction.LEAD_FULL_DETAILS_READ);
        ReadingLeadAudit reading = new ReadingLeadAudit(audit, calendar,
                OfficeDirectory.inMemory(Map.of("office-1", "dev-1", "office-9", "dev-9")));
        var today = new ReadingLeadAudit.ReadAudit("office-1", null);

        assertThat(reading.read(caller("u-pm", Caller.PM), today)).extracting(LeadAuditEntry::userId)
                .containsExactly("u-pm", "c-owner");
        assertThat(reading.read(caller("u-head", null, Caller.HEAD_OFFICE), today)).hasSize(2);
        assertThat(reading.read(caller("u-pm", Caller.PM),
                new ReadingLeadAudit.ReadAudit("office-1", LocalDate.of(2026, 11, 22)))).isEmpty();
        assertThatThrownBy(() -> reading.read(caller("c-owner", Caller.CONSULTANT), today))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> reading.read(new Caller("u-pm-2", "u", "dev-1", Map.of("office-2", Set.of(Caller.PM)),
                Set.of(), true), today)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> reading.read(new Caller("u-rival", "u", "dev-9", Map.of(), Set.of(Caller.HEAD_OFFICE),
                true), today)).as("another developer's head office").isInstanceOf(NotFoundException.class);
    }
}
