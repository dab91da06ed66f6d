package com.anchang.identity.adapter.web;

import com.anchang.identity.adapter.security.ClientAddress;
import com.anchang.identity.adapter.security.StaffClaimNames;
import com.anchang.identity.adapter.web.Views.AuditEntryView;
import com.anchang.identity.adapter.web.Views.ContactView;
import com.anchang.identity.adapter.web.Views.DeveloperView;
import com.anchang.identity.adapter.web.Views.MeView;
import com.anchang.identity.adapter.web.Views.OfficeView;
import com.anchang.identity.adapter.web.Views.SignedOutView;
import com.anchang.identity.adapter.web.Views.UserView;
import com.anchang.identity.application.Actor;
import com.anchang.identity.application.CertifyingConsultant;
import com.anchang.identity.application.ChangingPassword;
import com.anchang.identity.application.CreatingDeveloper;
import com.anchang.identity.application.CreatingUser;
import com.anchang.identity.application.EndingEmployment;
import com.anchang.identity.application.GrantingRole;
import com.anchang.identity.application.OpeningOffice;
import com.anchang.identity.application.ReadingAudit;
import com.anchang.identity.application.SettingContact;
import com.anchang.identity.application.SigningOut;
import com.anchang.identity.application.ViewingDirectory;
import com.anchang.identity.domain.Role;
import com.anchang.support.problem.InvalidInputException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The directory's admin API. Every call presents an access token of this issuer; who may do what is
 * decided on the caller's current directory entry (IDN-7), never on a header.
 */
@RestController
@RequestMapping("/api/identity")
@Tag(name = "identity", description = "Developers, offices, staff, role grants, sessions and the audit (IDN-1..7)")
class IdentityController {

    private final CreatingDeveloper creatingDeveloper;
    private final OpeningOffice openingOffice;
    private final CreatingUser creatingUser;
    private final GrantingRole grantingRole;
    private final EndingEmployment endingEmployment;
    private final CertifyingConsultant certifying;
    private final SigningOut signingOut;
    private final ViewingDirectory viewing;
    private final ReadingAudit readingAudit;
    private final ChangingPassword changingPassword;
    private final SettingContact settingContact;

    IdentityController(CreatingDeveloper creatingDeveloper, OpeningOffice openingOffice, CreatingUser creatingUser,
            GrantingRole grantingRole, EndingEmployment endingEmployment, CertifyingConsultant certifying,
            SigningOut signingOut, ViewingDirectory viewing, ReadingAudit readingAudit,
            ChangingPassword changingPassword, SettingContact settingContact) {
        this.creatingDeveloper = creatingDeveloper;
        this.openingOffice = openingOffice;
        this.creatingUser = creatingUser;
        this.grantingRole = grantingRole;
        this.endingEmployment = endingEmployment;
        this.certifying = certifying;
        this.signingOut = signingOut;
        this.viewing = viewing;
        this.readingAudit = readingAudit;
        this.changingPassword = changingPassword;
        this.settingContact = settingContact;
    }

    /** @param id the developer's own id (optional; generated when absent) */
    record CreateDeveloperRequest(@Size(max = 64) String id, @NotBlank @Size(max = 100) String name) {
    }

    /** @param id the office's own id (optional; generated when absent) */
    record OpenOfficeRequest(@Size(max = 64) String id, @NotBlank @Size(max = 64) String developerId,
            @NotBlank @Size(max = 100) String name,
            @Size(max = 64) String zone) {
    }

    record CreateUserRequest(
            @NotBlank @Size(max = 64) String username,
            @NotBlank @Size(max = 100) String displayName,
            @Size(max = 64) String developerId,
            @NotNull @Size(max = 128) String password,
            Boolean certified) {
    }

    record GrantRequest(@NotNull Role role, @Size(max = 64) String officeId) {
    }

    record CertificationRequest(@NotNull Boolean certified) {
    }

    record ChangePasswordRequest(@NotNull @Size(max = 128) String currentPassword,
            @NotNull @Size(max = 128) String password) {
    }

    record ResetPasswordRequest(@NotNull @Size(max = 128) String password) {
    }

    /** @param mobile a mainland mobile (spaces, dashes, +86 allowed); null or blank: none */
    record ContactRequest(@Size(max = 20) String mobile, @NotNull Boolean smsReminders) {
    }

    @PostMapping("/developers")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Register a developer (platform administrators)")
    DeveloperView createDeveloper(@Valid @RequestBody CreateDeveloperRequest request, @AuthenticationPrincipal Jwt caller,
            HttpServletRequest http) {
        return DeveloperView.of(creatingDeveloper.create(new CreatingDeveloper.CreateDeveloper(actor(caller, http),
                request.id(), request.name())));
    }

    @PostMapping("/offices")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Open a sales office of a developer (platform administrators); zone defaults to Asia/Shanghai")
    OfficeView openOffice(@Valid @RequestBody OpenOfficeRequest request, @AuthenticationPrincipal Jwt caller,
            HttpServletRequest http) {
        ZoneId zone = null;
        if (request.zone() != null) {
            try {
                zone = ZoneId.of(request.zone());
            } catch (DateTimeException e) {
                throw new InvalidInputException("zone", "is not a time zone id (e.g. Asia/Shanghai)");
            }
        }
        return OfficeView.of(openingOffice.open(new OpeningOffice.OpenOffice(actor(caller, http), request.id(), request.developerId(),
                request.name(), zone)));
    }

    @PostMapping("/users")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Create a user with an initial password of at least 10 characters (platform administrators)")
    UserView createUser(@Valid @RequestBody CreateUserRequest request, @AuthenticationPrincipal Jwt caller,
            HttpServletRequest http) {
        return UserView.of(creatingUser.create(new CreatingUser.CreateUser(actor(caller, http), request.username(),
                request.displayName(), request.developerId(), request.password(), Boolean.TRUE.equals(request.certified()))));
    }

    @GetMapping("/users")
    @Operation(summary = "A user of the caller's developer by username, for a PM to grant them a role in their office",
            description = "By a PM, head office or a platform administrator (IDN-7); other staff: 403. An unknown "
                    + "username and another developer's user answer alike: 404. Served by the unique username.")
    @ApiResponse(responseCode = "200", description = "The user with their grants")
    @ApiResponse(responseCode = "400", description = "username missing or not a username (IDN-1)")
    @ApiResponse(responseCode = "403", description = "The caller may not look users up (IDN-7)")
    @ApiResponse(responseCode = "404", description = "No such user of the caller's developer")
    UserView userByUsername(@RequestParam @NotBlank @Size(max = 64) String username, @AuthenticationPrincipal Jwt caller,
            HttpServletRequest http) {
        return UserView.of(viewing.byUsername(actor(caller, http), username));
    }

    @GetMapping("/users/{userId}")
    @Operation(summary = "A user: to themselves, their PM, their head office and platform administrators")
    UserView user(@PathVariable String userId, @AuthenticationPrincipal Jwt caller, HttpServletRequest http) {
        return UserView.of(viewing.user(actor(caller, http), userId));
    }

    @GetMapping("/offices/{officeId}")
    @Operation(summary = "An office: its name and time zone, in which its screens show dates and times; to the same "
            + "readers as its staff (its staff, its head office, platform administrators)")
    Views.OfficeView office(@PathVariable String officeId, @AuthenticationPrincipal Jwt caller, HttpServletRequest http) {
        return Views.OfficeView.of(viewing.office(actor(caller, http), officeId));
    }

    @GetMapping("/offices/{officeId}/staff")
    @Operation(summary = "Who works at an office now, by name and role, for its screens (the rotation board): its "
            + "staff, its head office and platform administrators; to anyone else the office is unknown (404)")
    List<Views.StaffView> staff(@PathVariable String officeId, @AuthenticationPrincipal Jwt caller,
            HttpServletRequest http) {
        return viewing.staffOf(actor(caller, http), officeId).stream()
                .map(user -> Views.StaffView.of(user, officeId)).toList();
    }

    @PostMapping("/users/{userId}/grants")
    @Operation(summary = "Grant a role (office roles with officeId): platform administrators, or a PM in their office")
    UserView grant(@PathVariable String userId, @Valid @RequestBody GrantRequest request,
            @AuthenticationPrincipal Jwt caller, HttpServletRequest http) {
        return UserView.of(grantingRole.grant(new GrantingRole.GrantRole(actor(caller, http), userId, request.role(),
                blankToNull(request.officeId()))));
    }

    @DeleteMapping("/users/{userId}/grants/{role}")
    @Operation(summary = "Revoke a role (office roles with ?officeId=): platform administrators, or a PM in their office")
    UserView revoke(@PathVariable String userId, @PathVariable Role role,
            @RequestParam(required = false) @Size(max = 64) String officeId, @AuthenticationPrincipal Jwt caller,
            HttpServletRequest http) {
        if (role.isOfficeRole() && (officeId == null || officeId.isBlank())) {
            throw new InvalidInputException("officeId", "is required for the office role " + role);
        }
        return UserView.of(grantingRole.revoke(new GrantingRole.GrantRole(actor(caller, http), userId, role,
                role.isOfficeRole() ? officeId : null)));
    }

    @PostMapping("/users/{userId}/leave")
    @Operation(summary = "Mark the user as LEFT: they can no longer sign in and their sessions end (IDN-6)")
    UserView leave(@PathVariable String userId, @AuthenticationPrincipal Jwt caller, HttpServletRequest http) {
        return UserView.of(endingEmployment.leave(new EndingEmployment.EndEmployment(actor(caller, http), userId)));
    }

    @PutMapping("/users/{userId}/certification")
    @Operation(summary = "Set whether the consultant is certified (上岗, ROT-1)")
    UserView certify(@PathVariable String userId, @Valid @RequestBody CertificationRequest request,
            @AuthenticationPrincipal Jwt caller, HttpServletRequest http) {
        return UserView.of(certifying.certify(new CertifyingConsultant.SetCertification(actor(caller, http), userId,
                request.certified())));
    }

    @PostMapping("/users/{userId}/sign-out")
    @Operation(summary = "End every session of a user (their managers)")
    SignedOutView signOutUser(@PathVariable String userId, @AuthenticationPrincipal Jwt caller, HttpServletRequest http) {
        return new SignedOutView(userId, signingOut.signOut(new SigningOut.SignOut(actor(caller, http), userId)));
    }

    @PostMapping("/users/{userId}/password")
    @Operation(summary = "Set a new password for a user who forgot theirs (their PM, head office or a platform "
            + "administrator, IDN-7); lifts a lockout and ends all their sessions")
    SignedOutView resetPassword(@PathVariable String userId, @Valid @RequestBody ResetPasswordRequest request,
            @AuthenticationPrincipal Jwt caller, HttpServletRequest http) {
        return new SignedOutView(userId, changingPassword.reset(new ChangingPassword.ResetPassword(actor(caller, http),
                userId, request.password())));
    }

    @PostMapping("/me/password")
    @Operation(summary = "Change your own password (IDN-4): the current one is checked like a sign-in (IDN-5); "
            + "every session ends, sign in again with the new one")
    @ApiResponse(responseCode = "400", description = "The new password breaks the policy (field password), or the "
            + "current one was not accepted (field currentPassword; wrong and locked look the same)")
    SignedOutView changePassword(@Valid @RequestBody ChangePasswordRequest request, @AuthenticationPrincipal Jwt caller,
            HttpServletRequest http) {
        return new SignedOutView(caller.getSubject(), changingPassword.change(new ChangingPassword.ChangeOwnPassword(
                actor(caller, http), request.currentPassword(), request.password())));
    }

    @GetMapping("/me/contact")
    @Operation(summary = "Your own mobile, masked (138****5678) as on every screen, and whether you are reminded by SMS "
            + "as well as in the app (NOTE-6)")
    ContactView contact(@AuthenticationPrincipal Jwt caller, HttpServletRequest http) {
        return ContactView.of(settingContact.mine(actor(caller, http)));
    }

    @PutMapping("/me/contact")
    @Operation(summary = "Set your own mobile and whether you are reminded by SMS as well as in the app (NOTE-6); "
            + "only you set yours; the audit names the number masked")
    @ApiResponse(responseCode = "400", description = "Not a mainland mobile number (field mobile), or SMS reminders "
            + "without a number (field smsReminders)")
    ContactView setContact(@Valid @RequestBody ContactRequest request, @AuthenticationPrincipal Jwt caller,
            HttpServletRequest http) {
        return ContactView.of(settingContact.set(new SettingContact.SetContact(actor(caller, http), request.mobile(),
                request.smsReminders())));
    }

    @PostMapping("/sign-out")
    @Operation(summary = "Sign out: end every session of the caller (all their refresh tokens)")
    SignedOutView signOut(@AuthenticationPrincipal Jwt caller, HttpServletRequest http) {
        return new SignedOutView(caller.getSubject(),
                signingOut.signOut(new SigningOut.SignOut(actor(caller, http), caller.getSubject())));
    }

    @GetMapping("/me")
    @Operation(summary = "The caller's identity as their access token states it")
    MeView me(@AuthenticationPrincipal Jwt caller) {
        Map<String, Object> officeRoles = caller.getClaimAsMap(StaffClaimNames.OFFICE_ROLES);
        Map<String, List<String>> roles = new java.util.TreeMap<>();
        if (officeRoles != null) {
            officeRoles.forEach((office, list) -> roles.put(office,
                    list instanceof List<?> l ? l.stream().map(String::valueOf).toList() : List.of()));
        }
        List<String> developerRoles = caller.getClaimAsStringList(StaffClaimNames.ROLES);
        return new MeView(caller.getSubject(), caller.getClaimAsString(StaffClaimNames.USERNAME),
                caller.getClaimAsString(StaffClaimNames.NAME), caller.getClaimAsString(StaffClaimNames.DEVELOPER_ID),
                roles, developerRoles == null ? List.of() : developerRoles,
                Boolean.TRUE.equals(caller.getClaimAsBoolean(StaffClaimNames.CERTIFIED)), caller.getExpiresAt());
    }

    @GetMapping("/audit")
    @Operation(summary = "The audit of an office (its PM, head office, platform) or a developer (head office, platform)"
            + " for one day (default today, Asia/Shanghai); without either, the platform's (platform administrators)")
    List<AuditEntryView> audit(@RequestParam(required = false) @Size(max = 64) String officeId,
            @RequestParam(required = false) @Size(max = 64) String developerId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            @AuthenticationPrincipal Jwt caller, HttpServletRequest http) {
        return readingAudit.read(new ReadingAudit.ReadAudit(actor(caller, http), blankToNull(officeId),
                blankToNull(developerId), date)).reversed().stream().map(AuditEntryView::of).toList();
    }

    private static Actor actor(Jwt caller, HttpServletRequest http) {
        return new Actor(caller.getSubject(), ClientAddress.of(http));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
