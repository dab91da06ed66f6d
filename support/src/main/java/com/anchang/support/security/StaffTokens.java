package com.anchang.support.security;

import java.time.Clock;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.JwtValidators;

/**
 * Reads a verified access token of identity-service into a {@link Caller}. The claim names are the
 * platform's contract (identity-service's StaffClaimNames): {@code sub}, {@code username},
 * {@code developer_id}, {@code office_roles} ({office id: [roles]}), {@code roles}, {@code certified}.
 */
public final class StaffTokens {

    public static final String USERNAME = "username";
    public static final String DEVELOPER_ID = "developer_id";
    public static final String OFFICE_ROLES = "office_roles";
    public static final String ROLES = "roles";
    public static final String CERTIFIED = "certified";

    private StaffTokens() {
    }

    /**
     * What makes a correctly signed token acceptable, the same at the gateway and in every service:
     * issued by {@code issuer}, within its validity by {@code clock} (60 s clock skew), with a subject.
     */
    public static OAuth2TokenValidator<Jwt> validator(String issuer, Clock clock) {
        JwtTimestampValidator lifetime = new JwtTimestampValidator();
        lifetime.setClock(clock);
        return new DelegatingOAuth2TokenValidator<>(
                JwtValidators.createDefaultWithValidators(lifetime, new JwtIssuerValidator(issuer)),
                new JwtClaimValidator<String>(JwtClaimNames.SUB, sub -> sub != null && !sub.isBlank()));
    }

    public static Caller caller(Jwt jwt) {
        Map<String, Set<String>> officeRoles = new LinkedHashMap<>();
        Object claim = jwt.getClaims().get(OFFICE_ROLES);
        if (claim instanceof Map<?, ?> map) {
            map.forEach((office, roles) -> officeRoles.put(String.valueOf(office), strings(roles)));
        }
        return new Caller(jwt.getSubject(), jwt.getClaimAsString(USERNAME), jwt.getClaimAsString(DEVELOPER_ID),
                officeRoles, strings(jwt.getClaims().get(ROLES)), Boolean.TRUE.equals(jwt.getClaims().get(CERTIFIED)));
    }

    private static Set<String> strings(Object value) {
        Set<String> result = new LinkedHashSet<>();
        if (value instanceof Collection<?> collection) {
            collection.forEach(item -> result.add(String.valueOf(item)));
        } else if (value instanceof String single) {
            result.addAll(List.of(single));
        }
        return result;
    }
}
