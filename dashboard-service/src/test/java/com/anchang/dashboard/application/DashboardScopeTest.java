package com.anchang.dashboard.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.anchang.dashboard.domain.Count;
import com.anchang.dashboard.domain.Figures;
import com.anchang.support.problem.NotFoundException;
import com.anchang.support.security.Caller;
import com.anchang.support.tenancy.OfficeDirectory;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class DashboardScopeTest {

    final InMemoryOfficeFigures store = new InMemoryOfficeFigures();
    /** office-1 has figures; office-idle was opened and sent nothing yet. */
    final DashboardScope scope = new DashboardScope(store, 366,
            OfficeDirectory.inMemory(Map.of("office-1", "dev-1", "office-idle", "dev-1")));

    DashboardScopeTest() {
        store.add("dev-1", "office-1", LocalDate.parse("2026-11-20"), "e1", Figures.ZERO.plus(Count.SUBSCRIPTIONS, 3));
    }

    static Caller headOffice(String developerId) {
        return new Caller("u-hq", "hq", developerId, Map.of(), Set.of(Caller.HEAD_OFFICE), true);
    }

    @Test
    @DisplayName("ADR 32: head office reads an office of its developer that sent nothing yet; another developer's head office gets the same 404 office from the active office, the idle one and an unknown id")
    void officesAlike() {
        assertThatNoException().isThrownBy(() -> scope.office(headOffice("dev-1"), "office-idle"));
        assertThatNoException().isThrownBy(() -> scope.office(headOffice("dev-1"), "office-1"));
        for (String office : new String[] {"office-1", "office-idle", "office-unknown"}) {
            assertThatThrownBy(() -> scope.office(headOffice("dev-9"), office))
                    .isInstanceOfSatisfying(NotFoundException.class, e -> assertThat(e.kind()).isEqualTo("office"));
        }
        assertThatThrownBy(() -> scope.office(headOffice("dev-1"), "office-unknown")).isInstanceOf(NotFoundException.class);
    }
}
