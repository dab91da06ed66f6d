package com.anchang.lead.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.anchang.lead.domain.FollowUp;
import com.anchang.lead.domain.Lead;
import com.anchang.lead.domain.LeadLink;
import com.anchang.lead.domain.LeadSource;
import com.anchang.lead.domain.LeadStage;
import com.anchang.lead.domain.MobileNumber;
import com.anchang.lead.domain.Needs;
import com.anchang.lead.domain.Registration;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class LeadDocumentTest {

    @Test
    @DisplayName("LEAD-6/LEAD-7/LEAD-11: a lead written as a document reads back through Lead.restore with its stage, links, registration and page")
    void roundTrip() {
        Lead stored = Lead.restore("lead-1", "dev-1", "office-1", "c-1", "王先生", MobileNumber.parse("13812345678"),
                LeadSource.REFERRAL, new Needs(new BigDecimal("3000000.00"), "3室2厅", null),
                Instant.parse("2026-11-20T02:15:00Z"), Instant.parse("2026-11-21T00:00:00Z"), LocalDate.of(2026, 11, 29),
                List.of(new FollowUp("follow-up-1", Instant.parse("2026-11-22T03:00:00Z"), "c-1", FollowUp.Channel.PHONE,
                        true, "note", null, true, LocalDate.of(2026, 11, 29))),
                null, LocalDate.of(2026, 11, 28), LeadStage.DEPOSIT,
                List.of(new LeadLink("link-1", LeadLink.Relation.SPOUSE, "李女士", MobileNumber.parse("13900001111"), false,
                        "c-1", Instant.parse("2026-11-21T03:00:00Z"))),
                new Registration(Registration.Kind.REFERRAL, "lead-old", null, Registration.Consent.VERBAL), false, 0);

        Lead read = LeadDocument.of(stored, List.of()).toDomain();

        assertThat(read).usingRecursiveComparison().ignoringFields("version").isEqualTo(stored);
        assertThat(read.stage()).isEqualTo(LeadStage.DEPOSIT);
        assertThat(read.links()).isEqualTo(stored.links());
        assertThat(read.registration()).isEqualTo(stored.registration());
    }
}
