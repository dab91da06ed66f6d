package com.anchang.notification.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.anchang.notification.config.ReminderPolicyConfiguration.PolicySettings;
import com.anchang.notification.domain.ReminderKind;
import com.anchang.notification.domain.ReminderPolicies;
import com.anchang.notification.domain.ReminderPolicy;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

class ReminderPolicyConfigurationTest {

    static PolicySettings bind(Map<String, String> properties) {
        return new Binder(new MapConfigurationPropertySource(properties)).bind("notification", PolicySettings.class).get();
    }

    static final Map<String, String> DEFAULTS = Map.of(
            "notification.policy.down-payment-days-before", "5,2",
            "notification.policy.mortgage-days-before", "7,3,1",
            "notification.policy.send-time", "10:00",
            "notification.policy.zone", "Asia/Shanghai",
            "notification.policy.quiet-from", "21:00",
            "notification.policy.quiet-to", "08:00",
            "notification.policy.mortgage-documents", "身份证、户口本");

    @Test
    @DisplayName("office policy: an office sets its own send time, name, phone and template; the rest is the default")
    void anOfficeOverTheDefaults() {
        Map<String, String> properties = new HashMap<>(DEFAULTS);
        properties.put("notification.offices.office-binjiang.send-time", "09:30");
        properties.put("notification.offices.office-binjiang.office-name", "华信·滨江府售楼处");
        properties.put("notification.offices.office-binjiang.office-phone", "0571-88886666");
        properties.put("notification.offices.office-binjiang.templates.MORTGAGE", "{name}:{date}办理按揭");
        ReminderPolicies policies = new ReminderPolicyConfiguration().reminderPolicies(bind(properties));

        ReminderPolicy binjiang = policies.forOffice("office-binjiang");
        ReminderPolicy other = policies.forOffice("office-other");

        assertThat(binjiang.sendTime()).isEqualTo(LocalTime.of(9, 30));
        assertThat(binjiang.mortgageDaysBefore()).containsExactly(7, 3, 1);
        assertThat(binjiang.zone()).isEqualTo(ZoneId.of("Asia/Shanghai"));
        assertThat(binjiang.quietHours()).isEqualTo(new ReminderPolicy.QuietHours(LocalTime.of(21, 0), LocalTime.of(8, 0)));
        assertThat(binjiang.texts().officeName()).isEqualTo("华信·滨江府售楼处");
        assertThat(binjiang.texts().mortgageDocuments()).isEqualTo("身份证、户口本");
        assertThat(binjiang.texts().templates()).containsEntry(ReminderKind.MORTGAGE, "{name}:{date}办理按揭");
        assertThat(other.sendTime()).isEqualTo(LocalTime.of(10, 0));
        assertThat(other.downPaymentDaysBefore()).isEqualTo(List.of(5, 2));
        assertThat(other.texts().officeName()).isNull();
        assertThat(other.texts().templates()).isEmpty();
    }

    @Test
    @DisplayName("NOTE-1 分期付款: instalments are reminded on the down payment's days unless the office sets its own")
    void instalmentDaysAreTheDownPaymentsUnlessSet() {
        Map<String, String> properties = new HashMap<>(DEFAULTS);
        properties.put("notification.offices.office-binjiang.instalment-days-before", "7,1");
        ReminderPolicies policies = new ReminderPolicyConfiguration().reminderPolicies(bind(properties));

        assertThat(policies.forOffice("office-binjiang").daysBefore(ReminderKind.INSTALMENT)).containsExactly(7, 1);
        assertThat(policies.forOffice("office-other").daysBefore(ReminderKind.INSTALMENT)).containsExactly(5, 2);
    }
}
