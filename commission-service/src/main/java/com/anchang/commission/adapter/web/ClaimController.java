package com.anchang.commission.adapter.web;

import com.anchang.commission.application.ClaimingCredit;
import com.anchang.commission.application.ClaimingCredit.ClaimOnDeal;
import com.anchang.commission.domain.Adjudication;
import com.anchang.support.security.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/commissions")
@Tag(name = "commission claims", description = "Claims on a deal's credit and the PM's decisions (COMM-3, COMM-5, COMM-6)")
class ClaimController {

    record ClaimRequest(@NotBlank @Size(max = 2000) String evidence) {
    }

    record AwardRequest(@NotBlank @Size(max = 64) String consultantId,
            @NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax("1") BigDecimal fraction) {
    }

    record DecisionRequest(@NotNull Boolean accept, @Valid @Size(max = 10) List<AwardRequest> awards,
            @NotBlank @Size(max = 2000) String reason) {
    }

    record CoverRequest(@NotBlank @Size(max = 64) String creditedConsultantId, @NotNull ClaimingCredit.CoverKind kind,
            @NotBlank @Size(max = 2000) String reason) {
    }

    private final ClaimingCredit claiming;

    ClaimController(ClaimingCredit claiming) {
        this.claiming = claiming;
    }

    @PostMapping("/deals/{dealId}/claims")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "A consultant claims a closed deal's credit, with evidence (COMM-3)",
            description = "Accepted up to the office's claim window (default 7 days) after the closing day in the office's "
                    + "time zone; later it is forfeited (409 naming COMM-3).")
    @ApiResponse(responseCode = "403", description = "Not a consultant at the deal's office")
    @ApiResponse(responseCode = "404", description = "No credit for this deal, or one of an office the caller has no role in")
    @ApiResponse(responseCode = "409", description = "COMM-3: after the window, or an open claim of the caller's already")
    ClaimOnDeal raise(Caller caller, @PathVariable String dealId, @Valid @RequestBody ClaimRequest request) {
        return claiming.raise(caller, new ClaimingCredit.RaiseClaim(dealId, request.evidence()));
    }

    @PostMapping("/deals/{dealId}/claims/{claimId}/decision")
    @Operation(summary = "The PM accepts or rejects a claim, with a reason (COMM-3, COMM-6)",
            description = "Accepted, the credit moves (to the claimant, or by the awards given) by entries caused by the "
                    + "decision, never by an edit; the claim records who decided, when and why.")
    @ApiResponse(responseCode = "403", description = "Not the PM of the deal's office")
    @ApiResponse(responseCode = "409", description = "COMM-6: the claim was decided already, or the deal was cancelled")
    CreditView decide(Caller caller, @PathVariable String dealId, @PathVariable String claimId,
            @Valid @RequestBody DecisionRequest request) {
        List<Adjudication.Award> awards = request.awards() == null ? List.of() : request.awards().stream()
                .map(a -> new Adjudication.Award(a.consultantId(), a.fraction())).toList();
        return CreditView.of(claiming.decide(caller, new ClaimingCredit.DecideClaim(dealId, claimId, request.accept(),
                awards, request.reason())), null);
    }

    @PostMapping("/deals/{dealId}/cover")
    @Operation(summary = "The PM records that the deal's reception covered for a colleague or was a mutual delegation (COMM-5)",
            description = "The credit goes to the named colleague alone (no credit for the cover, no split), by entries "
                    + "caused by the decision.")
    @ApiResponse(responseCode = "403", description = "Not the PM of the deal's office")
    @ApiResponse(responseCode = "409", description = "COMM-3: the deal's credit is final (its claim window is over); "
            + "COMM-6: the deal was cancelled")
    CreditView cover(Caller caller, @PathVariable String dealId, @Valid @RequestBody CoverRequest request) {
        return CreditView.of(claiming.cover(caller, new ClaimingCredit.RecordCover(dealId, request.creditedConsultantId(),
                request.kind(), request.reason())), null);
    }

    @GetMapping("/claims/mine")
    @Operation(summary = "The claims the calling consultant raised at an office, with their states")
    @ApiResponse(responseCode = "404", description = "An office the caller has no role in")
    List<ClaimOnDeal> mine(Caller caller, @RequestParam @NotBlank @Size(max = 64) String officeId) {
        return claiming.mine(caller, officeId);
    }

    @GetMapping("/offices/{officeId}/claims")
    @Operation(summary = "An office's claims for its PM to adjudicate, open ones first (head office reads them too)")
    @ApiResponse(responseCode = "403", description = "A consultant, sales control or finance of the office")
    @ApiResponse(responseCode = "404", description = "An office the caller has no role in (and is not head office)")
    List<ClaimOnDeal> ofOffice(Caller caller, @PathVariable String officeId) {
        return claiming.ofOffice(caller, officeId);
    }
}
