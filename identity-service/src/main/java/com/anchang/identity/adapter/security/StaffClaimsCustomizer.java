package com.anchang.identity.adapter.security;

import com.anchang.identity.application.IssuingClaims;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;

/**
 * Puts the user's directory entry into every access token, read afresh at sign-in and at each refresh
 * (so a role granted or revoked shows in the next token). IDN-6: a user who left gets no new token.
 */
public class StaffClaimsCustomizer implements OAuth2TokenCustomizer<JwtEncodingContext> {

    private final IssuingClaims issuing;

    public StaffClaimsCustomizer(IssuingClaims issuing) {
        this.issuing = issuing;
    }

    @Override
    public void customize(JwtEncodingContext context) {
        if (!OAuth2TokenType.ACCESS_TOKEN.equals(context.getTokenType())) {
            return;
        }
        IssuingClaims.StaffClaims staff = issuing.claims(context.getPrincipal().getName())
                .orElseThrow(() -> new OAuth2AuthenticationException(new OAuth2Error(OAuth2ErrorCodes.INVALID_GRANT,
                        StaffPasswordAuthenticationProvider.REFUSAL, null)));
        context.getClaims().claims(claims -> {
            claims.put(StaffClaimNames.USERNAME, staff.username());
            claims.put(StaffClaimNames.NAME, staff.displayName());
            if (staff.developerId() != null) {
                claims.put(StaffClaimNames.DEVELOPER_ID, staff.developerId());
            }
            claims.put(StaffClaimNames.OFFICE_ROLES, staff.officeRoles());
            claims.put(StaffClaimNames.ROLES, staff.roles());
            claims.put(StaffClaimNames.CERTIFIED, staff.certified());
        });
    }
}
