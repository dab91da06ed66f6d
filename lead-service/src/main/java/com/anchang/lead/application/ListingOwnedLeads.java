package com.anchang.lead.application;

import com.anchang.lead.domain.ContactDetails;
import com.anchang.lead.domain.Lead;
import com.anchang.lead.domain.LeadRepository;
import com.anchang.lead.domain.Protection;
import com.anchang.support.security.Caller;
import com.anchang.support.tenancy.OfficeDirectory;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * "My customers": the leads a consultant owns at an office, the soonest protection lapse first (LEAD-3), so
 * the one to follow up today is on top; then the released ones, latest first; then the customers who bought
 * (LEAD-7). Searched by the customer's name or the last digits of the phone. Read by key — the owner's list,
 * then the leads by id — never by a scan. The phone is masked in the list for everyone (LEAD-10): the full
 * number is on the lead's own page, where reading it is audited.
 *
 * <p>A consultant reads their own list (a consultant or a PM of the office); a PM of the office and head office
 * read any consultant's.
 */
public class ListingOwnedLeads {

    static final String READ_OWN = "list their customers";
    static final String READ_OTHERS = "list a consultant's customers";

    private final LeadRepository leads;
    private final OfficeCalendar calendar;
    private final OfficeDirectory offices;

    public ListingOwnedLeads(LeadRepository leads, OfficeCalendar calendar, OfficeDirectory offices) {
        this.offices = offices;
        this.leads = leads;
        this.calendar = calendar;
    }

    /**
     * @param consultantId whose customers; null for the caller's own
     * @param search a name or part of it, or the last digits of the phone; null or blank for all
     */
    public List<LeadReading> owned(Caller caller, String officeId, String consultantId, String search) {
        String owner = consultantId == null ? caller.userId() : consultantId;
        offices.mustSeeOffice(caller, officeId);
        if (owner.equals(caller.userId())) {
            caller.mustHold(officeId, READ_OWN, Caller.CONSULTANT, Caller.PM);
        } else {
            caller.mustHold(officeId, READ_OTHERS, Caller.PM, Caller.HEAD_OFFICE);
        }
        List<LeadRepository.Listed> listed = leads.listedUnder(owner);
        Map<String, Lead> found = leads.findAll(listed.stream().map(LeadRepository.Listed::leadId).toList()).stream()
                .collect(Collectors.toMap(Lead::id, Function.identity()));
        List<LeadRepository.Listed> stale = new ArrayList<>();
        Instant now = calendar.now();
        List<LeadReading> owned = new ArrayList<>();
        for (LeadRepository.Listed entry : listed) {
            Lead lead = found.get(entry.leadId());
            if (lead == null) {
                continue; // a registration still being written, or one that failed: skipped, never removed here
            }
            if (!lead.ownerConsultantId().equals(owner)) {
                if (lead.version() >= entry.version()) {
                    stale.add(entry); // the write that listed it happened and was followed by another, or never will
                }
                continue;
            }
            if (lead.officeId().equals(officeId) && lead.developerId().equals(caller.developerId())
                    && matches(lead, search)) {
                owned.add(new LeadReading(lead, ContactDetails.MASKED, lead.protection(now, calendar.policy(officeId))));
            }
        }
        leads.unlist(owner, stale);
        owned.sort(SOONEST_LAPSE_FIRST);
        return owned;
    }

    /** The protected (or lapsed, not yet released) first by their last protected day, then released, then bought. */
    static final Comparator<LeadReading> SOONEST_LAPSE_FIRST = Comparator
            .comparingInt(ListingOwnedLeads::group)
            .thenComparing(reading -> group(reading) == 0 ? reading.lead().protectedUntil().toEpochDay() : 0L)
            .thenComparing(reading -> reading.lead().releasedAt() == null ? Instant.MIN : reading.lead().releasedAt(),
                    Comparator.reverseOrder())
            .thenComparing(reading -> reading.lead().registeredAt(), Comparator.reverseOrder())
            .thenComparing(reading -> reading.lead().id());

    private static int group(LeadReading reading) {
        if (reading.lead().retired()) {
            return 2;
        }
        return reading.protection().status() == Protection.Status.RELEASED ? 1 : 0;
    }

    /** A name or part of it (any case), or — all digits — the end of the phone number. */
    static boolean matches(Lead lead, String search) {
        if (search == null || search.isBlank()) {
            return true;
        }
        String wanted = search.strip();
        if (wanted.chars().allMatch(Character::isDigit)) {
            return lead.mobile().digits().endsWith(wanted);
        }
        return lead.customerName().toLowerCase(Locale.ROOT).contains(wanted.toLowerCase(Locale.ROOT));
    }
}
