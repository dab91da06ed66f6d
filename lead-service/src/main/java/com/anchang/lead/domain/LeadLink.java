package com.anchang.lead.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * LEAD-6: a person linked to a lead by its owner (or the office's PM): family or a colleague of the
 * customer's company, with their name and mobile. Parents, children, spouses and a superior or
 * subordinate of one company buying one unit are <em>the same customer</em>: their mobile is reserved
 * for the lead (registering it is registering the lead's customer). Siblings and other relatives are
 * separate customers unless they were registered together with the customer: recorded on the lead,
 * reserving nothing.
 */
public record LeadLink(String id, Relation relation, String name, MobileNumber mobile, boolean registeredTogether,
        String linkedBy, Instant at) {

    /** LEAD-6: how the person is related to the lead's customer. */
    public enum Relation {
        SPOUSE,
        PARENT,
        CHILD,
        /** A superior or subordinate of one company buying one unit with the customer. */
        COLLEAGUE_SAME_UNIT,
        SIBLING,
        OTHER_RELATIVE;

        /** LEAD-6: whether a person so related is the same customer as the lead's. */
        public boolean sameCustomer(boolean registeredTogether) {
            return switch (this) {
                case SPOUSE, PARENT, CHILD, COLLEAGUE_SAME_UNIT -> true;
                case SIBLING, OTHER_RELATIVE -> registeredTogether;
            };
        }
    }

    public LeadLink {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(relation, "relation");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(mobile, "mobile");
        Objects.requireNonNull(linkedBy, "linkedBy");
        Objects.requireNonNull(at, "at");
    }

    /** LEAD-6: whether the person is the lead's customer (their mobile reserved for the lead). */
    public boolean sameCustomer() {
        return relation.sameCustomer(registeredTogether);
    }
}
