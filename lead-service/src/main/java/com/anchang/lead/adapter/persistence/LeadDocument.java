package com.anchang.lead.adapter.persistence;

import com.anchang.lead.domain.FollowUp;
import com.anchang.lead.domain.Lead;
import com.anchang.lead.domain.LeadLink;
import com.anchang.lead.domain.LeadSource;
import com.anchang.lead.domain.LeadStage;
import com.anchang.lead.domain.MobileNumber;
import com.anchang.lead.domain.Needs;
import com.anchang.lead.domain.Registration;
import com.anchang.support.outbox.OutboxEntry;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.CompoundIndexes;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A lead as stored, with the events it caused that are not yet published (the outbox).
 *
 * <p>Indexes are unique because the embedded store uses only unique indexes whose fields are exactly
 * the query's: {@code office_mobile} is LEAD-1's identity (one lead per customer mobile per office)
 * and serves the duplicate lookup; {@code id_version} serves later compare-and-set writes.
 * {@code protectedUntil} is an ISO date string: a calendar day of the office, not an instant.
 */
@Document("leads")
@CompoundIndexes({
    @CompoundIndex(name = "office_mobile", def = "{'officeId': 1, 'mobile': 1}", unique = true),
    @CompoundIndex(name = "id_version", def = "{'_id': 1, 'version': 1}", unique = true)
})
public record LeadDocument(
        @Id String id,
        String developerId,
        String officeId,
        String ownerConsultantId,
        String customerName,
        String mobile,
        LeadSource source,
        BigDecimal budget,
        String layout,
        BigDecimal area,
        Instant registeredAt,
        Instant ownedSince,
        String protectedUntil,
        List<FollowUpDocument> followUps,
        Instant releasedAt,
        String lapseReminderFor,
        String followUpReminderFor,
        LeadStage stage,
        List<LinkDocument> links,
        Registration registration,
        String retiredMobile,
        List<OutboxEntry> outbox,
        long version) {

    /** LEAD-4: one entry of the lead's page, appended with {@code $push}, never rewritten. */
    public record FollowUpDocument(String id, Instant at, String loggedBy, FollowUp.Channel channel, boolean effective,
            String note, String corrects, boolean countedForProtection, String protectedUntil) {

        static FollowUpDocument of(FollowUp f) {
            return new FollowUpDocument(f.id(), f.at(), f.loggedBy(), f.channel(), f.effective(), f.note(), f.corrects(),
                    f.countedForProtection(), f.protectedUntil().toString());
        }

        FollowUp toDomain() {
            return new FollowUp(id, at, loggedBy, channel, effective, note, corrects, countedForProtection,
                    LocalDate.parse(protectedUntil));
        }
    }

    /** LEAD-6: a person linked to the lead, appended with {@code $push}. */
    public record LinkDocument(String id, LeadLink.Relation relation, String name, String mobile,
            boolean registeredTogether, boolean sameCustomer, String linkedBy, Instant at) {

        static LinkDocument of(LeadLink l) {
            return new LinkDocument(l.id(), l.relation(), l.name(), l.mobile().digits(), l.registeredTogether(),
                    l.sameCustomer(), l.linkedBy(), l.at());
        }

        LeadLink toDomain() {
            return new LeadLink(id, relation, name, new MobileNumber(mobile), registeredTogether, linkedBy, at);
        }
    }

    static LeadDocument of(Lead lead, List<OutboxEntry> outbox) {
        Needs needs = lead.needs();
        return new LeadDocument(lead.id(), lead.developerId(), lead.officeId(), lead.ownerConsultantId(),
                lead.customerName(), lead.mobile().digits(), lead.source(), needs.budget(), needs.layout(), needs.area(),
                lead.registeredAt(), lead.ownedSince(), lead.protectedUntil().toString(),
                lead.followUps().stream().map(FollowUpDocument::of).toList(), lead.releasedAt(),
                day(lead.lapseReminderFor()), day(lead.followUpReminderFor()), lead.stage(), lead.links().stream().map(LinkDocument::of).toList(),
                lead.registration().equals(Registration.PLAIN) ? null : lead.registration(), null, outbox, 0);
    }

    static String day(LocalDate day) {
        return day == null ? null : day.toString();
    }

    Lead toDomain() {
        // LEAD-7: a retired lead's key field holds <mobile>:<id>; its customer's mobile is retiredMobile
        MobileNumber customerMobile = new MobileNumber(retiredMobile != null ? retiredMobile : mobile);
        return Lead.restore(id, developerId, officeId, ownerConsultantId, customerName, customerMobile, source,
                new Needs(budget, layout, area), registeredAt, ownedSince, LocalDate.parse(protectedUntil),
                followUps == null ? List.of() : followUps.stream().map(FollowUpDocument::toDomain).toList(), releasedAt,
                lapseReminderFor == null ? null : LocalDate.parse(lapseReminderFor),
                followUpReminderFor == null ? null : LocalDate.parse(followUpReminderFor), stage,
                links == null ? List.of() : links.stream().map(LinkDocument::toDomain).toList(), registration,
                retiredMobile != null, version);
    }
}
