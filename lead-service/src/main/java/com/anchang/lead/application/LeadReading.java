package com.anchang.lead.application;

import com.anchang.lead.domain.ContactDetails;
import com.anchang.lead.domain.Lead;
import com.anchang.lead.domain.MobileNumber;
import com.anchang.lead.domain.Protection;

/** A lead as answered to one caller: with full or masked contact details (LEAD-10) and its countdown (LEAD-3). */
public record LeadReading(Lead lead, ContactDetails contactDetails, Protection protection) {

    /** The mobile number this caller is shown: all 11 digits, or 138****5678. */
    public String shownMobile() {
        return shown(lead.mobile());
    }

    /** A mobile of the lead (the customer's, a linked person's) as this caller is shown it (LEAD-6, LEAD-10). */
    public String shown(MobileNumber mobile) {
        return contactDetails == ContactDetails.FULL ? mobile.digits() : mobile.masked();
    }
}
