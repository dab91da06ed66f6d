package com.anchang.lead.adapter.http;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;
import org.springframework.cloud.openfeign.FeignClient;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;

/**
 * identity-service's HTTP API, the part lead-service reads, always on behalf of the user whose request is
 * being served: their bearer token goes along as an explicit argument.
 */
@FeignClient(name = "identity-service", url = "${lead.identity.url}", configuration = IdentityClientConfiguration.class)
public interface IdentityClient {

    @GetMapping("/api/identity/users/{userId}")
    User user(@PathVariable("userId") String userId, @RequestHeader(HttpHeaders.AUTHORIZATION) String authorization);

    /** The fields of identity-service's user view that lead-service reads (others are ignored). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record User(String userId, String developerId, String employment, List<Grant> grants) {

        @JsonIgnoreProperties(ignoreUnknown = true)
        record Grant(String officeId, String role) {
        }
    }
}
