package com.anchang.dashboard.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class LeagueTableTest {

    @Test
    @DisplayName("COMM-2, COMM-6: consultants rank by the credit commission-service entered (credits less reversals), not by what they closed")
    void rankedByCredit() {
        // c-1 closed a 3,000,000.00 deal inside c-2's protection: half the credit each; c-2 also lost a deal's credit
        Figures closer = Figures.one(Count.SUBSCRIPTIONS).plus(Amount.SUBSCRIBED, new BigDecimal("3000000.00"))
                .plus(Amount.CREDITED, new BigDecimal("1500000.00"));
        Figures registrant = Figures.ZERO.plus(Amount.CREDITED, new BigDecimal("1500000.00"))
                .plus(Amount.CREDITED, new BigDecimal("2000000.00")).plus(Amount.CREDITED, new BigDecimal("-2000000.00"))
                .plus(Count.NEW_LEADS, 1);
        Figures other = Figures.ZERO.plus(Amount.CREDITED, new BigDecimal("1600000.00"));

        LeagueTable table = LeagueTable.of(Map.of("c-1", closer, "c-2", registrant, "c-3", other));

        assertThat(table.rows()).extracting(LeagueTable.Row::consultantId).containsExactly("c-3", "c-1", "c-2");
        assertThat(table.rows()).extracting(LeagueTable.Row::creditedAmount).containsExactly(
                new BigDecimal("1600000.00"), new BigDecimal("1500000.00"), new BigDecimal("1500000.00"));
        assertThat(table.rows().get(1).netSubscribedAmount()).isEqualByComparingTo("3000000.00");
        assertThat(table.rows().get(2).netSubscribedAmount()).isEqualByComparingTo("0.00");
    }
}
