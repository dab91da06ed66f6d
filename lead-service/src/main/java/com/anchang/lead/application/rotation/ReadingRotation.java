package com.anchang.lead.application.rotation;

import com.anchang.lead.domain.rotation.Assignment;
import com.anchang.lead.domain.rotation.ReceptionDay;
import com.anchang.lead.domain.rotation.ReceptionDays;
import com.anchang.support.problem.NotFoundException;
import com.anchang.support.security.Caller;
import com.anchang.support.tenancy.OfficeDirectory;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * Reading an office's rotation: for every role of the office and head office of its developer
 * (others: 404, the office's existence not leaked).
 */
public class ReadingRotation {

    /** One assignment and the day it belongs to. */
    public record AssignmentReading(ReceptionDay day, Assignment assignment) {
    }

    private final ReceptionDays days;
    private final OfficeDay officeDay;
    private final OfficeDirectory offices;

    public ReadingRotation(ReceptionDays days, OfficeDay officeDay, OfficeDirectory offices) {
        this.days = days;
        this.officeDay = officeDay;
        this.offices = offices;
    }

    /** Today's rotation (empty if nobody has checked in yet). */
    public ReceptionDay today(Caller caller, String officeId) {
        return day(caller, officeId, officeDay.businessDay(officeId, officeDay.now()));
    }

    /** A day's rotation (empty if nobody checked in that day). */
    public ReceptionDay day(Caller caller, String officeId, LocalDate businessDay) {
        mayRead(caller, officeId);
        ReceptionDay day = days.findWithHistory(officeId, businessDay)
                .orElseGet(() -> ReceptionDay.open(caller.developerId(), officeId, businessDay));
        caller.mustSee(day.developerId(), day.officeId(), "office", officeId);
        return day;
    }

    /** "Why did this consultant get this visitor?": the assignment with its rule and queue snapshot. */
    public AssignmentReading assignment(Caller caller, String officeId, String assignmentId) {
        mayRead(caller, officeId);
        LocalDate businessDay;
        try {
            businessDay = LocalDate.parse(assignmentId.substring(0, Math.min(10, assignmentId.length())));
        } catch (DateTimeParseException e) {
            throw new NotFoundException("assignment", assignmentId);
        }
        ReceptionDay day = days.findWithHistory(officeId, businessDay)
                .orElseThrow(() -> new NotFoundException("assignment", assignmentId));
        caller.mustSee(day.developerId(), day.officeId(), "assignment", assignmentId);
        Assignment assignment = day.assignment(assignmentId)
                .orElseThrow(() -> new NotFoundException("assignment", assignmentId));
        return new AssignmentReading(day, assignment);
    }

    /**
     * Every role of the office and head office of its developer; to anyone else the office is unknown (404),
     * idle or not (ADR 32).
     */
    private void mayRead(Caller caller, String officeId) {
        offices.mustSeeOffice(caller, officeId);
        if (!(caller.headOffice() || caller.holds(officeId, Caller.CONSULTANT, Caller.SALES_CONTROL, Caller.FINANCE,
                Caller.PM))) {
            throw new NotFoundException("office", officeId);
        }
    }
}
