package com.anchang.dashboard.application;

import static org.assertj.core.api.Assertions.assertThat;

import com.anchang.dashboard.application.Breakdowns.Dimension;
import com.anchang.dashboard.domain.Count;
import com.anchang.dashboard.domain.DealState;
import com.anchang.dashboard.domain.Figures;
import com.anchang.dashboard.domain.FollowUpMinimum;
import com.anchang.dashboard.domain.LeadLedger;
import com.anchang.dashboard.domain.LeadList;
import com.anchang.dashboard.domain.LeagueTable;
import com.anchang.dashboard.domain.OfficeZones;
import com.anchang.dashboard.domain.Period;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class RecordingPeopleTest {

    /** The leads in memory: owner, source, day and the follow-up ids per lead. */
    static class InMemoryLeads implements LeadLedger {
        final Map<String, TrackedLead> leads = new HashMap<>();
        final Map<String, Set<String>> followUps = new HashMap<>();

        @Override
        public void registered(String leadId, String owner, String source, LocalDate day) {
            leads.put(leadId, new TrackedLead(leadId, owner, source, day, 0));
        }

        @Override
        public Optional<TrackedLead> followedUp(String leadId, String followUpId) {
            Set<String> ids = followUps.computeIfAbsent(leadId, k -> new LinkedHashSet<>());
            ids.add(followUpId);
            TrackedLead lead = leads.get(leadId);
            return lead == null ? Optional.empty()
                    : Optional.of(new TrackedLead(leadId, lead.ownerConsultantId(), lead.source(), lead.day(), ids.size()));
        }
    }

    final Breakdowns breakdowns = new Breakdowns(new InMemoryOfficeFigures(), OfficeZones.DEFAULTS);
    final List<LeadList.Lead> listed = new java.util.ArrayList<>();
    final LeadList leadList = new LeadList() {
        @Override
        public void registered(String officeId, Lead lead) {
            listed.add(lead);
        }

        @Override
        public List<Lead> of(String officeId, Period period) {
            return listed;
        }
    };
    final RecordingPeople people = new RecordingPeople(breakdowns, new InMemoryLeads(), leadList,
            FollowUpMinimum.DEFAULTS, OfficeZones.DEFAULTS);
    static final Period NOVEMBER = new Period(LocalDate.parse("2026-11-01"), LocalDate.parse("2026-11-30"));

    Map<String, Figures> consultants(Period period) {
        return breakdowns.of(List.of("office-1"), Dimension.CONSULTANT, period);
    }

    void followUps(String lead, int n, String by) {
        for (int i = 0; i < n; i++) {
            people.followUp("office-1", lead, lead + "-f" + i, "c-1", by, true, null,
                    Instant.parse("2026-12-0" + (i + 1) + "T02:00:00Z"), lead + "-e" + i);
        }
    }

    @Test
    @DisplayName("LEAD-12: a phone lead with 2 of its owner's effective follow-ups and a visit lead with 3 comply, counted on the day they were registered (in November, though followed up in December); a redelivered follow-up counts once")
    void followUpCompliance() {
        people.leadRegistered("office-1", "lead-phone", "c-1", "PHONE", "王先生", Instant.parse("2026-11-20T02:00:00Z"), "r1");
        people.leadRegistered("office-1", "lead-visit", "c-1", "WALK_IN", "王先生", Instant.parse("2026-11-21T02:00:00Z"), "r2");
        people.leadRegistered("office-1", "lead-short", "c-1", "WALK_IN", "王先生", Instant.parse("2026-11-22T02:00:00Z"), "r3");
        followUps("lead-phone", 2, "c-1");
        followUps("lead-visit", 3, "c-1");
        followUps("lead-short", 2, "c-1");
        followUps("lead-short", 2, "c-1"); // the same two again
        // not the owner's, not effective, a correction: none of them counts
        people.followUp("office-1", "lead-short", "x1", "c-1", "u-pm", true, null, Instant.parse("2026-12-05T02:00:00Z"), "x1");
        people.followUp("office-1", "lead-short", "x2", "c-1", "c-1", false, null, Instant.parse("2026-12-05T02:00:00Z"), "x2");
        people.followUp("office-1", "lead-short", "x3", "c-1", "c-1", true, "lead-short-f0",
                Instant.parse("2026-12-05T02:00:00Z"), "x3");

        Figures november = consultants(NOVEMBER).get("c-1");
        assertThat(november.count(Count.NEW_LEADS)).isEqualTo(3);
        assertThat(november.count(Count.COMPLIANT_LEADS)).isEqualTo(2);
        Figures december = consultants(new Period(LocalDate.parse("2026-12-01"), LocalDate.parse("2026-12-31"))).get("c-1");
        assertThat(december.count(Count.FOLLOW_UPS)).isEqualTo(7);
        assertThat(LeagueTable.of(consultants(NOVEMBER)).rows().getFirst().compliancePercent())
                .isEqualByComparingTo("66.7");
        // LEAD-10: the office's list of leads holds the customer's name masked
        assertThat(listed).extracting(LeadList.Lead::customer).containsOnly("王**");
    }

    @Test
    @DisplayName("the league table ranks consultants by the net amount of the deals they closed; receptions on the rotation's day; LEAD-9 violations against the offender")
    void leagueTable() {
        people.reception("office-1", "c-2", LocalDate.parse("2026-11-10"), "rc1", false);
        people.reception("office-1", "c-2", LocalDate.parse("2026-11-10"), "rc2", true);
        people.leadRegistered("office-1", "lead-a", "c-2", "WALK_IN", "王先生", Instant.parse("2026-11-10T02:00:00Z"), "r1");
        people.leadRegistered("office-1", "lead-b", "c-2", "WALK_IN", "王先生", Instant.parse("2026-11-11T02:00:00Z"), "r2");
        people.deal("office-1", "c-1", Instant.parse("2026-11-12T02:00:00Z"), "s1",
                DealState.NEW.subscriptionSigned(new BigDecimal("2000000.00")).figures());
        people.deal("office-1", "c-2", Instant.parse("2026-11-12T02:00:00Z"), "s2",
                DealState.NEW.subscriptionSigned(new BigDecimal("3000000.00")).figures());
        people.deal("office-1", "c-2", Instant.parse("2026-11-13T02:00:00Z"), "s3",
                DealState.NEW.subscriptionSigned(new BigDecimal("2500000.00")).figures());
        people.deal("office-1", "c-2", Instant.parse("2026-11-14T02:00:00Z"), "x3",
                new DealState(new BigDecimal("2500000.00"), true, false)
                        .cancelled(new DealState.Cancellation("SUBSCRIPTION_SIGNED", null, false)).figures());
        people.violation("office-1", "c-1", LocalDate.parse("2026-11-15"), "v1");

        List<LeagueTable.Row> rows = LeagueTable.of(consultants(NOVEMBER)).rows();
        assertThat(rows).extracting(LeagueTable.Row::consultantId).containsExactly("c-2", "c-1");
        LeagueTable.Row first = rows.getFirst();
        assertThat(first.rank()).isEqualTo(1);
        assertThat(first.receptions()).isEqualTo(2);
        assertThat(first.subscriptions()).isEqualTo(2);
        assertThat(first.netSubscriptions()).isEqualTo(1);
        assertThat(first.netSubscribedAmount()).isEqualByComparingTo("3000000.00");
        assertThat(first.conversionPercent()).isEqualByComparingTo("50.0");
        assertThat(rows.get(1).violations()).isEqualTo(1);
        assertThat(rows.get(1).conversionPercent()).isNull();
    }
}
