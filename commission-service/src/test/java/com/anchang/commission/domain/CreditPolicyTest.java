package com.anchang.commission.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class CreditPolicyTest {

    static final CreditPolicy POLICY = new CreditPolicy();

    static LeadOwnership leadOwnedBy(String consultantId) {
        return new LeadOwnership("lead-1", "dev-1", "office-1", consultantId, Instant.parse("2026-11-20T02:15:00Z"),
                LocalDate.of(2026, 11, 27));
    }

    @Test
    @DisplayName("COMM-1: a deal closed by another consultant is credited to the owner of the lead, the closer recorded beside them")
    void creditsTheLeadOwner() {
        Attribution attribution = POLICY.creditee("c-closer", leadOwnedBy("c-owner"));

        assertThat(attribution.crediteeConsultantId()).isEqualTo("c-owner");
        assertThat(attribution.closingConsultantId()).isEqualTo("c-closer");
        assertThat(attribution.leadOwnerConsultantId()).isEqualTo("c-owner");
        assertThat(attribution.basis()).isEqualTo(Attribution.Basis.LEAD_OWNER);
    }

    @Test
    @DisplayName("COMM-1: a deal closed by the lead's owner is credited to them")
    void closerOwnsTheLead() {
        Attribution attribution = POLICY.creditee("c-owner", leadOwnedBy("c-owner"));

        assertThat(attribution.crediteeConsultantId()).isEqualTo("c-owner");
        assertThat(attribution.closingConsultantId()).isEqualTo("c-owner");
        assertThat(attribution.basis()).isEqualTo(Attribution.Basis.CLOSER_OWNS_LEAD);
    }

    @Test
    @DisplayName("COMM-1: a deal whose lead is not known here is credited to the consultant who closed it")
    void unknownLeadCreditsTheCloser() {
        Attribution attribution = POLICY.creditee("c-closer", null);

        assertThat(attribution.crediteeConsultantId()).isEqualTo("c-closer");
        assertThat(attribution.leadOwnerConsultantId()).isNull();
        assertThat(attribution.basis()).isEqualTo(Attribution.Basis.LEAD_NOT_KNOWN);
    }
}
