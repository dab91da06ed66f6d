package com.anchang.lead.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.anchang.support.problem.RuleRefusedException;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LeadStageTest {

    static final Instant NOW = Instant.parse("2026-11-24T08:00:00Z");

    static Lead lead() {
        return Lead.register("dev-1", "office-1", "c-1", "王先生", MobileNumber.parse("13812345678"),
                LeadSource.WALK_IN, Needs.NONE, Instant.parse("2026-11-20T02:15:00Z"),
                ProtectionPolicy.inactivity(7, ZoneId.of("Asia/Shanghai"))).lead();
    }

    @Test
    @DisplayName("LEAD-11: a new lead moves forward through potential, intention, negotiating, deposit to contracted, each move an event with from and to")
    void forward() {
        Lead lead = lead();
        assertThat(lead.stage()).isEqualTo(LeadStage.NEW);

        for (LeadStage next : new LeadStage[] {LeadStage.POTENTIAL, LeadStage.INTENTION, LeadStage.NEGOTIATING,
                LeadStage.DEPOSIT, LeadStage.CONTRACTED}) {
            LeadStage before = lead.stage();
            LeadEvent.StageChanged changed = lead.moveTo(next, "c-1", NOW);
            assertThat(changed.from()).isEqualTo(before);
            assertThat(changed.to()).isEqualTo(next);
        }
        assertThat(lead.stage()).isEqualTo(LeadStage.CONTRACTED);
    }

    @ParameterizedTest(name = "{0} -> {1} refused")
    @CsvSource({"INTENTION,POTENTIAL", "NEGOTIATING,NEW", "NEW,CONTRACTED", "NEGOTIATING,CONTRACTED",
            "CONTRACTED,LOST", "LOST,POTENTIAL", "INTENTION,INTENTION"})
    @DisplayName("LEAD-11: never back, a contract only after a deposit, nothing after contracted or lost: refused naming LEAD-11, stage unchanged")
    void illegal(LeadStage from, LeadStage to) {
        Lead lead = lead();
        if (from == LeadStage.CONTRACTED) {
            lead.moveTo(LeadStage.DEPOSIT, "c-1", NOW);
        }
        if (from != LeadStage.NEW) {
            lead.moveTo(from, "c-1", NOW);
        }

        assertThatThrownBy(() -> lead.moveTo(to, "c-1", NOW))
                .isInstanceOfSatisfying(RuleRefusedException.class, e -> assertThat(e.rule().id()).isEqualTo("LEAD-11"));
        assertThat(lead.stage()).isEqualTo(from);
    }

    @Test
    @DisplayName("LEAD-11: a walk-in may skip straight to deposit; any open stage may be lost")
    void skipsAndLoss() {
        Lead lead = lead();
        lead.moveTo(LeadStage.DEPOSIT, "c-1", NOW);
        lead.moveTo(LeadStage.LOST, "u-pm", NOW);
        assertThat(lead.stage()).isEqualTo(LeadStage.LOST);
    }
}
