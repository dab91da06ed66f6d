package com.anchang.transaction.adapter.web;

import com.anchang.support.security.Caller;
import com.anchang.transaction.application.EscalationList;
import com.anchang.transaction.domain.DealStatus;
import com.anchang.transaction.domain.Escalation;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** DEAL-7: an office's escalation list, the PM's "what needs me today", and resolving an entry with a note. */
@RestController
@Tag(name = "escalations", description = "DEAL-7: overdue down payments, bounced cheques, lapsing holds and buyers "
        + "not reached, per office; read by its PM and finance (and head office), resolved by the PM with a note")
class EscalationController {

    private final EscalationList list;

    EscalationController(EscalationList list) {
        this.list = list;
    }

    /** One open entry: the deal it is on (the buyer's mobile masked, LEAD-10) and what needs the PM. */
    record EscalationEntry(String escalationId, Escalation.Kind kind, Instant raisedAt, String detail, String reference,
            String dealId, String unitCode, String buyerName, String buyerMobile, String consultantId,
            DealStatus status) {

        static EscalationEntry of(EscalationList.Entry entry) {
            Escalation e = entry.escalation();
            return new EscalationEntry(e.id(), e.kind(), e.raisedAt(), e.detail(), e.reference(), entry.deal().id(),
                    entry.deal().unitCode(), entry.deal().buyer().name(), entry.deal().buyer().maskedMobile(),
                    entry.deal().consultantId(), entry.deal().status());
        }
    }

    record OfficeEscalations(String officeId, List<EscalationEntry> open) {
    }

    record ResolveRequest(@NotBlank @Size(max = 500) String note) {
    }

    @GetMapping("/api/deals/escalations")
    @Operation(summary = "The office's open escalation list, oldest first (DEAL-7): what needs the PM today",
            description = "Down payments past their due date and unpaid, bounced cheques, holds about to lapse without "
                    + "a formal deposit, buyers a reminder did not reach. By the office's PM and finance, and head "
                    + "office; consultants and sales control: 403; no role at the office: 404.")
    @ApiResponse(responseCode = "200", description = "The open entries")
    @ApiResponse(responseCode = "403", description = "The caller is not the PM or finance of that office")
    @ApiResponse(responseCode = "404", description = "The caller has no role at that office")
    OfficeEscalations open(@RequestParam @Size(max = 64) String officeId, Caller caller) {
        return new OfficeEscalations(officeId, list.openOf(caller, officeId).stream().map(EscalationEntry::of).toList());
    }

    @PostMapping("/api/deals/{dealId}/escalations/{escalationId}/resolve")
    @Operation(summary = "The PM resolves an entry of the escalation list with a note (DEAL-7)",
            description = "Who and when are recorded with the note; transaction.escalation-resolved is published. "
                    + "Others: 403. Resolved already: 409 naming DEAL-7. A retry with the same Idempotency-Key has "
                    + "one effect.")
    @ApiResponse(responseCode = "200", description = "The deal, the entry resolved")
    @ApiResponse(responseCode = "404", description = "Unknown deal or entry")
    @ApiResponse(responseCode = "409", description = "The entry was resolved already (DEAL-7)")
    DealView resolve(@PathVariable String dealId, @PathVariable String escalationId,
            @Valid @RequestBody ResolveRequest request, Caller caller, RequestId requestId) {
        return DealView.of(list.resolve(caller, dealId, escalationId, request.note(), requestId.value()));
    }
}
