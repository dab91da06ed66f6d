package com.anchang.notification.application;

import com.anchang.notification.domain.DeliveryRates;
import com.anchang.support.problem.ForbiddenException;
import com.anchang.support.problem.InvalidInputException;
import com.anchang.support.problem.NotFoundException;
import com.anchang.support.security.Caller;
import com.anchang.support.tenancy.OfficeDirectory;
import java.time.LocalDate;
import java.util.List;

/**
 * Delivery rates for head office: reminders sent, delivered and failed per office, channel and day (the
 * office's day of the send), read from the counters kept as results are recorded, a bounded number of
 * reads by key per office and day.
 */
public class ViewingDeliveryRates {

    private final DeliveryRates rates;
    private final int maxDays;
    private final OfficeDirectory offices;

    /** @param maxDays the longest period one request may ask for */
    public ViewingDeliveryRates(DeliveryRates rates, int maxDays, OfficeDirectory offices) {
        this.rates = rates;
        this.maxDays = maxDays;
        this.offices = offices;
    }

    /** Every office of the developer: for its head office; 403 for its offices' staff, 404 for anyone else. */
    public List<DeliveryRates.Counts> ofDeveloper(Caller caller, String developerId, LocalDate from, LocalDate to) {
        period(from, to);
        List<String> offices = rates.offices(developerId);
        boolean ours = developerId.equals(caller.developerId());
        if (!(ours && caller.headOffice())) {
            if (ours && offices.stream().anyMatch(caller.officeRoles()::containsKey)) {
                throw new ForbiddenException("read delivery rates", "the developer's delivery rates are for head office");
            }
            throw new NotFoundException("developer", developerId);
        }
        return offices.stream().flatMap(office -> rates.of(office, from, to).stream()).toList();
    }

    /**
     * One office: for its PM and head office of its developer; 403 for its other roles, 404 for anyone else,
     * whether the office has sent anything or not (ADR 32).
     */
    public List<DeliveryRates.Counts> ofOffice(Caller caller, String officeId, LocalDate from, LocalDate to) {
        period(from, to);
        if (caller.officeRoles().containsKey(officeId)) {
            caller.mustHold(officeId, "read delivery rates", Caller.PM, Caller.HEAD_OFFICE);
        } else {
            offices.mustSeeOffice(caller, officeId);
        }
        return rates.of(officeId, from, to);
    }

    private void period(LocalDate from, LocalDate to) {
        if (from.isAfter(to) || from.plusDays(maxDays).isBefore(to.plusDays(1))) {
            throw new InvalidInputException("from", "from .. to must be a period of 1 to " + maxDays + " days, was " + from + " .. " + to);
        }
    }
}
