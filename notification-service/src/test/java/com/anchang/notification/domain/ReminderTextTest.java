package com.anchang.notification.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ReminderTextTest {

    static final OfficeTexts BINJIANG = new OfficeTexts("华信·滨江府售楼处", "0571-88886666", "身份证、户口本、收入证明", Map.of());
    static final Instant DEPOSIT_DAY = Instant.parse("2026-11-21T03:30:00Z");

    ReminderSchedule downPayment(ReminderPolicy policy) {
        return ReminderSchedule.forDeal("deal-1", "dev-1", "office-1", "unit-3-1802", new Recipient("王先生", "13812345678"),
                DEPOSIT_DAY).describedAs("3-1802", new BigDecimal("910000.00"))
                .downPaymentDue(LocalDate.parse("2026-12-21"), policy, DEPOSIT_DAY).schedule();
    }

    @Test
    @DisplayName("NOTE-1, NOTE-3: the down-payment reminder names the buyer, unit, amount in figures and 大写, date, documents, office and phone")
    void downPaymentText() {
        ReminderPolicy policy = TestPolicies.withTexts(BINJIANG);
        ReminderSchedule schedule = downPayment(policy);
        Reminder first = schedule.reminders().getFirst();

        assertThat(ReminderText.text(schedule, first, policy)).isEqualTo("王先生您好:您认购的3-1802首付款¥910,000.00"
                + "(人民币玖拾壹万元整)将于2026-12-21到期(还有5天),请按时缴纳,并备齐按揭所需材料:身份证、户口本、收入证明。"
                + "华信·滨江府售楼处 电话0571-88886666");
        assertThat(ReminderText.params(schedule, first, policy)).containsExactly(Map.entry("name", "王先生"),
                Map.entry("unit", "3-1802"), Map.entry("date", "2026-12-21"), Map.entry("days", "5"),
                Map.entry("amount", "¥910,000.00"), Map.entry("amountInWords", "人民币玖拾壹万元整"),
                Map.entry("documents", "身份证、户口本、收入证明"), Map.entry("office", "华信·滨江府售楼处"),
                Map.entry("phone", "0571-88886666"));
    }

    @Test
    @DisplayName("NOTE-1: before the amount and the office's texts are known, their parts are left out, not shown empty")
    void unknownPartsLeftOut() {
        ReminderSchedule schedule = ReminderSchedule.forDownPayment("deal-1", "dev-1", "office-1", "unit-3-1802",
                new Recipient("王先生", "13812345678"), LocalDate.parse("2026-12-21"), TestPolicies.DEFAULT, DEPOSIT_DAY);

        assertThat(ReminderText.text(schedule, schedule.reminders().get(1), TestPolicies.DEFAULT))
                .isEqualTo("王先生您好:您认购的unit-3-1802首付款将于2026-12-21到期(还有2天),请按时缴纳,并备齐按揭所需材料。");
    }

    @Test
    @DisplayName("NOTE-2: the mortgage reminder names the appointment's day and time at the office, bank, place and documents")
    void mortgageText() {
        ReminderPolicy policy = TestPolicies.withTexts(BINJIANG);
        ReminderSchedule schedule = downPayment(policy).mortgageAppointment(new MortgageAppointment("中国建设银行滨江支行",
                "滨江区江南大道 88 号", Instant.parse("2027-01-08T01:30:00Z"), List.of("身份证", "户口本", "收入证明")),
                policy, Instant.parse("2026-12-22T02:00:00Z")).schedule();
        Reminder dayBefore = schedule.reminders().getLast();

        assertThat(ReminderText.text(schedule, dayBefore, policy)).isEqualTo("王先生您好:您认购的3-1802已预约于"
                + "2027-01-08 09:30办理按揭(还有1天),银行:中国建设银行滨江支行,地点:滨江区江南大道 88 号,"
                + "请携带身份证、户口本、收入证明。华信·滨江府售楼处 电话0571-88886666");
    }

    @Test
    @DisplayName("NOTE-3: an office's own template replaces the default for its kind, with the same parameters")
    void officeTemplate() {
        ReminderPolicy policy = TestPolicies.withTexts(new OfficeTexts("滨江府", null, null,
                Map.of(ReminderKind.DOWN_PAYMENT, "【{office}】{name},{unit}首付{amountInWords}请于{date}前缴纳[,咨询{phone}]")));
        ReminderSchedule schedule = downPayment(policy);

        assertThat(ReminderText.text(schedule, schedule.reminders().getFirst(), policy))
                .isEqualTo("【滨江府】王先生,3-1802首付人民币玖拾壹万元整请于2026-12-21前缴纳");
    }
}
