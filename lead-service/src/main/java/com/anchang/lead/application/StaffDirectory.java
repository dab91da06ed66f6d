package com.anchang.lead.application;

/**
 * Who works where, as identity-service knows it, asked on behalf of the user whose request is being
 * served (their access token goes along, so identity answers only what they may see).
 */
public interface StaffDirectory {

    /**
     * Whether the user is an active consultant of the office. An unknown user, or one the caller may not
     * see, is not. Throws {@link com.anchang.support.problem.UnavailableException} when identity-service
     * does not answer in time: never a guess.
     */
    boolean isConsultantAt(String userId, String officeId, String accessToken);
}
