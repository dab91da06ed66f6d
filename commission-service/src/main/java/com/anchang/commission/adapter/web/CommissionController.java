package com.anchang.commission.adapter.web;

import com.anchang.commission.application.ViewingCredits;
import io.swagger.v3.oas.annotations.Operation;
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
@Tag(name = "commission", description = "Performance credits of deals (COMM-1)")
class CommissionController {

    private final ViewingCredits viewing;

    CommissionController(ViewingCredits viewing) {
        this.viewing = viewing;
    }

    @GetMapping("/deals/{dealId}")
    @Operation(summary = "The credit of one deal: who it goes to and why (COMM-1)")
    CreditView ofDeal(@PathVariable String dealId) {
        return CreditView.of(viewing.ofDeal(dealId));
    }

    @GetMapping("/consultants/{consultantId}/credits")
    @Operation(summary = "The deals credited to a consultant at an office, newest first")
    List<CreditView> ofConsultant(@PathVariable String consultantId,
            @RequestParam @NotBlank @Size(max = 64) String officeId) {
        return viewing.ofConsultant(officeId, consultantId).stream().map(CreditView::of).toList();
    }
}
