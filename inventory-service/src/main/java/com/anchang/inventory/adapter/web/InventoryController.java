package com.anchang.inventory.adapter.web;

import com.anchang.inventory.application.CancellingDeal;
import com.anchang.inventory.application.CataloguingBuilding;
import com.anchang.inventory.application.DecidingDiscount;
import com.anchang.inventory.application.HoldingUnit;
import com.anchang.inventory.application.ViewingInventory;
import com.anchang.inventory.application.WithholdingUnit;
import com.anchang.inventory.domain.Building;
import com.anchang.inventory.domain.UnitSpec;
import com.anchang.support.problem.InvalidInputException;
import com.anchang.support.security.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

@RestController
@RequestMapping("/api/inventory")
@Tag(name = "sales control", description = "Buildings, units and holds (UNIT-1, UNIT-2, UNIT-5, UNIT-6). Only the "
        + "office's staff and its head office see its buildings and units; to anyone else they are unknown (404).")
class InventoryController {

    private final CataloguingBuilding cataloguing;
    private final HoldingUnit holding;
    private final ViewingInventory viewing;
    private final WithholdingUnit withholding;
    private final CancellingDeal cancelling;
    private final DecidingDiscount discounts;
    private final BoardStream boardStream;

    InventoryController(CataloguingBuilding cataloguing, HoldingUnit holding, ViewingInventory viewing,
            WithholdingUnit withholding, CancellingDeal cancelling, DecidingDiscount discounts, BoardStream boardStream) {
        this.discounts = discounts;
        this.boardStream = boardStream;
        this.cataloguing = cataloguing;
        this.holding = holding;
        this.viewing = viewing;
        this.withholding = withholding;
        this.cancelling = cancelling;
    }

    record PriceListLine(
            @NotNull @Min(-5) @Max(200) Integer floor,
            @NotNull @Min(1) @Max(99) Integer number,
            @NotBlank @Size(max = 40) String layout,
            @NotNull @Positive @DecimalMax("10000") @Digits(integer = 5, fraction = 2) BigDecimal grossArea,
            @NotNull @Positive @DecimalMax("10000") @Digits(integer = 5, fraction = 2) BigDecimal netArea,
            @NotBlank @Size(max = 20) String orientation,
            @NotNull @Positive @DecimalMax("1000000000") @Digits(integer = 10, fraction = 2) BigDecimal listPrice) {
    }

    /** The developer is the caller's; the office is one where the caller is the PM or sales control. */
    record CatalogueBuildingRequest(
            @NotBlank @Size(max = 64) String officeId,
            @NotBlank @Size(max = 64) String projectId,
            @NotBlank @Size(max = 40) String name,
            @NotEmpty @Size(max = 5000) List<@Valid @NotNull PriceListLine> units) {
    }

    /** The holder is the caller (a consultant or sales control of the unit's office). */
    record HoldRequest(
            @NotBlank @Size(max = 64) String dealId,
            @NotBlank @Size(max = 100) String buyerRef) {
    }

    /** Why (recorded with who and when, from the token). */
    record ReasonRequest(@NotBlank @Size(max = 200) String reason) {
    }

    record CancelRequest(
            @NotBlank @Size(max = 64) String dealId,
            @NotBlank @Size(max = 200) String reason) {
    }

    /** The requester is the caller; the amount is taken off the list price (CNY, fen-exact). */
    record DiscountRequest(
            @NotBlank @Size(max = 64) String dealId,
            @NotNull @Positive @DecimalMax("1000000000") @Digits(integer = 10, fraction = 2) BigDecimal amount,
            @NotBlank @Size(max = 200) String reason) {
    }

    @PostMapping("/buildings")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Catalogue a building with the units of its price list",
            description = "For the caller's developer, in an office where the caller is the PM or sales control: "
                    + "an office where the caller has no role answers 404, another role 403.")
    BuildingBoard catalogue(@Valid @RequestBody CatalogueBuildingRequest request, Caller caller) {
        List<UnitSpec> specs = new java.util.ArrayList<>();
        for (int i = 0; i < request.units().size(); i++) {
            PriceListLine line = request.units().get(i);
            if (line.netArea().compareTo(line.grossArea()) > 0) {
                throw new InvalidInputException("units[" + i + "].netArea", "is larger than the gross area");
            }
            specs.add(new UnitSpec(line.floor(), line.number(), line.layout(), line.grossArea(), line.netArea(),
                    line.orientation(), line.listPrice()));
        }
        Building.Catalogued catalogued = cataloguing.catalogue(caller, new CataloguingBuilding.CatalogueBuilding(
                request.officeId(), request.projectId(), request.name(), specs));
        return BuildingBoard.of(new ViewingInventory.BuildingUnits(catalogued.building(), catalogued.units()));
    }

    /** One line of an office's list of buildings. */
    record BuildingSummary(String buildingId, String officeId, String projectId, String name, int floors,
            int unitsPerFloor) {
    }

    @GetMapping("/buildings")
    @Operation(summary = "An office's buildings, to choose a sales-control board (UNIT-5)",
            description = "For the office's staff and its head office, in the order they were catalogued; an office "
                    + "the caller cannot see answers 404.")
    List<BuildingSummary> buildings(@RequestParam @NotBlank @Size(max = 64) String officeId, Caller caller) {
        return viewing.buildingsOf(caller, officeId).stream()
                .map(b -> new BuildingSummary(b.id(), b.officeId(), b.projectId(), b.name(), b.floors(),
                        b.unitsPerFloor()))
                .toList();
    }

    @GetMapping("/buildings/{buildingId}")
    @Operation(summary = "The sales-control board of a building: floors × units with status and price (UNIT-5)")
    BuildingBoard board(@PathVariable String buildingId, Caller caller) {
        return BuildingBoard.of(viewing.building(caller, buildingId));
    }

    @GetMapping(path = "/buildings/{buildingId}/board/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @Operation(summary = "The board of a building, live: server-sent events named board (UNIT-5)",
            description = "The current board at once, then the whole board again within a second of any change of "
                    + "one of its units, for `seconds` (default 1800; 0 sends the current board and closes). Same "
                    + "readers as the board: the office's staff and head office.")
    SseEmitter boardStream(@PathVariable String buildingId,
            @RequestParam(defaultValue = "1800") @Min(0) @Max(86400) int seconds, Caller caller) {
        return boardStream.subscribe(buildingId, () -> BuildingBoard.of(viewing.building(caller, buildingId)),
                java.time.Duration.ofSeconds(seconds));
    }

    @GetMapping(path = "/buildings/{buildingId}/board.xlsx",
            produces = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    @Operation(summary = "The board and price list of a building as an Excel workbook, for the PM (UNIT-5, UNIT-6)",
            description = "The price list is the office's and never goes to customers: only the PM, sales control "
                    + "and head office export it; consultants and finance answer 403.")
    org.springframework.http.ResponseEntity<byte[]> boardWorkbook(@PathVariable String buildingId, Caller caller) {
        ViewingInventory.BuildingUnits view = viewing.building(caller, buildingId);
        caller.mustHold(view.building().officeId(), "export the price list", Caller.PM, Caller.SALES_CONTROL,
                Caller.HEAD_OFFICE);
        return org.springframework.http.ResponseEntity.ok()
                .header("Content-Disposition", "attachment; filename=\"board-" + buildingId + ".xlsx\"")
                .body(BoardWorkbook.of(BuildingBoard.of(view)));
    }

    @GetMapping("/units/{unitId}")
    @Operation(summary = "One unit and its sales-control status")
    UnitView unit(@PathVariable String unitId, Caller caller) {
        return UnitView.of(viewing.unit(caller, unitId));
    }

    @PostMapping("/units/{unitId}/hold")
    @Operation(summary = "Hold a unit for a deal: the first deposit wins (UNIT-2)",
            description = "By a consultant or sales control of the unit's office, who is recorded as the holder; "
                    + "other roles there answer 403.")
    UnitView hold(@PathVariable String unitId, @Valid @RequestBody HoldRequest request, Caller caller) {
        return UnitView.of(holding.hold(caller, new HoldingUnit.HoldUnit(unitId, request.dealId(), request.buyerRef())));
    }

    @PostMapping("/units/{unitId}/withhold")
    @Operation(summary = "Withhold an available unit from sale (控房, UNIT-1)",
            description = "By the PM or sales control of the unit's office, with a reason; a unit that is not "
                    + "available answers 409 naming UNIT-1. Publishes inventory.unit-withheld.")
    UnitView withhold(@PathVariable String unitId, @Valid @RequestBody ReasonRequest request, Caller caller) {
        return UnitView.of(withholding.withhold(caller, unitId, request.reason()));
    }

    @PostMapping("/units/{unitId}/release")
    @Operation(summary = "Put a withheld unit back on sale (UNIT-1)",
            description = "By the PM or sales control of the unit's office, with a reason; a unit that is not "
                    + "withheld answers 409 naming UNIT-1. Publishes inventory.unit-released.")
    UnitView release(@PathVariable String unitId, @Valid @RequestBody ReasonRequest request, Caller caller) {
        return UnitView.of(withholding.release(caller, unitId, request.reason()));
    }

    @PostMapping("/units/{unitId}/cancel")
    @Operation(summary = "Cancel a deal's hold, reservation or contract: the unit goes back on sale (UNIT-1)",
            description = "By the PM or sales control of the unit's office, naming the deal and a reason; a unit "
                    + "not held, reserved or contracted for that deal answers 409. Publishes inventory.unit-released.")
    UnitView cancel(@PathVariable String unitId, @Valid @RequestBody CancelRequest request, Caller caller) {
        return UnitView.of(cancelling.cancel(caller, unitId, request.dealId(), request.reason()));
    }

    @PostMapping("/units/{unitId}/discount")
    @Operation(summary = "Ask for a special discount on the deal that holds the unit (UNIT-4)",
            description = "By a consultant or sales control of the unit's office, who is recorded as the requester; "
                    + "it waits for the PM's decision. An amount that leaves no price answers 400; a unit not held "
                    + "for the deal, or with a discount waiting or approved, 409 naming UNIT-4.")
    UnitView requestDiscount(@PathVariable String unitId, @Valid @RequestBody DiscountRequest request, Caller caller) {
        return UnitView.of(discounts.request(caller, unitId, request.dealId(), request.amount(), request.reason()));
    }

    @PostMapping("/units/{unitId}/discount/approve")
    @Operation(summary = "Approve the waiting discount: it attaches to the hold (UNIT-4)",
            description = "Only the PM of the unit's office or head office, with a reason, recorded with who and "
                    + "when; a consultant answers 403. Publishes inventory.discount-approved.")
    UnitView approveDiscount(@PathVariable String unitId, @Valid @RequestBody ReasonRequest request, Caller caller) {
        return UnitView.of(discounts.approve(caller, unitId, request.reason()));
    }

    @PostMapping("/units/{unitId}/discount/reject")
    @Operation(summary = "Reject the waiting discount: the list price stands (UNIT-4)",
            description = "Only the PM of the unit's office or head office, with a reason, recorded with who and "
                    + "when; a consultant answers 403. Publishes inventory.discount-rejected.")
    UnitView rejectDiscount(@PathVariable String unitId, @Valid @RequestBody ReasonRequest request, Caller caller) {
        return UnitView.of(discounts.reject(caller, unitId, request.reason()));
    }
}
