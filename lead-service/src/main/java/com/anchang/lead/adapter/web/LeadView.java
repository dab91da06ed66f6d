package com.anchang.lead.adapter.web;

import com.anchang.lead.application.LeadReading;
import com.anchang.lead.domain.ContactDetails;
import com.anchang.lead.domain.Lead;
import com.anchang.lead.domain.LeadLink;
import com.anchang.lead.domain.LeadSource;
import com.anchang.lead.domain.LeadStage;
import com.anchang.lead.domain.Protection;
import com.anchang.lead.domain.Registration;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A lead as the caller may see it (LEAD-10): {@code mobile} is the full number (11 digits) for the
 * lead's owner, a PM of its office and head office, each such answer audited; everybody else gets
 * the masked phone (138****5678). {@code contactDetails} says which.
 */
public record LeadView(String leadId, String developerId, String officeId, String ownerConsultantId,
        String customerName, String mobile, ContactDetails contactDetails, LeadSource source, NeedsView needs,
        Instant registeredAt, LocalDate protectedUntil, ProtectionView protection, LeadStage stage,
        List<LinkView> links, RegistrationView registration) {

    /**
     * LEAD-7: {@code kind} REGISTRATION, REFERRAL or PROXY_VIEWER; {@code preRegistered} for the last two;
     * {@code previousLeadId} the returning buyer's earlier (contracted) lead; {@code current} false for a
     * contracted lead whose customer has a newer lead (it no longer holds the office's key of the mobile).
     * LEAD-2: {@code receptionId} the logged reception the current owner registered the customer from, if named.
     */
    public record RegistrationView(Registration.Kind kind, boolean preRegistered, String referredByLeadId,
            String previousLeadId, boolean current, Registration.Consent consent, String receptionId) {
    }

    /**
     * LEAD-6: a person linked to the lead's customer; {@code mobile} full or masked as the lead's own
     * (LEAD-10); {@code sameCustomer} whether their mobile is reserved for the lead.
     */
    public record LinkView(String linkId, LeadLink.Relation relation, String name, String mobile,
            boolean registeredTogether, boolean sameCustomer, String linkedBy, Instant linkedAt) {
    }

    public record NeedsView(BigDecimal budget, String layout, BigDecimal area) {
    }

    /**
     * LEAD-3: the countdown. {@code status} PROTECTED, LAPSED (ended, not yet released by the job) or
     * RELEASED; {@code protectedUntil} the last protected day (office zone), {@code releasedOn} the day
     * of release without a follow-up, {@code daysLeft} whole days after today (0 on the last day).
     */
    public record ProtectionView(Protection.Status status, LocalDate protectedUntil, LocalDate releasedOn,
            long daysLeft) {

        static ProtectionView of(Protection p) {
            return new ProtectionView(p.status(), p.protectedUntil(), p.releasedOn(), p.daysLeft());
        }
    }

    static LeadView of(LeadReading reading) {
        Lead lead = reading.lead();
        var needs = lead.needs();
        return new LeadView(lead.id(), lead.developerId(), lead.officeId(), lead.ownerConsultantId(),
                lead.customerName(), reading.shownMobile(), reading.contactDetails(), lead.source(),
                new NeedsView(needs.budget(), needs.layout(), needs.area()), lead.registeredAt(), lead.protectedUntil(),
                ProtectionView.of(reading.protection()), lead.stage(),
                lead.links().stream().map(l -> new LinkView(l.id(), l.relation(), l.name(),
                        reading.shown(l.mobile()),
                        l.registeredTogether(), l.sameCustomer(), l.linkedBy(), l.at())).toList(),
                new RegistrationView(lead.registration().kind(), lead.registration().preRegistered(),
                        lead.registration().referredByLeadId(), lead.registration().previousLeadId(), !lead.retired(),
                        lead.registration().consent(), lead.registration().receptionId()));
    }
}
