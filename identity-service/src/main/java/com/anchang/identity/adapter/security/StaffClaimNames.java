package com.anchang.identity.adapter.security;

/**
 * The claims of an Anchang access token beyond the registered ones ({@code iss}, {@code sub} = user id,
 * {@code aud} = the client id, {@code iat}, {@code nbf}, {@code exp}, {@code jti}). Services read these;
 * they are part of the platform's contract.
 */
public final class StaffClaimNames {

    /** The sign-in name. */
    public static final String USERNAME = "username";
    /** The display name. */
    public static final String NAME = "name";
    /** The developer whose staff the user is; absent for platform staff. */
    public static final String DEVELOPER_ID = "developer_id";
    /** JSON object: office id → array of office roles (CONSULTANT, SALES_CONTROL, FINANCE, PM). */
    public static final String OFFICE_ROLES = "office_roles";
    /** JSON array of developer-level and platform roles (HEAD_OFFICE, PLATFORM_ADMIN). */
    public static final String ROLES = "roles";
    /** Boolean: ROT-1 certification (上岗). */
    public static final String CERTIFIED = "certified";

    private StaffClaimNames() {
    }
}
