package com.anchang.lead.adapter.persistence;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * LEAD-6: a mobile of the office reserved for a lead by a "same customer" link; {@code _id =
 * <officeId>:<mobile>}. {@code id_lead} serves the release of one lead's reservation (a flat
 * {@code {_id, leadId}} filter, which the embedded store serves only by a unique index of exactly those fields).
 */
@Document(MongoLeadAliases.COLLECTION)
@CompoundIndex(name = "id_lead", def = "{'_id': 1, 'leadId': 1}", unique = true)
public record LeadAliasDocument(@Id String id, String developerId, String officeId, String mobile, String leadId) {
}
