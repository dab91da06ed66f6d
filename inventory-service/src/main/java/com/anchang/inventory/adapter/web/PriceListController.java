package com.anchang.inventory.adapter.web;

import com.anchang.inventory.application.CataloguingBuilding;
import com.anchang.inventory.application.ViewingInventory;
import com.anchang.inventory.domain.Building;
import com.anchang.inventory.domain.PriceList;
import com.anchang.support.problem.InvalidInputException;
import com.anchang.support.security.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Base64;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/inventory/price-lists")
@Tag(name = "price lists", description = "A building's units from an Excel (.xlsx) or CSV price list: check first, "
        + "then apply all-or-nothing (UNIT-1, UNIT-6: by the office's PM or sales control).")
class PriceListController {

    private final CataloguingBuilding cataloguing;

    PriceListController(CataloguingBuilding cataloguing) {
        this.cataloguing = cataloguing;
    }

    /** The file as base64; its name's ending (.csv or .xlsx) says how to read it. */
    record PriceListUpload(
            @NotBlank @Size(max = 64) String officeId,
            @NotBlank @Size(max = 64) String projectId,
            @NotBlank @Size(max = 40) String name,
            @NotBlank @Size(max = 200) String fileName,
            @NotBlank @Size(max = 7_000_000) String content) {
    }

    record Report(boolean valid, int units, List<PriceList.Problem> problems) {

        static Report of(PriceList list) {
            return new Report(list.valid(), list.units().size(), list.problems());
        }
    }

    static PriceList read(PriceListUpload upload) {
        return PriceList.read(Spreadsheets.read(upload.fileName(), decode(upload.content())));
    }

    /** The uploaded file's bytes: 400 naming content when it is not base64. */
    static byte[] decode(String content) {
        try {
            return Base64.getDecoder().decode(content.replaceAll("\\s", ""));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("content", "is not base64");
        }
    }

    @PostMapping("/check")
    @Operation(summary = "Dry run: the validation report of a price list (row, column, reason); nothing is stored",
            description = "By the PM or sales control of the named office (no role there: 404; another role: 403).")
    Report check(@Valid @RequestBody PriceListUpload upload, Caller caller) {
        cataloguing.mayCatalogue(caller, upload.officeId());
        return Report.of(read(upload));
    }

    @PostMapping
    @Operation(summary = "Apply a price list: a new building with its units, all or nothing",
            description = "201 with the building's board when every row is valid; otherwise 400 with the report and "
                    + "nothing stored. By the PM or sales control of the named office.")
    ResponseEntity<?> apply(@Valid @RequestBody PriceListUpload upload, Caller caller) {
        cataloguing.mayCatalogue(caller, upload.officeId());
        PriceList list = read(upload);
        if (!list.valid()) {
            return ResponseEntity.badRequest().body(Report.of(list));
        }
        Building.Catalogued catalogued = cataloguing.catalogue(caller, new CataloguingBuilding.CatalogueBuilding(
                upload.officeId(), upload.projectId(), upload.name(), list.units()));
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(BuildingBoard.of(new ViewingInventory.BuildingUnits(catalogued.building(), catalogued.units())));
    }
}
