package com.anchang.dashboard.application;

import com.anchang.dashboard.domain.OfficeFigures;
import com.anchang.dashboard.domain.Period;
import com.anchang.support.problem.ForbiddenException;
import com.anchang.support.problem.InvalidInputException;
import com.anchang.support.problem.NotFoundException;
import com.anchang.support.security.Caller;
import com.anchang.support.tenancy.OfficeDirectory;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Who sees which office's figures: an office's PM, and head office of the developer its events named; other
 * roles of the office are refused (403), an office the caller has no role in and is not head office of is
 * unknown (404). Of a developer: every office for its head office, the offices a PM is PM of.
 */
public class DashboardScope {

    static final String READ = "read an office's dashboard";

    private final OfficeFigures store;
    private final int maxDays;
    private final OfficeDirectory directory;

    /** @param maxDays the longest period one request may ask for (a setting) */
    public DashboardScope(OfficeFigures store, int maxDays, OfficeDirectory directory) {
        this.store = store;
        this.maxDays = maxDays;
        this.directory = directory;
    }

    /** The period asked, refused (400 naming {@code to}) when it ends before it starts or is longer than allowed. */
    public Period period(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            throw new InvalidInputException("to", "must not be before from (" + from + ")");
        }
        Period period = new Period(from, to);
        if (period.days() > maxDays) {
            throw new InvalidInputException("to", "is " + period.days() + " days after from; at most " + maxDays
                    + " days may be asked at once");
        }
        return period;
    }

    /**
     * Checks the caller may read this office's figures: the office directory (ADR 32) or the office's own events
     * say it is of the head office's developer; so an office of its developer that sent nothing yet reads as
     * empty, and another developer's head office gets the same 404 from an active office and an idle one.
     */
    public void office(Caller caller, String officeId) {
        boolean headOfficeOfIt = caller.headOffice()
                && store.developerOf(officeId).filter(d -> d.equals(caller.developerId())).isPresent();
        if (!headOfficeOfIt && !directory.sees(caller, officeId)) {
            throw new NotFoundException("office", officeId);
        }
        caller.mustHold(officeId, READ, Caller.PM, Caller.HEAD_OFFICE);
    }

    /** The offices of the developer the caller may read, in order. */
    public List<String> offices(Caller caller, String developerId) {
        if (caller.developerId() == null || !caller.developerId().equals(developerId)) {
            throw new NotFoundException("developer", developerId);
        }
        if (caller.headOffice()) {
            return store.officesOf(developerId);
        }
        Set<String> pmOf = new TreeSet<>();
        caller.officeRoles().forEach((office, roles) -> {
            if (roles.contains(Caller.PM)) {
                pmOf.add(office);
            }
        });
        if (pmOf.isEmpty()) {
            throw new ForbiddenException(READ, "a developer's dashboard needs HEAD_OFFICE, or PM at one of its offices");
        }
        return List.copyOf(pmOf);
    }
}
