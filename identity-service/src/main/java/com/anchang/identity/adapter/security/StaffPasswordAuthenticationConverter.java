package com.anchang.identity.adapter.security;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.endpoint.OAuth2ParameterNames;
import org.springframework.security.web.authentication.AuthenticationConverter;

/**
 * Reads a token request of the staff password grant: {@code grant_type=urn:anchang:grant-type:password},
 * {@code username} and {@code password} as form parameters of the POST body (never in the query string).
 */
public class StaffPasswordAuthenticationConverter implements AuthenticationConverter {

    static final String USERNAME = "username";
    static final String PASSWORD = "password";

    @Override
    public Authentication convert(HttpServletRequest request) {
        if (!StaffPasswordAuthenticationToken.GRANT_TYPE.getValue()
                .equals(request.getParameter(OAuth2ParameterNames.GRANT_TYPE))) {
            return null;
        }
        String query = request.getQueryString();
        if (query != null && (query.contains(PASSWORD + "=") || query.contains(USERNAME + "="))) {
            throw invalidRequest("username and password must be sent in the form body, not in the URL");
        }
        String username = single(request, USERNAME);
        String password = single(request, PASSWORD);
        Authentication client = SecurityContextHolder.getContext().getAuthentication();
        return new StaffPasswordAuthenticationToken(client, username, password, ClientAddress.of(request));
    }

    private static String single(HttpServletRequest request, String name) {
        String[] values = request.getParameterValues(name);
        if (values == null || values.length != 1 || values[0].isBlank()) {
            throw invalidRequest("the parameter '" + name + "' is required once");
        }
        if (values[0].length() > 256) {
            throw invalidRequest("the parameter '" + name + "' is too long");
        }
        return values[0];
    }

    private static OAuth2AuthenticationException invalidRequest(String description) {
        return new OAuth2AuthenticationException(new OAuth2Error(OAuth2ErrorCodes.INVALID_REQUEST, description, null));
    }
}
