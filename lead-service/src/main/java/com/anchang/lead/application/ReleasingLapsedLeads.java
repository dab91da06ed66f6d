package com.anchang.lead.application;

import com.anchang.lead.domain.FollowUpMinimums;
import com.anchang.lead.domain.LapseCalendar;
import com.anchang.lead.domain.Lead;
import com.anchang.lead.domain.LeadEvent;
import com.anchang.lead.domain.LeadRepository;
import com.anchang.lead.domain.ProtectionPolicies;
import com.anchang.lead.domain.ProtectionPolicy;
import com.anchang.support.problem.ConcurrentChangeException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.ToIntFunction;

/**
 * LEAD-3 and LEAD-11, the scheduled lapse: for every office, the leads the lapse calendar notes as
 * due on one of the last {@code lookbackDays} office days up to today are released if their
 * protection really has ended (each is checked against the lead itself: a follow-up may have moved
 * it), and the leads due tomorrow remind their owner once; the leads due the office's follow-up-due days
 * from today tell their owner once that a follow-up is due (LEAD-11/LEAD-12). Every change is a compare-and-set on the
 * lead's {@code {_id, version}} together with its event, so the job is idempotent: run twice, or by
 * two instances at once, a lead is released (and reminded) once and its event written once; the
 * loser of a race re-reads the lead and finds nothing left to do. Reads are by key only (the office
 * list, one calendar document per office day, each lead by id), never a search of the leads.
 */
public class ReleasingLapsedLeads {

    /** What one run did. */
    public record Run(int released, int reminded) {
    }

    private final LeadRepository leads;
    private final LapseCalendar calendar;
    private final ProtectionPolicies policies;
    private final int lookbackDays;
    private final FollowUpMinimums.Policies minimums;
    private final ToIntFunction<String> followUpDueDays;

    public ReleasingLapsedLeads(LeadRepository leads, LapseCalendar calendar, ProtectionPolicies policies,
            int lookbackDays) {
        this(leads, calendar, policies, lookbackDays, office -> new FollowUpMinimums(2, 3), office -> 0);
    }

    /**
     * @param minimums the offices' LEAD-12 minimums, which a follow-up-due reminder states
     * @param followUpDueDays by office id: office days before a lead's release day its owner is told a follow-up is
     *     due; 0: never
     */
    public ReleasingLapsedLeads(LeadRepository leads, LapseCalendar calendar, ProtectionPolicies policies,
            int lookbackDays, FollowUpMinimums.Policies minimums, ToIntFunction<String> followUpDueDays) {
        this.leads = leads;
        this.calendar = calendar;
        this.policies = policies;
        this.lookbackDays = lookbackDays;
        this.minimums = minimums;
        this.followUpDueDays = followUpDueDays;
    }

    /** One run over every office that has leads. */
    public Run run(Instant now) {
        int released = 0;
        int reminded = 0;
        for (LapseCalendar.Office office : calendar.offices()) {
            Run run = runOffice(office, now);
            released += run.released();
            reminded += run.reminded();
        }
        return new Run(released, reminded);
    }

    /** One run over one office: its release days of the lookback up to today, then tomorrow's reminders. */
    public Run runOffice(LapseCalendar.Office office, Instant now) {
        ProtectionPolicy policy = policies.forOffice(office.officeId());
        LocalDate today = policy.day(now);
        int released = 0;
        for (LocalDate day = today.minusDays(lookbackDays); !day.isAfter(today); day = day.plusDays(1)) {
            released += release(office, day, now, policy);
        }
        int reminded = remind(office, today.plusDays(1), now, policy);
        int dueDays = followUpDueDays.applyAsInt(office.officeId());
        if (dueDays > 0) {
            FollowUpMinimums minimum = minimums.forOffice(office.officeId());
            for (String leadId : calendar.dueOn(office.developerId(), office.officeId(), today.plusDays(dueDays))) {
                if (change(leadId, now, (lead, at) -> lead.remindIfFollowUpDue(at, policy, dueDays,
                        minimum.required(lead.source())))) {
                    reminded++;
                }
            }
        }
        return new Run(released, reminded);
    }

    /**
     * When the lapse next has work (ADR 11): releases and reminders fall due as an office day begins, so
     * the start of the next office day after {@code now} of any office with leads; empty while none has.
     */
    public Optional<Instant> nextOfficeDayAfter(Instant now) {
        return calendar.offices().stream()
                .map(office -> policies.forOffice(office.officeId()).nextDayStart(now))
                .min(Comparator.naturalOrder());
    }

    private int release(LapseCalendar.Office office, LocalDate day, Instant now, ProtectionPolicy policy) {
        int released = 0;
        for (String leadId : calendar.dueOn(office.developerId(), office.officeId(), day)) {
            boolean changed = change(leadId, now, (lead, at) -> lead.releaseIfLapsed(at, policy));
            if (changed) {
                released++;
            }
            Optional<Lead> after = leads.find(leadId);
            if (after.isEmpty() || after.get().released() || !dueOn(after.get(), day)) {
                calendar.unschedule(office.developerId(), office.officeId(), day, leadId);
            }
        }
        return released;
    }

    private int remind(LapseCalendar.Office office, LocalDate releaseDay, Instant now, ProtectionPolicy policy) {
        int reminded = 0;
        for (String leadId : calendar.dueOn(office.developerId(), office.officeId(), releaseDay)) {
            if (change(leadId, now, (lead, at) -> lead.remindIfLapsingTomorrow(at, policy))) {
                reminded++;
            }
        }
        return reminded;
    }

    private static boolean dueOn(Lead lead, LocalDate day) {
        return ProtectionPolicy.releasedOn(lead.protectedUntil()).equals(day);
    }

    /** Reads, decides and writes one lead by compare-and-set; a lost race re-reads and decides again. */
    private boolean change(String leadId, Instant now, BiFunction<Lead, Instant, Optional<LeadEvent>> decide) {
        return ConcurrentChangeException.retrying(10, () -> {
            Optional<Lead> found = leads.find(leadId);
            if (found.isEmpty()) {
                return false;
            }
            Lead lead = found.get();
            Optional<LeadEvent> event = decide.apply(lead, now);
            if (event.isEmpty()) {
                return false;
            }
            leads.save(lead, List.of(event.get()));
            return true;
        });
    }
}
