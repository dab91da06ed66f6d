package com.anchang.lead.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.anchang.support.problem.UnavailableException;
import feign.FeignException;
import feign.Request;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.cloud.client.circuitbreaker.CircuitBreaker;

class IdentityStaffDirectoryTest {

    /** A breaker that is always closed: the call, or its fallback when the call fails. */
    static final CircuitBreaker CLOSED = new CircuitBreaker() {
        @Override
        public <T> T run(Supplier<T> call, Function<Throwable, T> fallback) {
            try {
                return call.get();
            } catch (RuntimeException failure) {
                return fallback.apply(failure);
            }
        }
    };

    static IdentityClient.User user(String employment, String officeId, String role) {
        return new IdentityClient.User("c-1", "dev-1", employment, List.of(new IdentityClient.User.Grant(officeId, role)));
    }

    static boolean ask(IdentityClient client) {
        return new IdentityStaffDirectory(client, CLOSED).isConsultantAt("c-1", "office-1", "token");
    }

    @Test
    @DisplayName("LEAD-8: only an active consultant of the office is a possible new owner")
    void onlyActiveConsultantsOfTheOffice() {
        assertThat(ask((id, auth) -> user("ACTIVE", "office-1", "CONSULTANT"))).isTrue();
        assertThat(ask((id, auth) -> user("LEFT", "office-1", "CONSULTANT"))).as("left the company").isFalse();
        assertThat(ask((id, auth) -> user("ACTIVE", "office-2", "CONSULTANT"))).as("another office").isFalse();
        assertThat(ask((id, auth) -> user("ACTIVE", "office-1", "FINANCE"))).as("not a consultant").isFalse();
    }

    @Test
    @DisplayName("LEAD-8: the caller's token goes to identity-service; an unknown (404) or unseen (403) user is no consultant")
    void unknownUsersAreNoConsultants() {
        Request request = Request.create(Request.HttpMethod.GET, "/api/identity/users/c-1", Map.of(), null,
                StandardCharsets.UTF_8, null);
        assertThat(ask((id, auth) -> {
            assertThat(auth).isEqualTo("Bearer token");
            throw new FeignException.NotFound("not found", request, null, Map.of());
        })).isFalse();
        assertThat(ask((id, auth) -> {
            throw new FeignException.Forbidden("forbidden", request, null, Map.of());
        })).isFalse();
    }

    @Test
    @DisplayName("identity-service not answering is 'unknown, try again' (503), never a guess")
    void noAnswerIsUnavailable() {
        assertThatThrownBy(() -> ask((id, auth) -> {
            throw new IllegalStateException("connection refused");
        })).isInstanceOf(UnavailableException.class).hasMessageContaining("try again");
    }
}
