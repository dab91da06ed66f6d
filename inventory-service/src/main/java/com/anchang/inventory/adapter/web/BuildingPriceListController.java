package com.anchang.inventory.adapter.web;

import com.anchang.inventory.application.RepricingBuilding;
import com.anchang.inventory.domain.PriceList;
import com.anchang.inventory.domain.PriceListVersion;
import com.anchang.inventory.domain.Repricing;
import com.anchang.support.security.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/inventory/buildings/{buildingId}/price-lists")
@Tag(name = "price-list versions", description = "Re-imports of changed prices for an existing building, each applied "
        + "as a numbered version with who, when and what changed (UNIT-1, UNIT-6). Units held, reserved or contracted "
        + "keep their deal's price. Check and apply: the PM or sales control of the building's office; the history "
        + "also head office.")
class BuildingPriceListController {

    private final RepricingBuilding repricing;

    BuildingPriceListController(RepricingBuilding repricing) {
        this.repricing = repricing;
    }

    /**
     * The file as base64; its name's ending (.csv or .xlsx) says how to read it. Columns floor, number
     * and listPrice (or 楼层, 房号, 总价); others are ignored.
     */
    record PricesUpload(
            @NotBlank @Size(max = 200) String fileName,
            @NotBlank @Size(max = 7_000_000) String content) {
    }

    /** The dry run: problems (row, column, reason) and the changes unit by unit. */
    record RepricingReport(boolean valid, int changed, int unchanged, List<PriceList.Problem> problems,
            List<Repricing.PriceChange> changes, List<Repricing.NotRepriced> notRepriced) {

        static RepricingReport of(Repricing plan) {
            return new RepricingReport(plan.valid(), plan.changes().size(), plan.unchanged(), plan.problems(),
                    plan.changes(), plan.notRepriced());
        }
    }

    /** One price-list version with its changes. */
    record VersionView(String buildingId, int version, PriceListVersion.State state, String fileName, String appliedBy,
            Instant startedAt, Instant appliedAt, int changed, List<Repricing.PriceChange> changes,
            List<Repricing.NotRepriced> notRepriced) {

        static VersionView of(PriceListVersion v) {
            return new VersionView(v.buildingId(), v.number(), v.state(), v.fileName(), v.appliedBy(), v.startedAt(),
                    v.appliedAt(), v.changes().size(), v.changes(), v.notRepriced());
        }
    }

    /** A line of the history: who, when, how many changes. */
    record VersionSummary(int version, PriceListVersion.State state, String fileName, String appliedBy,
            Instant startedAt, Instant appliedAt, int changed, int notRepriced) {
    }

    record History(String buildingId, List<VersionSummary> versions) {
    }

    static PriceList.Prices read(PricesUpload upload) {
        return PriceList.readPrices(Spreadsheets.read(upload.fileName(), PriceListController.decode(upload.content())));
    }

    @PostMapping("/check")
    @Operation(summary = "Dry run of a re-import of prices: problems and the changes unit by unit; nothing is stored",
            description = "Rows naming unknown units, duplicate units, missing, zero, negative or absurd prices (more "
                    + "than 10 times or less than a tenth of the current one) are problems. A unit held, reserved or "
                    + "contracted is reported as \"not repriced: <status> for deal <id>\".")
    RepricingReport check(@PathVariable String buildingId, @Valid @RequestBody PricesUpload upload, Caller caller) {
        repricing.mayReprice(caller, buildingId);
        return RepricingReport.of(repricing.check(caller, buildingId, read(upload)));
    }

    @PostMapping
    @Operation(summary = "Apply a re-import of prices as the building's next price-list version, all or nothing",
            description = "201 with the version (who, when, the changes) when no row has a problem; otherwise 400 with "
                    + "the report and nothing changed. A list that changes no repriceable unit's price: 400 naming "
                    + "content. Publishes inventory.units-repriced.")
    ResponseEntity<?> apply(@PathVariable String buildingId, @Valid @RequestBody PricesUpload upload, Caller caller) {
        repricing.mayReprice(caller, buildingId);
        RepricingBuilding.Applied applied = repricing.apply(caller, buildingId, upload.fileName(), read(upload));
        if (applied.version() == null) {
            return ResponseEntity.badRequest().body(RepricingReport.of(applied.plan()));
        }
        return ResponseEntity.status(HttpStatus.CREATED).body(VersionView.of(applied.version()));
    }

    @GetMapping
    @Operation(summary = "The building's price-list history: every version with who, when and how many changes")
    History history(@PathVariable String buildingId, Caller caller) {
        return new History(buildingId, repricing.history(caller, buildingId).stream()
                .map(v -> new VersionSummary(v.number(), v.state(), v.fileName(), v.appliedBy(), v.startedAt(),
                        v.appliedAt(), v.changes().size(), v.notRepriced().size()))
                .toList());
    }

    @GetMapping("/{version}")
    @Operation(summary = "One price-list version of the building with its changes unit by unit")
    VersionView version(@PathVariable String buildingId, @PathVariable @Min(1) @Max(100_000) int version,
            Caller caller) {
        return VersionView.of(repricing.version(caller, buildingId, version));
    }
}
