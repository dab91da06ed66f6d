package com.anchang.lead.adapter.web;

import com.anchang.lead.application.LinkingLead;
import com.anchang.lead.application.ListingOwnedLeads;
import com.anchang.lead.application.LoggingFollowUp;
import com.anchang.lead.application.ManagingLead;
import com.anchang.lead.application.OfficeCalendar;
import com.anchang.lead.application.ReadingLeadAudit;
import com.anchang.lead.application.RegisteringLead;
import com.anchang.lead.application.ViewingLead;
import com.anchang.lead.domain.FollowUp;
import com.anchang.lead.domain.LeadLink;
import com.anchang.lead.domain.LeadSource;
import com.anchang.lead.domain.LeadStage;
import com.anchang.lead.domain.Needs;
import com.anchang.lead.domain.Registration;
import com.anchang.support.problem.InvalidInputException;
import com.anchang.support.security.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
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
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Who acts comes from the verified token ({@link Caller}), never from the request: the developer
 * and the owning consultant of a registration are the caller's.
 */
@RestController
@RequestMapping("/api/leads")
@Tag(name = "leads", description = "Customer registration, ownership and protection (LEAD-1, LEAD-3, LEAD-5, LEAD-10)")
class LeadController {

    private final RegisteringLead registering;
    private final ViewingLead viewing;
    private final ReadingLeadAudit audit;
    private final LoggingFollowUp followUps;
    private final ManagingLead managing;
    private final LinkingLead linking;
    private final OfficeCalendar calendar;
    private final ListingOwnedLeads owned;

    LeadController(RegisteringLead registering, ViewingLead viewing, ReadingLeadAudit audit,
            LoggingFollowUp followUps, ManagingLead managing, LinkingLead linking, OfficeCalendar calendar,
            ListingOwnedLeads owned) {
        this.owned = owned;
        this.linking = linking;
        this.registering = registering;
        this.viewing = viewing;
        this.audit = audit;
        this.followUps = followUps;
        this.managing = managing;
        this.calendar = calendar;
    }

    record RegisterLeadRequest(
            @NotBlank @Size(max = 64) String officeId,
            @NotBlank @Size(max = 50) String customerName,
            @NotBlank @Size(max = 32) String mobile,
            LeadSource source,
            @PositiveOrZero @DecimalMax("100000000000") @Digits(integer = 12, fraction = 2) BigDecimal budget,
            @Size(max = 40) String layout,
            @Positive @DecimalMax("10000") @Digits(integer = 5, fraction = 2) BigDecimal area,
            Registration.Kind kind,
            @Size(max = 64) String referredByLeadId,
            @NotNull Registration.Consent consent,
            @Size(max = 64) String receptionId) {
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Register a customer for the calling consultant, who received them, at an office where they "
            + "are a consultant (LEAD-1/2), with the customer's consent (VERBAL, SIGNED_FORM or ELECTRONIC; required); a mobile already registered at the office is refused (LEAD-5), or is a "
            + "returning buyer's new lead if that customer's lead is contracted (LEAD-7). kind REFERRAL (with "
            + "referredByLeadId, source REFERRAL by default) or PROXY_VIEWER pre-registers a customer before they "
            + "come (LEAD-7). receptionId names the walk-in or call the rotation gave the caller that the customer "
            + "came from; refused naming LEAD-2 unless the office logged it for the caller, who kept the visitor "
            + "(no log, no claim). The answer shows the owner the full mobile, audited (LEAD-10)")
    LeadView register(@Valid @RequestBody RegisterLeadRequest request, Caller caller) {
        Registration.Kind kind = request.kind() == null ? Registration.Kind.REGISTRATION : request.kind();
        // LEAD-7: a referral's source is REFERRAL unless said otherwise; every other registration names it
        LeadSource source = request.source() != null ? request.source()
                : kind == Registration.Kind.REFERRAL ? LeadSource.REFERRAL : null;
        if (source == null) {
            throw new InvalidInputException("source", "must not be null");
        }
        String referrer = blankToNull(request.referredByLeadId());
        if (referrer != null && kind == Registration.Kind.REGISTRATION) {
            throw new InvalidInputException("referredByLeadId", "is only for a pre-registration (kind REFERRAL or "
                    + "PROXY_VIEWER)");
        }
        String reception = blankToNull(request.receptionId());
        if (reception != null && kind != Registration.Kind.REGISTRATION) {
            throw new InvalidInputException("receptionId", "is only for a registration of a customer received (kind "
                    + "REGISTRATION)");
        }
        return LeadView.of(registering.register(caller, new RegisteringLead.RegisterLead(request.officeId(),
                request.customerName().strip(), request.mobile(), source,
                new Needs(request.budget(), request.layout(), request.area()),
                new Registration(kind, referrer, null, request.consent(), reception))));
    }

    @GetMapping("/audit")
    @Operation(summary = "Who was shown full customer contact details at an office on one day, newest first "
            + "(LEAD-10); for the office's PM and head office")
    List<AuditEntryView> audit(
            @Parameter(description = "the office whose audit to read", required = true)
            @RequestParam(required = false) String officeId,
            @Parameter(description = "a day of the office (YYYY-MM-DD); today in the office's zone if absent")
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            Caller caller) {
        if (officeId == null || officeId.isBlank()) {
            throw new InvalidInputException("officeId", "is required");
        }
        return audit.read(caller, new ReadingLeadAudit.ReadAudit(officeId.strip(), date)).stream()
                .map(AuditEntryView::of).toList();
    }

    record FollowUpRequest(
            @NotNull FollowUp.Channel channel,
            @NotNull Boolean effective,
            @Size(max = 2000) String note,
            @Size(max = 64) String corrects) {
    }

    @PostMapping("/{leadId}/follow-ups")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Append a follow-up to a lead's page (LEAD-4): channel PHONE, WECHAT or VISIT, effective or "
            + "not, a note, and optionally the id of an earlier entry it corrects (nothing is ever edited or "
            + "deleted). Only the owner or a PM of the office logs them. A follow-up the office's policy counts "
            + "moves the protection window (LEAD-3); refused once protection has ended")
    FollowUpView logFollowUp(@PathVariable String leadId, @Valid @RequestBody FollowUpRequest request, Caller caller) {
        return FollowUpView.of(followUps.log(caller, new LoggingFollowUp.LogFollowUp(leadId, request.channel(),
                request.effective(), request.note(), blankToNull(request.corrects()))));
    }

    @GetMapping("/{leadId}/follow-ups")
    @Operation(summary = "A lead's page of follow-ups, oldest first (LEAD-4); for its owner, a PM of its office and "
            + "head office")
    List<FollowUpView.FollowUpEntry> followUps(@PathVariable String leadId, Caller caller) {
        return followUps.page(caller, leadId).stream().map(FollowUpView.FollowUpEntry::of).toList();
    }

    record ReassignRequest(@NotBlank @Size(max = 64) String toConsultantId, @NotBlank @Size(max = 500) String reason) {
    }

    @PostMapping("/{leadId}/reassignment")
    @Operation(summary = "A PM of the lead's office reassigns it to another consultant with a reason (LEAD-8: a "
            + "consultant left, a customer complained); the new owner gets a new protection window; recorded in the "
            + "office's lead audit log")
    LeadStateView reassign(@PathVariable String leadId, @Valid @RequestBody ReassignRequest request, Caller caller,
            @Parameter(hidden = true) @AuthenticationPrincipal Jwt token) {
        return state(managing.reassign(caller, token.getTokenValue(), new ManagingLead.Reassign(leadId,
                request.toConsultantId().strip(), request.reason())));
    }

    record LinkRequest(
            @NotNull LeadLink.Relation relation,
            @NotBlank @Size(max = 50) String name,
            @NotBlank @Size(max = 32) String mobile,
            Boolean registeredTogether) {
    }

    @PostMapping("/{leadId}/links")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "The lead's owner or a PM of its office links a person to the customer (LEAD-6): SPOUSE, "
            + "PARENT, CHILD or COLLEAGUE_SAME_UNIT (one company buying one unit) are the same customer and reserve "
            + "their mobile for the lead (registering it later is registering this lead's customer); SIBLING and "
            + "OTHER_RELATIVE are separate customers unless registeredTogether, recorded only. A mobile that "
            + "belongs to another customer of the office is refused 409 LEAD-6 (the PM decides). Answers the lead")
    LeadView link(@PathVariable String leadId, @Valid @RequestBody LinkRequest request, Caller caller) {
        return LeadView.of(linking.link(caller, new LinkingLead.Link(leadId, request.relation(),
                request.name().strip(), request.mobile(), Boolean.TRUE.equals(request.registeredTogether()))));
    }

    record StageRequest(@NotNull LeadStage stage) {
    }

    @PostMapping("/{leadId}/stage")
    @Operation(summary = "The owner or a PM moves the lead's stage (LEAD-11): new → potential → intention → "
            + "negotiating → deposit → contracted, or lost; forward only, a contract after a deposit")
    LeadStateView stage(@PathVariable String leadId, @Valid @RequestBody StageRequest request, Caller caller) {
        return state(managing.changeStage(caller, new ManagingLead.ChangeStage(leadId, request.stage())));
    }

    @GetMapping("/compliance")
    @Operation(summary = "Minimum follow-ups per consultant at an office (LEAD-12: default 2 for phone leads, 3 for "
            + "visit leads): of the leads each owns, how many have at least that many effective follow-ups by them; "
            + "for the office's PM and head office")
    ComplianceView compliance(
            @Parameter(description = "the office", required = true) @RequestParam(required = false) String officeId,
            Caller caller) {
        if (officeId == null || officeId.isBlank()) {
            throw new InvalidInputException("officeId", "is required");
        }
        String office = officeId.strip();
        var figures = managing.compliance(caller, office);
        var minimums = managing.minimums(office);
        return new ComplianceView(office, minimums.phoneLeads(), minimums.visitLeads(), figures);
    }

    private LeadStateView state(com.anchang.lead.domain.Lead lead) {
        return LeadStateView.of(lead, lead.protection(calendar.now(), calendar.policy(lead.officeId())));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    @GetMapping("/owned")
    @Operation(summary = "My customers: the leads a consultant owns at the office, the soonest protection lapse first "
            + "(LEAD-3; then the released ones, then those who bought), with the countdown, stage and last follow-up. "
            + "q searches the customer's name or the last digits of the phone. The phone is masked for everyone "
            + "here (LEAD-10); the lead's own page shows it in full to whom it may. Without ownerConsultantId, the "
            + "caller's own (a consultant or PM of the office); another consultant's for the office's PM and head office")
    List<OwnedLeadView> owned(@RequestParam @Size(max = 64) String officeId,
            @Parameter(description = "whose customers; the caller's own when absent")
            @RequestParam(required = false) @Size(max = 64) String ownerConsultantId,
            @Parameter(description = "a name or part of it, or the last digits of the phone")
            @RequestParam(required = false) @Size(max = 50) String q,
            Caller caller) {
        return owned.owned(caller, officeId, blankToNull(ownerConsultantId), q).stream().map(OwnedLeadView::of).toList();
    }

    @GetMapping("/{leadId}")
    @Operation(summary = "One lead, its owner and protection window; the mobile is full for its owner, the office's "
            + "PM and head office (audited), masked for everyone else (LEAD-10)")
    LeadView lead(@PathVariable String leadId, Caller caller) {
        return LeadView.of(viewing.lead(caller, leadId));
    }
}
