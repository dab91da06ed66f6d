package com.anchang.lead.adapter.web;

import com.anchang.lead.application.RecordingViolations;
import com.anchang.lead.domain.Violation;
import com.anchang.support.problem.InvalidInputException;
import com.anchang.support.security.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** LEAD-9 violations, for the office's PM (recording, reading) and head office (reading). */
@RestController
@RequestMapping("/api/leads/violations")
@Tag(name = "violations", description = "Grabbing, renaming the buyer, unit flipping, recorded for the PM (LEAD-9)")
class ViolationController {

    private final RecordingViolations violations;

    ViolationController(RecordingViolations violations) {
        this.violations = violations;
    }

    /** A violation as the PM reads it. */
    record ViolationView(String violationId, String officeId, String leadId, Violation.Kind kind,
            String offenderConsultantId, String rightfulOwnerConsultantId, String evidence, String recordedBy,
            Instant recordedAt, LocalDate businessDay, String origin, String reference) {

        static ViolationView of(Violation v) {
            return new ViolationView(v.id(), v.officeId(), v.leadId(), v.kind(), v.offenderConsultantId(),
                    v.rightfulOwnerConsultantId(), v.evidence(), v.recordedBy(), v.at(), v.day(), v.origin(),
                    v.reference());
        }
    }

    /** {@code offender} / {@code rightfulOwner} are the consultants' user ids (not the caller's identity). */
    record RecordRequest(
            @NotBlank @Size(max = 64) String officeId,
            @NotBlank @Size(max = 64) String leadId,
            @NotNull Violation.Kind kind,
            @NotBlank @Size(max = 64) String offender,
            @Size(max = 64) String rightfulOwner,
            @NotBlank @Size(max = 2000) String evidence) {
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "The office's PM records a violation against a consultant (LEAD-9: GRABBING, RENAMING, "
            + "UNIT_FLIPPING) on a lead of the office, with the evidence; the credit goes to the rightful owner (the "
            + "lead's owner unless named); published as lead.violation-recorded")
    ViolationView record(@Valid @RequestBody RecordRequest request, Caller caller) {
        String rightful = request.rightfulOwner() == null || request.rightfulOwner().isBlank() ? null
                : request.rightfulOwner().strip();
        return ViolationView.of(violations.record(caller, new RecordingViolations.RecordViolation(
                request.officeId().strip(), request.leadId().strip(), request.offender().strip(), rightful,
                request.kind(), request.evidence())));
    }

    @GetMapping
    @Operation(summary = "The office's violations recorded on a day, oldest first (LEAD-9): by the rotation (ROT-10, "
            + "a declined call taken back), with collision resolutions (LEAD-5) and by hand; for the office's PM and "
            + "head office")
    List<ViolationView> onDay(
            @Parameter(description = "the office", required = true) @RequestParam(required = false) String officeId,
            @Parameter(description = "a day of the office (YYYY-MM-DD); today in the office's zone if absent")
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            Caller caller) {
        if (officeId == null || officeId.isBlank()) {
            throw new InvalidInputException("officeId", "is required");
        }
        return violations.onDay(caller, officeId.strip(), date).stream().map(ViolationView::of).toList();
    }
}
