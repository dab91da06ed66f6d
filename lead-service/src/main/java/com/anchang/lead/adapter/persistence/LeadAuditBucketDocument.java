package com.anchang.lead.adapter.persistence;

import com.anchang.lead.domain.LeadAuditAction;
import com.anchang.lead.domain.LeadAuditEntry;
import java.time.Instant;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The lead audit (LEAD-10 disclosures, PM decisions) of one developer's office in one hour of one of
 * the office's calendar days: {@code _id} is {@code <developerId>:<officeId>:<yyyy-MM-dd>:<HH>} (HH:
 * the UTC hour of the entries, so an office day has at most 24 buckets whatever its zone). An entry is
 * appended with one upsert {@code $push} (nothing is ever edited or removed), and a day is read with
 * 24 look-ups by {@code _id}, the only index the embedded store needs. Hourly buckets keep each
 * append's document small: the embedded store rewrites (and re-encodes) the whole document on every
 * update, so one bucket per day made every registration slower as the day's entries grew.
 */
@Document(MongoLeadAuditLog.COLLECTION)
public record LeadAuditBucketDocument(@Id String id, String developerId, String officeId, String day,
        List<EntryDocument> entries) {

    public record EntryDocument(String id, Instant at, LeadAuditAction action, String userId, String username,
            String leadId, String developerId, String officeId, String detail) {

        static EntryDocument of(LeadAuditEntry e) {
            return new EntryDocument(e.id(), e.at(), e.action(), e.userId(), e.username(), e.leadId(), e.developerId(),
                    e.officeId(), e.detail());
        }

        LeadAuditEntry toDomain() {
            return new LeadAuditEntry(id, at, action, userId, username, leadId, developerId, officeId, detail);
        }
    }
}
