package com.anchang.identity.domain;

import static com.anchang.identity.domain.Fixtures.BINJIANG;
import static com.anchang.identity.domain.Fixtures.FOREIGN;
import static com.anchang.identity.domain.Fixtures.HUAXIN;
import static com.anchang.identity.domain.Fixtures.OTHER;
import static com.anchang.identity.domain.Fixtures.XIHU;
import static com.anchang.identity.domain.Fixtures.platformAdmin;
import static com.anchang.identity.domain.Fixtures.staff;
import static com.anchang.identity.domain.Fixtures.staffOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.anchang.support.problem.NotFoundException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class DirectoryAccessTest {

    final User pm = staffOf("pm.binjiang", HUAXIN, Role.PM, BINJIANG);
    final User newcomer = staff("new.consultant", HUAXIN);

    @Test
    @DisplayName("IDN-7: a PM grants office roles in their own office")
    void pmGrantsInOwnOffice() {
        assertThatCode(() -> DirectoryAccess.requireMayGrant(pm, newcomer, Role.CONSULTANT, BINJIANG))
                .doesNotThrowAnyException();
    }

    @Test
    @DisplayName("IDN-7: a PM is refused (403) in another office of their developer and for developer-level roles")
    void pmRefusedElsewhere() {
        assertThatThrownBy(() -> DirectoryAccess.requireMayGrant(pm, newcomer, Role.CONSULTANT, XIHU))
                .isInstanceOfSatisfying(AccessRefusedException.class, e -> assertThat(e.rule().id()).isEqualTo("IDN-7"));
        assertThatThrownBy(() -> DirectoryAccess.requireMayGrant(pm, newcomer, Role.HEAD_OFFICE, null))
                .isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> DirectoryAccess.requirePlatformAdmin(pm, "create users"))
                .isInstanceOf(AccessRefusedException.class);
    }

    @Test
    @DisplayName("IDN-7: another developer's office and users are invisible to a PM (404), not refused")
    void otherDeveloperInvisible() {
        User foreigner = staff("foreign.consultant", OTHER);

        assertThatThrownBy(() -> DirectoryAccess.requireMayGrant(pm, newcomer, Role.CONSULTANT, FOREIGN))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> DirectoryAccess.requireMayGrant(pm, foreigner, Role.CONSULTANT, BINJIANG))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    @DisplayName("IDN-7: a platform administrator may do anything; a consultant manages nobody but reads themselves")
    void adminAndConsultant() {
        User consultant = staffOf("li.na", HUAXIN, Role.CONSULTANT, BINJIANG);

        assertThatCode(() -> DirectoryAccess.requireMayGrant(platformAdmin(), newcomer, Role.HEAD_OFFICE, null))
                .doesNotThrowAnyException();
        assertThatCode(() -> DirectoryAccess.requireMayRead(consultant, consultant)).doesNotThrowAnyException();
        assertThatThrownBy(() -> DirectoryAccess.requireMayManage(consultant, newcomer))
                .isInstanceOf(AccessRefusedException.class);
        assertThatCode(() -> DirectoryAccess.requireMayManage(pm, consultant)).doesNotThrowAnyException();
    }

    @Test
    @DisplayName("IDN-7: an office's audit is read by its PM and its head office, not by its consultants")
    void auditReaders() {
        User headOffice = staffOf("head.office", HUAXIN, Role.HEAD_OFFICE, null);
        User consultant = staffOf("li.na", HUAXIN, Role.CONSULTANT, BINJIANG);

        assertThatCode(() -> DirectoryAccess.requireMayReadAudit(pm, BINJIANG)).doesNotThrowAnyException();
        assertThatCode(() -> DirectoryAccess.requireMayReadAudit(headOffice, XIHU)).doesNotThrowAnyException();
        assertThatThrownBy(() -> DirectoryAccess.requireMayReadAudit(pm, XIHU)).isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> DirectoryAccess.requireMayReadAudit(consultant, BINJIANG))
                .isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> DirectoryAccess.requireMayReadAudit(headOffice, FOREIGN))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    @DisplayName("IDN-7: a PM finds a user of their developer by username to add them to the office; a consultant is refused (403), another developer's user is not found (404)")
    void lookingUpByUsername() {
        User consultant = staffOf("li.na", HUAXIN, Role.CONSULTANT, BINJIANG);
        User foreigner = staff("foreign.consultant", OTHER);

        assertThatCode(() -> DirectoryAccess.requireMayLookUp(pm, newcomer)).doesNotThrowAnyException();
        assertThatThrownBy(() -> DirectoryAccess.requireMayLookUp(consultant, newcomer))
                .isInstanceOfSatisfying(AccessRefusedException.class, e -> assertThat(e.rule().id()).isEqualTo("IDN-7"));
        assertThatThrownBy(() -> DirectoryAccess.requireMayLookUp(pm, foreigner)).isInstanceOf(NotFoundException.class);
    }
}
