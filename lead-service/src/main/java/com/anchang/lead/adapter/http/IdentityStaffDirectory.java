package com.anchang.lead.adapter.http;

import com.anchang.lead.application.StaffDirectory;
import com.anchang.support.problem.UnavailableException;
import feign.FeignException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cloud.client.circuitbreaker.CircuitBreaker;

/**
 * The staff directory as identity-service answers it over HTTP, through one circuit breaker with a time
 * limiter. "No such user" (404, also for a user the caller may not see) is an answer; anything else that
 * is not an answer in time becomes "unknown, try again" (503), never a guess.
 */
public class IdentityStaffDirectory implements StaffDirectory {

    /** The circuit breaker (and time limiter) of the identity-service downstream. */
    public static final String BREAKER = "identity-service";

    private static final Logger log = LoggerFactory.getLogger(IdentityStaffDirectory.class);

    private final IdentityClient client;
    private final CircuitBreaker breaker;

    public IdentityStaffDirectory(IdentityClient client, CircuitBreaker breaker) {
        this.client = client;
        this.breaker = breaker;
    }

    @Override
    public boolean isConsultantAt(String userId, String officeId, String accessToken) {
        String authorization = "Bearer " + accessToken;
        return breaker.run(() -> ask(userId, officeId, authorization), failure -> {
            log.warn("identity-service did not answer for user {}: {}", userId, String.valueOf(failure));
            throw new UnavailableException("whether " + userId + " is a consultant of " + officeId
                    + " is unknown (identity-service did not answer), try again", failure);
        });
    }

    private boolean ask(String userId, String officeId, String authorization) {
        try {
            IdentityClient.User user = client.user(userId, authorization);
            return user != null && "ACTIVE".equals(user.employment()) && user.grants() != null
                    && user.grants().stream().anyMatch(g -> officeId.equals(g.officeId()) && "CONSULTANT".equals(g.role()));
        } catch (FeignException.NotFound | FeignException.Forbidden unknown) {
            return false;
        }
    }
}
