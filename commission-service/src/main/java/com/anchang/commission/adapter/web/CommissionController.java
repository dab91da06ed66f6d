package com.anchang.commission.adapter.web;

import com.anchang.commission.application.ViewingCredits;
import com.anchang.support.security.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/commissions")
@Tag(name = "commission", description = "Performance credits of deals and their ledger (COMM-1, COMM-2, COMM-4, COMM-6)")
class CommissionController {

    private final ViewingCredits viewing;

    CommissionController(ViewingCredits viewing) {
        this.viewing = viewing;
    }

    @GetMapping("/deals/{dealId}")
    @Operation(summary = "The credit of one deal: who it goes to, how much and why (COMM-1, COMM-2, COMM-4, COMM-6)",
            description = "The rules applied, the lead's ownership timeline up to the closing instant, the tiering and "
                    + "split arithmetic, the ledger entries. For a consultant it is (or was) credited to, and the "
                    + "office's PM and finance, and head office.")
    @ApiResponse(responseCode = "403", description = "A member of the deal's office it is not credited to (colleague, sales control)")
    @ApiResponse(responseCode = "404", description = "No credit for this deal, or one of an office the caller has no role in")
    CreditView ofDeal(Caller caller, @PathVariable String dealId) {
        return CreditView.of(viewing.ofDeal(caller, dealId));
    }

    @GetMapping("/consultants/{consultantId}/credits")
    @Operation(summary = "The deals credited to a consultant at an office, newest first",
            description = "A consultant reads their own; the office's PM and finance anyone's; head office anyone's at any "
                    + "office of its developer (only ever its own developer's credits).")
    @ApiResponse(responseCode = "403", description = "Another consultant's credits, asked by a consultant or sales control")
    @ApiResponse(responseCode = "404", description = "An office the caller has no role in (and is not head office)")
    List<CreditView> ofConsultant(Caller caller, @PathVariable String consultantId,
            @RequestParam @NotBlank @Size(max = 64) String officeId) {
        return viewing.ofConsultant(caller, officeId, consultantId).stream()
                .map(credit -> CreditView.of(credit, viewing.finalityOf(credit))).toList();
    }

    @GetMapping("/consultants/{consultantId}/ledger")
    @Operation(summary = "A consultant's ledger at an office: credit and reversal entries, each with its cause, and the balance",
            description = "The balance is the sum of the entries; provisional credits (before the subscription or the "
                    + "contract, office policy) are shown beside it, not in it. Read as the credits of a consultant.")
    @ApiResponse(responseCode = "403", description = "Another consultant's ledger, asked by a consultant or sales control")
    @ApiResponse(responseCode = "404", description = "An office the caller has no role in (and is not head office)")
    LedgerView ledgerOf(Caller caller, @PathVariable String consultantId,
            @RequestParam @NotBlank @Size(max = 64) String officeId) {
        return LedgerView.of(viewing.ledgerOf(caller, officeId, consultantId));
    }
}
