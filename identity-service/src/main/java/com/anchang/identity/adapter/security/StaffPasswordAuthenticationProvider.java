package com.anchang.identity.adapter.security;

import com.anchang.identity.application.SigningIn;
import com.anchang.identity.domain.User;
import java.security.Principal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.ClaimAccessor;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.OAuth2RefreshToken;
import org.springframework.security.oauth2.core.OAuth2Token;
import org.springframework.security.oauth2.server.authorization.OAuth2Authorization;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2AccessTokenAuthenticationToken;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2ClientAuthenticationToken;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.context.AuthorizationServerContextHolder;
import org.springframework.security.oauth2.server.authorization.token.DefaultOAuth2TokenContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenGenerator;
import org.springframework.security.authentication.AuthenticationProvider;

/**
 * The staff password grant at the token endpoint: the client must be authenticated and registered for
 * the grant; the credentials are checked by {@link SigningIn} (lockout, audit); a success issues a
 * signed JWT access token and a refresh token and stores the authorization. Every refusal of the
 * credentials is the same {@code invalid_grant} answer (IDN-5).
 */
public class StaffPasswordAuthenticationProvider implements AuthenticationProvider {

    /** The one answer to an unknown user, a wrong password, a locked account and a user who left. */
    public static final String REFUSAL = "the username or password is not correct, or the account cannot sign in now";

    private final SigningIn signingIn;
    private final OAuth2AuthorizationService authorizations;
    private final OAuth2TokenGenerator<? extends OAuth2Token> tokens;

    public StaffPasswordAuthenticationProvider(SigningIn signingIn, OAuth2AuthorizationService authorizations,
            OAuth2TokenGenerator<? extends OAuth2Token> tokens) {
        this.signingIn = signingIn;
        this.authorizations = authorizations;
        this.tokens = tokens;
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        StaffPasswordAuthenticationToken request = (StaffPasswordAuthenticationToken) authentication;
        OAuth2ClientAuthenticationToken client = request.getPrincipal() instanceof OAuth2ClientAuthenticationToken c
                && c.isAuthenticated() ? c : null;
        if (client == null || client.getRegisteredClient() == null) {
            throw new OAuth2AuthenticationException(OAuth2ErrorCodes.INVALID_CLIENT);
        }
        RegisteredClient registeredClient = client.getRegisteredClient();
        if (!registeredClient.getAuthorizationGrantTypes().contains(StaffPasswordAuthenticationToken.GRANT_TYPE)) {
            throw new OAuth2AuthenticationException(OAuth2ErrorCodes.UNAUTHORIZED_CLIENT);
        }

        User user = signingIn.signIn(new SigningIn.SignIn(request.username(), request.password(), request.address()))
                .user().orElseThrow(() -> new OAuth2AuthenticationException(
                        new OAuth2Error(OAuth2ErrorCodes.INVALID_GRANT, REFUSAL, null)));

        Authentication principal = UsernamePasswordAuthenticationToken.authenticated(user.id(), null, List.of());
        DefaultOAuth2TokenContext.Builder context = DefaultOAuth2TokenContext.builder()
                .registeredClient(registeredClient)
                .principal(principal)
                .authorizationServerContext(AuthorizationServerContextHolder.getContext())
                .authorizedScopes(Set.of())
                .authorizationGrantType(StaffPasswordAuthenticationToken.GRANT_TYPE)
                .authorizationGrant(request);
        OAuth2Authorization.Builder authorization = OAuth2Authorization.withRegisteredClient(registeredClient)
                .principalName(user.id())
                .authorizationGrantType(StaffPasswordAuthenticationToken.GRANT_TYPE)
                .authorizedScopes(Set.of())
                .attribute(Principal.class.getName(), principal);

        OAuth2TokenContext accessContext = context.tokenType(OAuth2TokenType.ACCESS_TOKEN).build();
        OAuth2Token generated = tokens.generate(accessContext);
        if (generated == null) {
            throw serverError("the access token could not be generated");
        }
        OAuth2AccessToken accessToken = new OAuth2AccessToken(OAuth2AccessToken.TokenType.BEARER,
                generated.getTokenValue(), generated.getIssuedAt(), generated.getExpiresAt(), Set.of());
        authorization.token(accessToken, metadata -> {
            if (generated instanceof ClaimAccessor claims) {
                metadata.put(OAuth2Authorization.Token.CLAIMS_METADATA_NAME, claims.getClaims());
            }
            metadata.put(OAuth2Authorization.Token.INVALIDATED_METADATA_NAME, false);
        });

        OAuth2Token refresh = tokens.generate(
                context.tokenType(OAuth2TokenType.REFRESH_TOKEN).authorization(authorization.build()).build());
        if (!(refresh instanceof OAuth2RefreshToken refreshToken)) {
            throw serverError("the refresh token could not be generated");
        }
        authorization.refreshToken(refreshToken);
        authorizations.save(authorization.build());
        return new OAuth2AccessTokenAuthenticationToken(registeredClient, client, accessToken, refreshToken, Map.of());
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return StaffPasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    private static OAuth2AuthenticationException serverError(String description) {
        return new OAuth2AuthenticationException(new OAuth2Error(OAuth2ErrorCodes.SERVER_ERROR, description, null));
    }
}
