package com.anchang.transaction.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.anchang.support.test.Aggregates;
import com.anchang.support.problem.InvalidInputException;
import com.anchang.support.problem.RuleRefusedException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class DealTest {

    static final Instant T0 = Instant.parse("2026-11-20T06:02:40Z");
    static final Instant HELD_AT = Instant.parse("2026-11-20T06:03:07Z");
    static final Instant EXPIRES = HELD_AT.plus(Duration.ofHours(48));
    static final Instant RECEIVED = Instant.parse("2026-11-21T03:30:00Z");
    static final DealPolicy SHANGHAI = new DealPolicy(ZoneId.of("Asia/Shanghai"));
    static final LocalDate DUE = LocalDate.parse("2026-12-21");

    static UnitAvailability unit(String status) {
        return new UnitAvailability("unit-3-1802", "3-1802", "office-1", status);
    }

    static Deal opened() {
        return Deal.open("dev-1", "office-1", "c-1", "lead-1", new Buyer("王先生", "13812345678"),
                unit("AVAILABLE"), T0).deal();
    }

    static Deal held() {
        Deal deal = opened();
        deal.unitHeld("unit-3-1802", HELD_AT, EXPIRES);
        return deal;
    }

    static Deposit deposit(String amount, String receivedBy, String witnessedBy, Instant at) {
        return new Deposit(new BigDecimal(amount), PaymentMethod.TRANSFER, receivedBy, witnessedBy, at);
    }

    static Deposit deposit() {
        return deposit("50000", "u-finance-1", "u-pm-1", RECEIVED);
    }

    static void refusedBy(String rule, Runnable step) {
        assertThatThrownBy(step::run).isInstanceOfSatisfying(RuleRefusedException.class,
                e -> assertThat(e.rule().id()).isEqualTo(rule));
    }

    static void invalid(String field, Runnable step) {
        assertThatThrownBy(step::run).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.field()).isEqualTo(field));
    }

    @Test
    @DisplayName("UNIT-2: a deal opens on a unit sales control confirms available, with an id of its own")
    void opensOnAvailableUnit() {
        DealEvent.Opened opened = Deal.open("dev-1", "office-1", "c-1", "lead-1", new Buyer("王先生", "13812345678"),
                unit("AVAILABLE"), T0);

        Deal deal = opened.deal();
        assertThat(deal.status()).isEqualTo(DealStatus.OPENED);
        assertThat(deal.id()).startsWith("deal-").hasSize("deal-".length() + 36);
        assertThat(deal.unitCode()).isEqualTo("3-1802");
        assertThat(deal.openedAt()).isEqualTo(T0);
        assertThat(opened.deal()).isSameAs(deal);
    }

    @Test
    @DisplayName("UNIT-2: a unit that is not available is refused, naming its status")
    void refusesUnitNotAvailable() {
        for (String status : new String[] {"HELD", "WITHHELD", "RESERVED", "CONTRACTED"}) {
            assertThatThrownBy(() -> Deal.open("dev-1", "office-1", "c-1", "lead-1", new Buyer("王先生", "13812345678"),
                    unit(status), T0))
                    .isInstanceOfSatisfying(RuleRefusedException.class, e -> {
                        assertThat(e.rule().id()).isEqualTo("UNIT-2");
                        assertThat(e.getMessage()).isEqualTo("unit 3-1802 is " + status.toLowerCase());
                    });
        }
    }

    @Test
    @DisplayName("a unit another office sells is bad input naming unitId")
    void refusesUnitOfAnotherOffice() {
        invalid("unitId", () -> Deal.open("dev-1", "office-2", "c-1", "lead-1", new Buyer("王先生", "13812345678"),
                unit("AVAILABLE"), T0));
    }

    @Test
    @DisplayName("UNIT-2: sales control's hold of the deal's unit moves the deal to UNIT_HELD until the hold lapses")
    void unitHeld() {
        Deal deal = held();

        assertThat(deal.status()).isEqualTo(DealStatus.UNIT_HELD);
        assertThat(deal.unitHeldAt()).isEqualTo(HELD_AT);
        assertThat(deal.holdExpiresAt()).isEqualTo(EXPIRES);
    }

    @Test
    @DisplayName("UNIT-2: a hold of another unit, or a second hold, is refused")
    void wrongOrSecondHoldRefused() {
        refusedBy("UNIT-2", () -> opened().unitHeld("unit-3-1801", HELD_AT, EXPIRES));
        refusedBy("UNIT-2", () -> held().unitHeld("unit-3-1802", HELD_AT, EXPIRES));
    }

    @Test
    @DisplayName("UNIT-2: no deposit before sales control holds the unit for the deal")
    void noDepositBeforeHold() {
        Deal deal = opened();
        refusedBy("UNIT-2", () -> deal.receiveDeposit(deposit(), DUE, SHANGHAI));
        assertThat(deal.status()).isEqualTo(DealStatus.OPENED);
    }

    @Test
    @DisplayName("DEAL-1: the formal deposit on a held unit is received, recording both people present")
    void depositReceived() {
        Deal deal = held();

        DealEvent.DepositReceived received = deal.receiveDeposit(deposit(), DUE, SHANGHAI);

        assertThat(received.deal()).isSameAs(deal);
        assertThat(deal.status()).isEqualTo(DealStatus.DEPOSIT_RECEIVED);
        assertThat(deal.deposit().amount()).isEqualTo(new BigDecimal("50000.00"));
        assertThat(deal.deposit().receivedBy()).isEqualTo("u-finance-1");
        assertThat(deal.deposit().witnessedBy()).isEqualTo("u-pm-1");
        assertThat(deal.downPaymentDueDate()).isEqualTo(DUE);
    }

    @Test
    @DisplayName("DEAL-1: a deposit is received with two people present: the same person twice, or a missing one, is refused")
    void twoPeoplePresent() {
        assertThatThrownBy(() -> deposit("50000", "u-finance-1", "u-finance-1", RECEIVED))
                .isInstanceOfSatisfying(RuleRefusedException.class, e -> {
                    assertThat(e.rule().id()).isEqualTo("DEAL-1");
                    assertThat(e.getMessage()).contains("u-finance-1 cannot also witness it");
                });
        refusedBy("DEAL-1", () -> deposit("50000", "u-finance-1", " ", RECEIVED));
        refusedBy("DEAL-1", () -> deposit("50000", null, "u-pm-1", RECEIVED));
    }

    @Test
    @DisplayName("a deposit is more than 0, at most 100,000,000 CNY and fen-exact")
    void depositAmount() {
        invalid("amount", () -> deposit("0", "a", "b", RECEIVED));
        invalid("amount", () -> deposit("-1.00", "a", "b", RECEIVED));
        invalid("amount", () -> deposit("100000000.01", "a", "b", RECEIVED));
        invalid("amount", () -> deposit("50000.001", "a", "b", RECEIVED));
        assertThat(deposit("100000000", "a", "b", RECEIVED).amount()).isEqualTo(new BigDecimal("100000000.00"));
        assertThat(deposit("50000.50", "a", "b", RECEIVED).amount()).isEqualTo(new BigDecimal("50000.50"));
    }

    @Test
    @DisplayName("the down payment falls due after today as the office's clock says (Asia/Shanghai), not UTC's")
    void dueDateAfterTodayAtTheOffice() {
        // 2026-11-20T17:00Z is already 2026-11-21 01:00 in Shanghai
        Instant lateEvening = Instant.parse("2026-11-20T17:00:00Z");
        Deal deal = held();
        invalid("downPaymentDueDate", () -> deal.receiveDeposit(deposit("50000", "a", "b", lateEvening),
                LocalDate.parse("2026-11-21"), SHANGHAI));
        invalid("downPaymentDueDate", () -> deal.receiveDeposit(deposit("50000", "a", "b", lateEvening), null, SHANGHAI));
        assertThat(deal.status()).isEqualTo(DealStatus.UNIT_HELD);

        deal.receiveDeposit(deposit("50000", "a", "b", lateEvening), LocalDate.parse("2026-11-22"), SHANGHAI);
        assertThat(deal.status()).isEqualTo(DealStatus.DEPOSIT_RECEIVED);
    }

    @Test
    @DisplayName("UNIT-3: no deposit once the hold on the unit has lapsed")
    void noDepositAfterHoldLapsed() {
        Deal deal = held();
        refusedBy("UNIT-3", () -> deal.receiveDeposit(deposit("50000", "a", "b", EXPIRES), DUE, SHANGHAI));
    }

    @Test
    @DisplayName("UNIT-2: a second deposit on the same deal is refused")
    void secondDepositRefused() {
        Deal deal = held();
        deal.receiveDeposit(deposit(), DUE, SHANGHAI);

        assertThatThrownBy(() -> deal.receiveDeposit(deposit("1000", "x", "y", RECEIVED.plusSeconds(60)), DUE, SHANGHAI))
                .isInstanceOfSatisfying(RuleRefusedException.class, e -> {
                    assertThat(e.rule().id()).isEqualTo("UNIT-2");
                    assertThat(e.getMessage()).endsWith("was already received at 2026-11-21 03:30:00 UTC");
                });
        assertThat(deal.deposit().amount()).isEqualTo(new BigDecimal("50000.00"));
    }

    @Test
    @DisplayName("UNIT-2/DEAL-1: a deal is rebuilt from storage by Deal.restore only; no public constructor or setter puts a status in place past the rules")
    void rebuiltOnlyByRestore() {
        Aggregates.assertNoBackDoor(Deal.class);
    }
}
