package com.anchang.lead.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.anchang.support.problem.InvalidInputException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class LeadTest {

    static final Instant T0 = Instant.parse("2026-11-20T02:15:00Z");
    static final ProtectionPolicy POLICY = ProtectionPolicy.inactivity(7, ZoneId.of("Asia/Shanghai"));

    static LeadEvent.Registered register() {
        return Lead.register("dev-1", "office-1", "c-1", "王先生", MobileNumber.parse("138-1234-5678"),
                LeadSource.WALK_IN, new Needs(new BigDecimal("3000000"), "3室2厅", new BigDecimal("118.5")), T0, POLICY);
    }

    @Test
    @DisplayName("LEAD-1/2/3: a registered lead is owned by the consultant who received the customer and protected for the office's window")
    void registers() {
        LeadEvent.Registered registered = register();
        Lead lead = registered.lead();

        assertThat(lead.id()).startsWith("lead-").hasSize("lead-".length() + 36);
        assertThat(lead.ownerConsultantId()).isEqualTo("c-1");
        assertThat(lead.mobile().digits()).isEqualTo("13812345678");
        assertThat(lead.registeredAt()).isEqualTo(T0);
        assertThat(lead.protectedUntil()).isEqualTo(LocalDate.of(2026, 11, 27));
        assertThat(lead.needs().budget()).isEqualTo(new BigDecimal("3000000.00"));
    }

    @Test
    @DisplayName("LEAD-1: each registration gets its own id")
    void idsAreGeneratedInTheDomain() {
        assertThat(register().lead().id()).isNotEqualTo(register().lead().id());
    }

    @Test
    @DisplayName("LEAD-5/LEAD-10: a colleague's registration of the protected customer is refused as 'protected by a colleague until <date>', never naming the owner, the customer's name or mobile")
    void secondRegistrationRefused() {
        Lead lead = register().lead();

        assertThat(lead.protectedByColleague("collision-x")).satisfies(e -> {
            assertThat(e.rule().id()).isEqualTo("LEAD-5");
            assertThat(e.getMessage()).isEqualTo(
                    "customer protected by a colleague until 2026-11-27; collision collision-x is open for the PM");
            assertThat(e.getMessage()).doesNotContain("王先生", "5678", "1234", "c-1");
        });
        assertThat(lead.alreadyYours().rule().id()).isEqualTo("LEAD-5");
    }

    @Test
    @DisplayName("LEAD-1: needs are optional; a budget is CNY to the fen, never negative")
    void needs() {
        assertThat(new Needs(null, " ", null)).isEqualTo(Needs.NONE);
        assertThatThrownBy(() -> new Needs(new BigDecimal("-1"), null, null))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("budget"));
        assertThatThrownBy(() -> new Needs(new BigDecimal("1.001"), null, null))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("budget"));
    }
}
