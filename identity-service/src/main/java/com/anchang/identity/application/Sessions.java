package com.anchang.identity.application;

/** Port: the sign-in sessions (OAuth2 authorizations: refresh and access tokens) of users. */
public interface Sessions {

    /**
     * Revokes every session of the user: their refresh tokens can no longer be used and their access
     * tokens are no longer accepted by this service (other services accept them until they expire).
     *
     * @return how many sessions were still active
     */
    int endAll(String userId);
}
