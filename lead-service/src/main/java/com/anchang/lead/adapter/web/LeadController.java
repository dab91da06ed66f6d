package com.anchang.lead.adapter.web;

import com.anchang.lead.application.RegisteringLead;
import com.anchang.lead.application.ViewingLead;
import com.anchang.lead.domain.LeadSource;
import com.anchang.lead.domain.Needs;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/leads")
@Tag(name = "leads", description = "Customer registration, ownership and protection (LEAD-1, LEAD-3, LEAD-5, LEAD-10)")
class LeadController {

    private final RegisteringLead registering;
    private final ViewingLead viewing;

    LeadController(RegisteringLead registering, ViewingLead viewing) {
        this.registering = registering;
        this.viewing = viewing;
    }

    record RegisterLeadRequest(
            @NotBlank @Size(max = 64) String developerId,
            @NotBlank @Size(max = 64) String officeId,
            @NotBlank @Size(max = 64) String consultantId,
            @NotBlank @Size(max = 50) String customerName,
            @NotBlank @Size(max = 32) String mobile,
            @NotNull LeadSource source,
            @PositiveOrZero @DecimalMax("100000000000") @Digits(integer = 12, fraction = 2) BigDecimal budget,
            @Size(max = 40) String layout,
            @Positive @DecimalMax("10000") @Digits(integer = 5, fraction = 2) BigDecimal area) {
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Register a customer for the consultant who received them (LEAD-1); "
            + "a mobile already registered at the office is refused (LEAD-5)")
    LeadView register(@Valid @RequestBody RegisterLeadRequest request) {
        return LeadView.of(registering.register(new RegisteringLead.RegisterLead(request.developerId(),
                request.officeId(), request.consultantId(), request.customerName().strip(), request.mobile(),
                request.source(), new Needs(request.budget(), request.layout(), request.area()))));
    }

    @GetMapping("/{leadId}")
    @Operation(summary = "One lead, its owner and protection window; the mobile is masked (LEAD-10)")
    LeadView lead(@PathVariable String leadId) {
        return LeadView.of(viewing.lead(leadId));
    }
}
