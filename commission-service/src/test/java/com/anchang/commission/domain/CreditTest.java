package com.anchang.commission.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.anchang.support.problem.InvalidInputException;
import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class CreditTest {

    static final Instant RECEIVED = Instant.parse("2026-11-21T03:30:00Z");
    static final Instant NOW = Instant.parse("2026-11-21T03:30:02Z");

    static Credit onDeposit(String amount) {
        return Credit.onDeposit("deal-1", "dev-1", "office-1", "unit-1", "lead-1", "c-closer",
                CreditPolicyTest.leadOwnedBy("c-owner"), new BigDecimal(amount), RECEIVED, NOW, "evt-1", new CreditPolicy());
    }

    @Test
    @DisplayName("COMM-1: a received deposit records a PENDING credit for the lead owner on the deposit amount, to the fen")
    void pendingCreditOnDeposit() {
        Credit credit = onDeposit("50000");

        assertThat(credit.crediteeConsultantId()).isEqualTo("c-owner");
        assertThat(credit.status()).isEqualTo(CreditStatus.PENDING);
        assertThat(credit.amountBasis()).isEqualTo(new BigDecimal("50000.00"));
        assertThat(credit.depositReceivedAt()).isEqualTo(RECEIVED);
        assertThat(credit.creditedAt()).isEqualTo(NOW);
        assertThat(credit.sourceEventId()).isEqualTo("evt-1");
    }

    @Test
    @DisplayName("an amount below zero or finer than the fen is refused naming the amount")
    void amountToTheFen() {
        assertThatThrownBy(() -> onDeposit("-1.00"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("amount"));
        assertThatThrownBy(() -> onDeposit("1.005"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("amount"));
    }
}
