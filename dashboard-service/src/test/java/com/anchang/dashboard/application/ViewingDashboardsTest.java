package com.anchang.dashboard.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.anchang.dashboard.application.ViewingDashboards.DeveloperDashboard;
import com.anchang.dashboard.application.ViewingDashboards.OfficeDashboard;
import com.anchang.dashboard.domain.Count;
import com.anchang.dashboard.domain.Figures;
import com.anchang.dashboard.domain.OfficeZones;
import com.anchang.support.problem.ForbiddenException;
import com.anchang.support.problem.InvalidInputException;
import com.anchang.support.problem.NotFoundException;
import com.anchang.support.security.Caller;
import com.anchang.support.tenancy.OfficeDirectory;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ViewingDashboardsTest {

    static final Caller HEAD_OFFICE = new Caller("u-hq", "hq", "dev-1", Map.of(), Set.of(Caller.HEAD_OFFICE), false);
    static final Caller PM_1 = new Caller("u-pm", "pm", "dev-1", Map.of("office-1", Set.of(Caller.PM)), Set.of(), false);
    static final Caller CONSULTANT_1 = new Caller("u-c", "c", "dev-1", Map.of("office-1", Set.of(Caller.CONSULTANT)),
            Set.of(), true);
    static final Caller OTHER_HEAD_OFFICE = new Caller("u-hq9", "hq9", "dev-9", Map.of(), Set.of(Caller.HEAD_OFFICE), false);

    /** Offices known from their events only (the directory told of none). */
    static DashboardScope scope(InMemoryOfficeFigures store) {
        return new DashboardScope(store, 366, OfficeDirectory.inMemory(Map.of()));
    }

    final InMemoryOfficeFigures store = new InMemoryOfficeFigures();
    final ViewingDashboards viewing = new ViewingDashboards(store, OfficeZones.DEFAULTS, scope(store),
            Clock.fixed(Instant.parse("2026-11-21T17:30:00Z"), ZoneOffset.UTC));

    static LocalDate day(String day) {
        return LocalDate.parse(day);
    }

    @BeforeEach
    void twoOfficesOfDev1() {
        store.add("dev-1", "office-1", day("2026-11-20"), "e1", Figures.ZERO.plus(Count.SUBSCRIPTIONS, 3));
        store.add("dev-1", "office-1", day("2026-11-10"), "e2", Figures.ZERO.plus(Count.SUBSCRIPTIONS, 2));
        store.add("dev-1", "office-2", day("2026-11-21"), "e3", Figures.ZERO.plus(Count.SUBSCRIPTIONS, 5));
        store.add("dev-9", "office-9", day("2026-11-21"), "e4", Figures.ZERO.plus(Count.SUBSCRIPTIONS, 7));
    }

    @Test
    @DisplayName("an office's dashboard sums its days in the period, and the same number of days before it for comparison")
    void officeAndPreviousPeriod() {
        OfficeDashboard dashboard = viewing.office(PM_1, "office-1", day("2026-11-16"), day("2026-11-22"));

        assertThat(dashboard.funnel().steps().get(4).count()).isEqualTo(3);
        assertThat(dashboard.previousPeriod().from()).isEqualTo(day("2026-11-09"));
        assertThat(dashboard.previous().steps().get(4).count()).isEqualTo(2);
        assertThat(dashboard.zone()).isEqualTo("Asia/Shanghai");
    }

    @Test
    @DisplayName("head office sees every office of its developer and their total; never another developer's")
    void headOffice() {
        DeveloperDashboard dashboard = viewing.developer(HEAD_OFFICE, "dev-1", day("2026-11-01"), day("2026-11-30"));

        assertThat(dashboard.offices()).extracting(OfficeDashboard::officeId).containsExactly("office-1", "office-2");
        assertThat(dashboard.funnel().steps().get(4).count()).isEqualTo(10);
        assertThatThrownBy(() -> viewing.developer(OTHER_HEAD_OFFICE, "dev-1", day("2026-11-01"), day("2026-11-30")))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> viewing.office(OTHER_HEAD_OFFICE, "office-1", day("2026-11-01"), day("2026-11-30")))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    @DisplayName("a PM sees their own office only, in the developer's dashboard too; a consultant of the office is refused (403), another office is unknown (404)")
    void pmAndOthers() {
        DeveloperDashboard dashboard = viewing.developer(PM_1, "dev-1", day("2026-11-01"), day("2026-11-30"));

        assertThat(dashboard.offices()).extracting(OfficeDashboard::officeId).containsExactly("office-1");
        assertThat(dashboard.funnel().steps().get(4).count()).isEqualTo(5);
        assertThatThrownBy(() -> viewing.office(PM_1, "office-2", day("2026-11-01"), day("2026-11-30")))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> viewing.office(CONSULTANT_1, "office-1", day("2026-11-01"), day("2026-11-30")))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> viewing.developer(CONSULTANT_1, "dev-1", day("2026-11-01"), day("2026-11-30")))
                .isInstanceOf(ForbiddenException.class);
    }

    @Test
    @DisplayName("a period that ends before it starts, or longer than the setting allows, is a 400 naming to")
    void badPeriods() {
        assertThatThrownBy(() -> viewing.office(PM_1, "office-1", day("2026-11-02"), day("2026-11-01")))
                .isInstanceOf(InvalidInputException.class).extracting("field").isEqualTo("to");
        assertThatThrownBy(() -> viewing.office(PM_1, "office-1", day("2026-01-01"), day("2027-01-02")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("at most 366 days");
        assertThat(viewing.office(PM_1, "office-1", day("2026-01-01"), day("2027-01-01")).period().days()).isEqualTo(366);
    }

    @Test
    @DisplayName("the morning report: each office's own yesterday, cut off at its midnight in its zone, beside the day before and a week before; the total sums each office's yesterday")
    void yesterdayInEachOfficesZone() {
        // 17:30 UTC on 21 Nov: 01:30 on the 22nd in Shanghai (office-1's yesterday is the 21st), still the 21st in
        // London (office-2's yesterday is the 20th; its figures of the 21st are today's)
        ViewingDashboards morning = new ViewingDashboards(store, new OfficeZones(ZoneId.of("Asia/Shanghai"),
                Map.of("office-2", ZoneId.of("Europe/London"))), scope(store),
                Clock.fixed(Instant.parse("2026-11-21T17:30:00Z"), ZoneOffset.UTC));
        store.add("dev-1", "office-1", day("2026-11-21"), "e5", Figures.ZERO.plus(Count.SUBSCRIPTIONS, 4));
        store.add("dev-1", "office-1", day("2026-11-14"), "e6", Figures.ZERO.plus(Count.SUBSCRIPTIONS, 1));
        store.add("dev-1", "office-2", day("2026-11-20"), "e7", Figures.ZERO.plus(Count.SUBSCRIPTIONS, 6));

        ViewingDashboards.YesterdayReport report = morning.yesterday(HEAD_OFFICE, "dev-1");

        assertThat(report.offices()).extracting(ViewingDashboards.OfficeYesterday::officeId,
                ViewingDashboards.OfficeYesterday::day, ViewingDashboards.OfficeYesterday::cutOff).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("office-1", day("2026-11-21"), Instant.parse("2026-11-21T16:00:00Z")),
                        org.assertj.core.groups.Tuple.tuple("office-2", day("2026-11-20"), Instant.parse("2026-11-21T00:00:00Z")));
        ViewingDashboards.OfficeYesterday first = report.offices().getFirst();
        assertThat(List.of(first.funnel().steps().get(4).count(), first.dayBefore().steps().get(4).count(),
                first.weekBefore().steps().get(4).count())).containsExactly(4L, 3L, 1L);
        assertThat(report.funnel().steps().get(4).count()).as("4 in Shanghai's yesterday, 6 in London's").isEqualTo(10);
        assertThat(morning.yesterday(PM_1, "dev-1").offices()).extracting(ViewingDashboards.OfficeYesterday::officeId)
                .containsExactly("office-1");
        assertThatThrownBy(() -> morning.yesterday(OTHER_HEAD_OFFICE, "dev-1")).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> morning.yesterday(CONSULTANT_1, "dev-1")).isInstanceOf(ForbiddenException.class);
    }
}
