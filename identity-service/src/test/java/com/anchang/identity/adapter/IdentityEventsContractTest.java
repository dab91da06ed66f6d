package com.anchang.identity.adapter;

import static org.assertj.core.api.Assertions.assertThat;

import com.anchang.events.GoldenSamples;
import com.anchang.events.identity.OfficeOpened;
import com.anchang.events.identity.StaffContactChanged;
import com.anchang.identity.adapter.messaging.IdentityEvents;
import com.anchang.identity.domain.Employment;
import com.anchang.identity.domain.Office;
import com.anchang.identity.domain.Role;
import com.anchang.identity.domain.RoleGrant;
import com.anchang.identity.domain.User;
import com.anchang.support.messaging.EventJson;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** What identity-service publishes serialises to its golden samples. */
class IdentityEventsContractTest {

    static final Instant AT = Instant.parse("2026-11-24T02:15:00Z");

    static User liNa() {
        return User.restore("u-bj-consultant-1", "li.na", "李娜", "dev-huaxin", "{test}x", Employment.ACTIVE, true, 0,
                null, Set.of(new RoleGrant("office-binjiang", Role.CONSULTANT)), null, false, 6);
    }

    @Test
    @DisplayName("NOTE-6: a consultant who sets their mobile and SMS reminders is published as identity.staff-contact-changed v1, as its golden sample (the full number, the version written as sequence)")
    void contactChanged() {
        User user = liNa();
        user.chooseContact("139 1234 5678", true, AT);

        Record produced = IdentityEvents.toContract(user, user.version() + 1);

        assertThat(produced).isEqualTo(EventJson.read(GoldenSamples.json(StaffContactChanged.TYPE,
                StaffContactChanged.VERSION), StaffContactChanged.class));
    }

    @Test
    @DisplayName("NOTE-6, IDN-6: a consultant who leaves is told with no mobile and no SMS, not employed")
    void leftWithdrawsTheContact() {
        User user = User.restore("u-bj-consultant-1", "li.na", "李娜", "dev-huaxin", "{test}x", Employment.ACTIVE, true,
                0, null, Set.of(new RoleGrant("office-binjiang", Role.CONSULTANT)), "13912345678", true, 9);
        user.leave(AT);

        StaffContactChanged produced = IdentityEvents.toContract(user, 10);

        assertThat(produced.employed()).isFalse();
        assertThat(produced.mobile()).isNull();
        assertThat(produced.smsReminders()).isFalse();
        assertThat(produced.sequence()).isEqualTo(10);
        assertThat(produced.changedAt()).isEqualTo(AT);
    }

    @Test
    @DisplayName("IDN-7: an opened office is published as identity.office-opened v1, as its golden sample")
    void officeOpened() {
        Office office = new Office("office-binjiang", "dev-huaxin", "滨江售楼处", ZoneId.of("Asia/Shanghai"));

        Record produced = IdentityEvents.toContract(office, Instant.parse("2026-11-20T01:00:00Z"));

        assertThat(produced).isEqualTo(EventJson.read(GoldenSamples.json(OfficeOpened.TYPE, OfficeOpened.VERSION),
                OfficeOpened.class));
    }
}
