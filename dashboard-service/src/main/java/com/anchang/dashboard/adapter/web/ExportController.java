package com.anchang.dashboard.adapter.web;

import com.anchang.dashboard.application.ViewingDashboards;
import com.anchang.dashboard.application.ViewingDashboards.OfficeDashboard;
import com.anchang.dashboard.application.ViewingDiscounts;
import com.anchang.dashboard.application.ViewingLeads;
import com.anchang.dashboard.application.ViewingMoney;
import com.anchang.dashboard.application.ViewingPeople;
import com.anchang.dashboard.application.ViewingSellThrough;
import com.anchang.dashboard.domain.BuildingSales;
import com.anchang.dashboard.domain.Funnel;
import com.anchang.dashboard.domain.LeagueTable;
import com.anchang.dashboard.domain.Mortgages;
import com.anchang.dashboard.domain.Receivables;
import com.anchang.dashboard.domain.SellThrough;
import com.anchang.support.problem.InvalidInputException;
import com.anchang.support.problem.NotFoundException;
import com.anchang.support.security.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Any dashboard table as an Excel workbook, scoped and checked as the table itself. */
@RestController
@RequestMapping("/api/dashboards")
@Tag(name = "dashboard", description = "Head office's and PMs' figures per office and period, from the other services' events")
class ExportController {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String TABLES = "funnel, offices (a developer's), consultants, discounts, receivables, mortgages, sell-through, leads";

    /** One office's row of a developer's dashboard. */
    record OfficeRow(String officeId, long receptions, long newLeads, long temporaryDeposits, long formalDeposits,
            long subscriptions, long contracts, long cancellations, long netSubscriptions, long netContracts,
            BigDecimal netSubscribedAmount, BigDecimal netContractedAmount, BigDecimal netCollected,
            BigDecimal collectionPercent) {

        static OfficeRow of(OfficeDashboard office) {
            Funnel f = office.funnel();
            List<Funnel.Step> s = f.steps();
            return new OfficeRow(office.officeId(), s.get(0).count(), s.get(1).count(), s.get(2).count(),
                    s.get(3).count(), s.get(4).count(), s.get(5).count(), f.cancellations(), f.netSubscriptions(),
                    f.netContracts(), f.sales().subscribed().netAmount(), f.sales().contracted().netAmount(),
                    f.money().netCollected(), f.money().collectionPercent());
        }
    }

    private final ViewingDashboards dashboards;
    private final ViewingSellThrough sellThrough;
    private final ViewingDiscounts discounts;
    private final ViewingMoney money;
    private final ViewingPeople people;
    private final ViewingLeads leads;

    ExportController(ViewingDashboards dashboards, ViewingSellThrough sellThrough, ViewingDiscounts discounts,
            ViewingMoney money, ViewingPeople people, ViewingLeads leads) {
        this.dashboards = dashboards;
        this.sellThrough = sellThrough;
        this.discounts = discounts;
        this.money = money;
        this.people = people;
        this.leads = leads;
    }

    @GetMapping("/offices/{officeId}/export/{table}")
    @Operation(summary = "One of an office's tables as an Excel workbook (.xlsx)",
            description = "Tables: funnel, consultants, discounts, mortgages (from and to needed), receivables (asOf, "
                    + "default today), sell-through. The same rows and scoping as the JSON table.")
    @ApiResponse(responseCode = "400", description = "from or to missing for a table over a period, or not dates")
    @ApiResponse(responseCode = "403", description = "A role of the office other than PM")
    @ApiResponse(responseCode = "404", description = "An office the caller has no role in and is not head office of, or no such table")
    ResponseEntity<byte[]> office(Caller caller, @PathVariable String officeId,
            @Parameter(description = TABLES) @PathVariable String table,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        String title = table + " of office " + officeId + (from != null && to != null ? ", " + from + " – " + to : "");
        byte[] workbook = switch (table) {
            case "funnel" -> TableWorkbook.of(title, dashboards.office(caller, officeId, needed(from, "from"),
                    needed(to, "to")).funnel().steps(), Funnel.Step.class);
            case "consultants" -> TableWorkbook.of(title, people.office(caller, officeId, needed(from, "from"),
                    needed(to, "to")).consultants().rows(), LeagueTable.Row.class);
            case "discounts" -> TableWorkbook.of(title, discounts.office(caller, officeId, needed(from, "from"),
                    needed(to, "to")).approvers(), ViewingDiscounts.ApproverDiscounts.class);
            case "mortgages" -> TableWorkbook.of(title, money.officeMortgages(caller, officeId, needed(from, "from"),
                    needed(to, "to")).mortgages().kinds(), Mortgages.Kind.class);
            case "receivables" -> {
                Receivables r = money.officeReceivables(caller, officeId, asOf).receivables();
                yield TableWorkbook.of(table + " of office " + officeId + " as of " + r.asOf(), r.deals(),
                        Receivables.Item.class);
            }
            case "sell-through" -> TableWorkbook.of(title, buildings(sellThrough.office(caller, officeId).sellThrough()),
                    BuildingSales.class);
            case "leads" -> TableWorkbook.of(title, leads.office(caller, officeId, needed(from, "from"), needed(to, "to"))
                    .leads(), ViewingLeads.OfficeLead.class);
            default -> throw new NotFoundException("table", table);
        };
        return answer(officeId + "-" + table, workbook);
    }

    @GetMapping("/developers/{developerId}/export/{table}")
    @Operation(summary = "One of a developer's tables, across the offices the caller sees, as an Excel workbook (.xlsx)",
            description = "Tables: offices (each office's funnel, net figures and collections), funnel, consultants, "
                    + "discounts, mortgages (from and to needed), receivables (asOf, default today), sell-through.")
    @ApiResponse(responseCode = "400", description = "from or to missing for a table over a period, or not dates")
    @ApiResponse(responseCode = "403", description = "Staff of the developer who are neither head office nor a PM")
    @ApiResponse(responseCode = "404", description = "Another developer, or no such table")
    ResponseEntity<byte[]> developer(Caller caller, @PathVariable String developerId,
            @Parameter(description = TABLES) @PathVariable String table,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        String title = table + " of developer " + developerId + (from != null && to != null ? ", " + from + " – " + to : "");
        byte[] workbook = switch (table) {
            case "offices" -> TableWorkbook.of(title, dashboards.developer(caller, developerId, needed(from, "from"),
                    needed(to, "to")).offices().stream().map(OfficeRow::of).toList(), OfficeRow.class);
            case "funnel" -> TableWorkbook.of(title, dashboards.developer(caller, developerId, needed(from, "from"),
                    needed(to, "to")).funnel().steps(), Funnel.Step.class);
            case "consultants" -> TableWorkbook.of(title, people.developer(caller, developerId, needed(from, "from"),
                    needed(to, "to")).consultants().rows(), LeagueTable.Row.class);
            case "discounts" -> TableWorkbook.of(title, discounts.developer(caller, developerId, needed(from, "from"),
                    needed(to, "to")).approvers(), ViewingDiscounts.ApproverDiscounts.class);
            case "mortgages" -> TableWorkbook.of(title, money.developerMortgages(caller, developerId,
                    needed(from, "from"), needed(to, "to")).mortgages().kinds(), Mortgages.Kind.class);
            case "receivables" -> {
                Receivables r = money.developerReceivables(caller, developerId, asOf).receivables();
                yield TableWorkbook.of(table + " of developer " + developerId + " as of " + r.asOf(), r.deals(),
                        Receivables.Item.class);
            }
            case "sell-through" -> TableWorkbook.of(title,
                    buildings(sellThrough.developer(caller, developerId).sellThrough()), BuildingSales.class);
            case "leads" -> TableWorkbook.of(title, leads.developer(caller, developerId, needed(from, "from"),
                    needed(to, "to")).leads(), ViewingLeads.OfficeLead.class);
            default -> throw new NotFoundException("table", table);
        };
        return answer(developerId + "-" + table, workbook);
    }

    private static List<BuildingSales> buildings(SellThrough sellThrough) {
        return sellThrough.projects().stream().flatMap(p -> p.buildings().stream()).toList();
    }

    private static LocalDate needed(LocalDate day, String name) {
        if (day == null) {
            throw new InvalidInputException(name, "is needed for this table (yyyy-MM-dd)");
        }
        return day;
    }

    private static ResponseEntity<byte[]> answer(String name, byte[] workbook) {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(XLSX))
                .header("Content-Disposition", "attachment; filename=\"" + name + ".xlsx\"").body(workbook);
    }
}
