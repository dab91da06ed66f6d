package com.anchang.commission.adapter.web;

import com.anchang.commission.application.ViewingStatements;
import com.anchang.support.security.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.YearMonth;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/commissions")
@Tag(name = "commission statements", description = "Monthly statements and the league table, derived from the ledger")
class StatementController {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final ViewingStatements statements;

    StatementController(ViewingStatements statements) {
        this.statements = statements;
    }

    @GetMapping("/consultants/{consultantId}/statement")
    @Operation(summary = "A consultant's monthly statement at an office: lines (deal, unit, amount, split, tier, stage) and totals",
            description = "The month's ledger entries (by their instant in the office's time zone), the month's totals "
                    + "(credited, commission, paid, clawed back, payable) and the balances to date. Read as the ledger.")
    @ApiResponse(responseCode = "403", description = "Another consultant's statement, asked by a consultant or sales control")
    @ApiResponse(responseCode = "404", description = "An office the caller has no role in (and is not head office)")
    ViewingStatements.Statement statement(Caller caller, @PathVariable String consultantId,
            @RequestParam @NotBlank @Size(max = 64) String officeId, @RequestParam YearMonth month) {
        return statements.statement(caller, officeId, consultantId, month);
    }

    @GetMapping(path = "/consultants/{consultantId}/statement.xlsx", produces = XLSX)
    @Operation(summary = "The same monthly statement as an Excel workbook")
    @ApiResponse(responseCode = "403", description = "Another consultant's statement, asked by a consultant or sales control")
    @ApiResponse(responseCode = "404", description = "An office the caller has no role in (and is not head office)")
    ResponseEntity<byte[]> workbook(Caller caller, @PathVariable String consultantId,
            @RequestParam @NotBlank @Size(max = 64) String officeId, @RequestParam YearMonth month) {
        ViewingStatements.Statement statement = statements.statement(caller, officeId, consultantId, month);
        return ResponseEntity.ok()
                .header("Content-Disposition", "attachment; filename=\"statement-" + consultantId + "-" + month + ".xlsx\"")
                .body(StatementWorkbook.of(statement));
    }

    @GetMapping("/league")
    @Operation(summary = "Head office: every office of its developer in a month, best first by credit, with its consultants",
            description = "Credited and commission totals per office and per consultant, from the month's ledger entries.")
    @ApiResponse(responseCode = "403", description = "Anyone but head office")
    ViewingStatements.League league(Caller caller, @RequestParam YearMonth month) {
        return statements.league(caller, month);
    }
}
