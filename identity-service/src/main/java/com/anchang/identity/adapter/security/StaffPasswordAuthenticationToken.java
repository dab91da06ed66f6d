package com.anchang.identity.adapter.security;

import java.util.Map;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2AuthorizationGrantAuthenticationToken;

/** A token request of the staff password grant: the client (already authenticated), the credentials, the address. */
public class StaffPasswordAuthenticationToken extends OAuth2AuthorizationGrantAuthenticationToken {

    /** The extension grant type (RFC 6749 §4.5): staff password sign-in by the first-party gateway. */
    public static final AuthorizationGrantType GRANT_TYPE = new AuthorizationGrantType("urn:anchang:grant-type:password");

    private final String username;
    private final transient String password;
    private final String address;

    public StaffPasswordAuthenticationToken(Authentication clientPrincipal, String username, String password,
            String address) {
        super(GRANT_TYPE, clientPrincipal, Map.of());
        this.username = username;
        this.password = password;
        this.address = address;
    }

    public String username() {
        return username;
    }

    public String password() {
        return password;
    }

    public String address() {
        return address;
    }

    @Override
    public Object getCredentials() {
        return "";
    }
}
