package com.anchang.lead.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.anchang.lead.domain.ContactDetailsPolicy.Viewer;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ContactDetailsPolicyTest {

    static final Lead LEAD = Lead.register("dev-1", "office-1", "c-owner", "王先生", MobileNumber.parse("13812345678"),
            LeadSource.WALK_IN, Needs.NONE, Instant.parse("2026-11-20T02:15:00Z"),
            ProtectionPolicy.inactivity(7, ZoneId.of("Asia/Shanghai"))).lead();

    static ContactDetails shownTo(Viewer viewer) {
        return ContactDetailsPolicy.shownTo(LEAD, viewer);
    }

    @Test
    @DisplayName("LEAD-10: the consultant who owns the lead sees its full contact details")
    void ownerSeesFull() {
        assertThat(shownTo(new Viewer("c-owner", "dev-1", Set.of(), false))).isEqualTo(ContactDetails.FULL);
    }

    @Test
    @DisplayName("LEAD-10: a colleague consultant, sales control or finance of the same office sees the masked phone")
    void colleaguesSeeMasked() {
        assertThat(shownTo(new Viewer("c-colleague", "dev-1", Set.of(), false))).isEqualTo(ContactDetails.MASKED);
        assertThat(shownTo(new Viewer("u-finance", "dev-1", Set.of("office-2"), false)))
                .as("PM of another office only").isEqualTo(ContactDetails.MASKED);
    }

    @Test
    @DisplayName("LEAD-10: the PM of the lead's office and head office of its developer see full contact details")
    void managersSeeFull() {
        assertThat(shownTo(new Viewer("u-pm", "dev-1", Set.of("office-1"), false))).isEqualTo(ContactDetails.FULL);
        assertThat(shownTo(new Viewer("u-head", "dev-1", Set.of(), true))).isEqualTo(ContactDetails.FULL);
    }

    @Test
    @DisplayName("LEAD-10: nobody of another developer sees full details, even with the owner's user id, a PM role or head office")
    void otherDeveloperNeverFull() {
        assertThat(shownTo(new Viewer("c-owner", "dev-2", Set.of("office-1"), true))).isEqualTo(ContactDetails.MASKED);
        assertThat(shownTo(new Viewer("u-admin", null, Set.of(), false))).isEqualTo(ContactDetails.MASKED);
    }
}
