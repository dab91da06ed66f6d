package com.anchang.inventory.adapter.web;

import com.anchang.inventory.application.OpeningSales;
import com.anchang.inventory.domain.Opening;
import com.anchang.support.security.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/inventory/openings")
@Tag(name = "openings", description = "开盘: a batch of units on sale at a set time (OPEN-1), at most N per buyer (OPEN-2), "
        + "first come first served (UNIT-2).")
class OpeningController {

    private final OpeningSales openings;

    OpeningController(OpeningSales openings) {
        this.openings = openings;
    }

    /** Opened by the caller (the office's PM); quotaPerBuyer defaults to the office's policy. */
    record OpenRequest(
            @NotBlank @Size(max = 64) String officeId,
            @NotBlank @Size(max = 60) String name,
            @NotEmpty @Size(max = 5000) List<@NotBlank @Size(max = 64) String> unitIds,
            @NotNull Instant opensAt,
            @Min(1) @Max(50) Integer quotaPerBuyer) {
    }

    record OpeningView(String openingId, String officeId, String name, List<String> unitIds, Instant opensAt,
            int quotaPerBuyer, String openedBy, Instant openedAt) {

        static OpeningView of(Opening o) {
            return new OpeningView(o.id(), o.officeId(), o.name(), o.unitIds(), o.opensAt(), o.quotaPerBuyer(),
                    o.openedBy(), o.openedAt());
        }
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Open a batch of the office's units for sale at a set time (开盘)",
            description = "By the PM of the office the request names (no role there: 404; another role: 403). Every "
                    + "unit must be the office's and available or withheld (else 409 naming OPEN-1); none is changed "
                    + "unless all can be. Holds before opensAt answer 409 naming OPEN-1; a buyer's hold beyond "
                    + "quotaPerBuyer 409 naming OPEN-2. Publishes inventory.opening-started.")
    OpeningView open(@Valid @RequestBody OpenRequest request, Caller caller) {
        return OpeningView.of(openings.open(caller, new OpeningSales.OpenUnits(request.officeId(), request.name(),
                request.unitIds(), request.opensAt(), request.quotaPerBuyer())));
    }

    @GetMapping("/{openingId}")
    @Operation(summary = "One opening: its units, time and per-buyer quota")
    OpeningView opening(@PathVariable String openingId, Caller caller) {
        return OpeningView.of(openings.opening(caller, openingId));
    }
}
