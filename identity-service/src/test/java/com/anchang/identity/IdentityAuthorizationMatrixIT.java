package com.anchang.identity;

import static com.anchang.identity.OAuthClient.bearer;
import static com.anchang.support.test.AuthorizationMatrix.AWAY_OFFICE;
import static com.anchang.support.test.AuthorizationMatrix.HOME_DEVELOPER;
import static com.anchang.support.test.AuthorizationMatrix.HOME_OFFICE;
import static com.anchang.support.test.AuthorizationMatrix.OTHER_DEVELOPERS_OFFICE;
import static org.assertj.core.api.Assertions.assertThat;

import com.anchang.identity.application.Directory;
import com.anchang.identity.domain.Employment;
import com.anchang.identity.domain.PasswordHasher;
import com.anchang.identity.domain.Role;
import com.anchang.identity.domain.RoleGrant;
import com.anchang.identity.domain.User;
import com.anchang.support.test.AuthorizationMatrix;
import com.anchang.support.test.AuthorizationMatrix.Request;
import com.anchang.support.test.AuthorizationMatrix.Who;
import com.anchang.support.test.ServiceIntegrationTest;
import com.anchang.support.test.TestHttp;
import com.anchang.support.test.TestHttp.Answer;
import com.anchang.support.test.TestTokens;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.security.oauth2.server.authorization.OAuth2Authorization;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import tools.jackson.databind.json.JsonMapper;

/**
 * IDN-7 as a table: every operation under /api/ of this service's OpenAPI document, run as every member
 * of the platform's cast ({@link Who}). identity-service accepts only its own tokens (signature, issuer,
 * lifetime and a live session), so the cast is built in this directory and signed in through the
 * password grant, and the bad tokens are real bad tokens of this issuer.
 * <p>Identity's rules differ from the business services': only a platform administrator creates
 * developers, offices and users (anyone else 403, even another developer's staff: nothing of the
 * home developer is named or revealed); a user of the same developer is visible to its staff, so a
 * member of another office of the home developer is refused (403), not kept in the dark (404); only
 * another developer's staff get 404; the platform administrator may do everything.
 */
@ServiceIntegrationTest
class IdentityAuthorizationMatrixIT {

    static final String API = "/api/identity";
    static final String PASSWORD = "matrix-pass-1";
    static final JsonMapper JSON = new JsonMapper();

    static final String DEVELOPERS = "POST /api/identity/developers";
    static final String OFFICES = "POST /api/identity/offices";
    static final String USERS = "POST /api/identity/users";
    static final String USER = "GET /api/identity/users/{userId}";
    static final String LOOK_UP = "GET /api/identity/users";
    static final String GRANT = "POST /api/identity/users/{userId}/grants";
    static final String REVOKE = "DELETE /api/identity/users/{userId}/grants/{role}";
    static final String LEAVE = "POST /api/identity/users/{userId}/leave";
    static final String CERTIFY = "PUT /api/identity/users/{userId}/certification";
    static final String USER_SIGN_OUT = "POST /api/identity/users/{userId}/sign-out";
    static final String SIGN_OUT = "POST /api/identity/sign-out";
    static final String ME = "GET /api/identity/me";
    static final String AUDIT = "GET /api/identity/audit";
    static final String STAFF = "GET /api/identity/offices/{officeId}/staff";
    static final String OFFICE = "GET /api/identity/offices/{officeId}";
    static final String RESET_PASSWORD = "POST /api/identity/users/{userId}/password";
    static final String OWN_PASSWORD = "POST /api/identity/me/password";
    static final String OWN_CONTACT = "GET /api/identity/me/contact";
    static final String SET_OWN_CONTACT = "PUT /api/identity/me/contact";
    static final String NEW_PASSWORD = "matrix-new-pass-2";

    /** Who creates: the platform administrator only (IDN-7). */
    static final Set<Who> CREATORS = Set.of(Who.PLATFORM_ADMIN);
    /** Who grants and revokes office roles in the home office: its PM and the platform (IDN-7). */
    static final Set<Who> GRANTERS = Set.of(Who.PM, Who.PLATFORM_ADMIN);
    /** Who manages a user of the home office (leave, certification, their sessions): its PM, head office, platform. */
    static final Set<Who> MANAGERS = Set.of(Who.PM, Who.HEAD_OFFICE, Who.PLATFORM_ADMIN);

    static final RoleGrant CONSULTANT_HOME = new RoleGrant(HOME_OFFICE, Role.CONSULTANT);
    static final Consumer<Answer> REFUSED_BY_IDN_7 = answer -> assertThat(answer.map()).containsEntry("rule", "IDN-7");

    @Autowired
    TestHttp http;
    @Autowired
    JWKSource<SecurityContext> jwkSource;
    @Autowired
    OAuth2AuthorizationService authorizations;
    @Autowired
    RegisteredClientRepository clients;
    @Autowired
    Directory directory;
    @Autowired
    PasswordHasher hasher;
    @Value("${local.server.port}")
    int port;

    OAuthClient oauth;
    /** The bootstrap administrator: makes the fixtures (not a member of the cast, so the cast's sign-outs spare it). */
    String admin;
    /** Per mutating row, the fresh object each member's cell acted on. */
    final Map<String, Map<Who, String>> targets = new LinkedHashMap<>();
    /** The access token of each fresh target of {@link #USER_SIGN_OUT}. */
    final Map<String, String> targetTokens = new LinkedHashMap<>();
    String passwordHash;

    @BeforeEach
    void signInAdmin() {
        oauth = new OAuthClient(port);
        admin = signIn("admin", OAuthClient.ADMIN_PASSWORD);
    }

    @Test
    @DisplayName("authorization matrix (IDN-7, developer isolation, live sessions): every /api/ operation as every member of the cast")
    void authorizationMatrix() throws Exception {
        Cast cast = cast();
        String owner = cast.userId(Who.OWNER_CONSULTANT);

        AuthorizationMatrix matrix = new AuthorizationMatrix(http, cast::bearer);
        // creating is for the platform administrator alone: refused to everyone else alike, before anything is looked up
        matrix.row(DEVELOPERS, who -> Request.post(API + "/developers",
                        Map.of("id", target(DEVELOPERS, who, "dev-m-" + unique()), "name", "Developer " + who)))
                .allows(201, Who.PLATFORM_ADMIN)
                .expects(Who.PLATFORM_ADMIN, 201, answer -> assertThat(answer.text("developerId"))
                        .isEqualTo(targets.get(DEVELOPERS).get(Who.PLATFORM_ADMIN)))
                .expects(Who.OTHER_DEVELOPER, 403, REFUSED_BY_IDN_7)
                .expects(Who.OTHER_OFFICE, 403, REFUSED_BY_IDN_7);
        matrix.row(OFFICES, who -> Request.post(API + "/offices", Map.of("id", target(OFFICES, who, "office-m-" + unique()),
                        "developerId", HOME_DEVELOPER, "name", "Office " + who)))
                .allows(201, Who.PLATFORM_ADMIN)
                .expects(Who.PLATFORM_ADMIN, 201, answer -> assertThat(answer.map())
                        .containsEntry("officeId", targets.get(OFFICES).get(Who.PLATFORM_ADMIN))
                        .containsEntry("developerId", HOME_DEVELOPER).containsEntry("zone", "Asia/Shanghai"))
                .expects(Who.OTHER_DEVELOPER, 403, REFUSED_BY_IDN_7)
                .expects(Who.OTHER_OFFICE, 403, REFUSED_BY_IDN_7);
        matrix.row(USERS, who -> Request.post(API + "/users", Map.of("username", target(USERS, who, "m." + unique()),
                        "displayName", "New " + who, "developerId", HOME_DEVELOPER, "password", PASSWORD)))
                .allows(201, Who.PLATFORM_ADMIN)
                .expects(Who.PLATFORM_ADMIN, 201, answer -> assertThat(answer.map())
                        .containsEntry("username", targets.get(USERS).get(Who.PLATFORM_ADMIN))
                        .containsEntry("developerId", HOME_DEVELOPER).doesNotContainKey("passwordHash"))
                .expects(Who.OTHER_DEVELOPER, 403, REFUSED_BY_IDN_7)
                .expects(Who.OTHER_OFFICE, 403, REFUSED_BY_IDN_7);
        // a user is visible to the staff of their developer: another office's staff are refused (403), not blind (404)
        matrix.row(USER, who -> Request.get(API + "/users/" + owner))
                .allows(200, Who.OWNER_CONSULTANT, Who.PM, Who.HEAD_OFFICE, Who.PLATFORM_ADMIN)
                .expects(Who.OWNER_CONSULTANT, 200, isUser(owner))
                .expects(Who.PLATFORM_ADMIN, 200, isUser(owner))
                .expects(Who.OTHER_OFFICE, 403, REFUSED_BY_IDN_7);
        // a PM (of any office of the developer), head office and the platform find a user by username, to grant a role
        matrix.row(LOOK_UP, who -> Request.get(API + "/users?username=" + Who.OWNER_CONSULTANT.staff().userId()))
                .allows(200, Who.PM, Who.HEAD_OFFICE, Who.PLATFORM_ADMIN, Who.OTHER_OFFICE)
                .expects(Who.PM, 200, isUser(owner))
                .expects(Who.OTHER_OFFICE, 200, isUser(owner));
        matrix.row(GRANT, who -> Request.post(API + "/users/" + freshConsultant(GRANT, who) + "/grants",
                        Map.of("role", "SALES_CONTROL", "officeId", HOME_OFFICE)))
                .allows(200, Who.PM, Who.PLATFORM_ADMIN)
                .expects(Who.PM, 200, hasGrants("CONSULTANT", "SALES_CONTROL"))
                .expects(Who.OTHER_OFFICE, 403, REFUSED_BY_IDN_7);
        matrix.row(REVOKE, who -> new Request("DELETE", API + "/users/" + freshConsultant(REVOKE, who)
                        + "/grants/CONSULTANT?officeId=" + HOME_OFFICE, null))
                .allows(200, Who.PM, Who.PLATFORM_ADMIN)
                .expects(Who.PM, 200, hasGrants())
                .expects(Who.OTHER_OFFICE, 403, REFUSED_BY_IDN_7);
        matrix.row(LEAVE, who -> Request.post(API + "/users/" + freshConsultant(LEAVE, who) + "/leave", null))
                .allows(200, Who.PM, Who.HEAD_OFFICE, Who.PLATFORM_ADMIN)
                .expects(Who.HEAD_OFFICE, 200, answer -> assertThat(answer.map()).containsEntry("employment", "LEFT"))
                .expects(Who.OTHER_OFFICE, 403, REFUSED_BY_IDN_7);
        matrix.row(CERTIFY, who -> new Request("PUT", API + "/users/" + freshConsultant(CERTIFY, who) + "/certification",
                        Map.of("certified", true)))
                .allows(200, Who.PM, Who.HEAD_OFFICE, Who.PLATFORM_ADMIN)
                .expects(Who.PM, 200, answer -> assertThat(answer.map()).containsEntry("certified", true))
                .expects(Who.OTHER_OFFICE, 403, REFUSED_BY_IDN_7);
        matrix.row(USER_SIGN_OUT, who -> Request.post(API + "/users/" + signedInConsultant(USER_SIGN_OUT, who) + "/sign-out", null))
                .allows(200, Who.PM, Who.HEAD_OFFICE, Who.PLATFORM_ADMIN)
                .expects(Who.PLATFORM_ADMIN, 200, answer -> assertThat(answer.map())
                        .containsEntry("userId", targets.get(USER_SIGN_OUT).get(Who.PLATFORM_ADMIN))
                        .containsEntry("sessionsEnded", 1))
                .expects(Who.OTHER_OFFICE, 403, REFUSED_BY_IDN_7);
        matrix.row(AUDIT, who -> Request.get(API + "/audit?officeId=" + HOME_OFFICE))
                .allows(200, Who.PM, Who.HEAD_OFFICE, Who.PLATFORM_ADMIN)
                .expects(Who.PM, 200, answer -> assertThat(answer.list()).isNotEmpty()
                        .allSatisfy(entry -> assertThat((List<Object>) entry.get("officeIds")).contains(HOME_OFFICE)))
                .expects(Who.OTHER_OFFICE, 403, REFUSED_BY_IDN_7);
        // names on the office's screens: every role there, its head office, the platform
        matrix.row(STAFF, who -> Request.get(API + "/offices/" + HOME_OFFICE + "/staff"))
                .allows(200, Who.OWNER_CONSULTANT, Who.COLLEAGUE_CONSULTANT, Who.SALES_CONTROL, Who.FINANCE, Who.PM,
                        Who.HEAD_OFFICE, Who.PLATFORM_ADMIN)
                .expects(Who.COLLEAGUE_CONSULTANT, 200, answer -> assertThat(answer.list())
                        .anySatisfy(person -> assertThat(person).containsEntry("userId", owner)
                                .containsEntry("roles", List.of("CONSULTANT")))
                        .noneSatisfy(person -> assertThat(person).containsKey("passwordHash")))
                .expects(Who.OTHER_OFFICE, 403, REFUSED_BY_IDN_7);
        // the office's name and zone, for its screens' dates: the same readers as its staff
        matrix.row(OFFICE, who -> Request.get(API + "/offices/" + HOME_OFFICE))
                .allows(200, Who.OWNER_CONSULTANT, Who.COLLEAGUE_CONSULTANT, Who.SALES_CONTROL, Who.FINANCE, Who.PM,
                        Who.HEAD_OFFICE, Who.PLATFORM_ADMIN)
                .expects(Who.OWNER_CONSULTANT, 200, answer -> assertThat(answer.map())
                        .containsEntry("officeId", HOME_OFFICE).containsEntry("zone", "Asia/Shanghai")
                        .containsEntry("name", HOME_OFFICE))
                .expects(Who.OTHER_OFFICE, 403, REFUSED_BY_IDN_7);
        matrix.row(RESET_PASSWORD, who -> Request.post(API + "/users/" + signedInConsultant(RESET_PASSWORD, who)
                        + "/password", Map.of("password", NEW_PASSWORD)))
                .allows(200, Who.PM, Who.HEAD_OFFICE, Who.PLATFORM_ADMIN)
                .expects(Who.OTHER_OFFICE, 403, REFUSED_BY_IDN_7);
        // every signed-in member reaches the check of their current password (a wrong one here: changing it for
        // real would end the session the later rows use; the success path is in IdentityServiceIT)
        AuthorizationMatrix.Row ownPassword = matrix.row(OWN_PASSWORD, who -> Request.post(API + "/me/password",
                Map.of("currentPassword", "not-the-password", "password", NEW_PASSWORD)));
        cast.members().forEach(who -> ownPassword.expects(who, 400,
                answer -> assertThat(answer.map()).containsEntry("field", "currentPassword")));
        // NOTE-6: every member sets and reads their own mobile and SMS choice, masked as everywhere
        AuthorizationMatrix.Row setContact = matrix.row(SET_OWN_CONTACT, who -> new Request("PUT", API + "/me/contact",
                Map.of("mobile", "+86 138-1234-5678", "smsReminders", true)));
        cast.members().forEach(who -> setContact.expects(who, 200, answer -> assertThat(answer.map())
                .containsEntry("userId", cast.userId(who)).containsEntry("mobile", "138****5678")
                .containsEntry("smsReminders", true)));
        AuthorizationMatrix.Row contact = matrix.row(OWN_CONTACT, who -> Request.get(API + "/me/contact"));
        cast.members().forEach(who -> contact.expects(who, 200, answer -> assertThat(answer.map())
                .containsEntry("userId", cast.userId(who)).containsEntry("mobile", "138****5678")));
        AuthorizationMatrix.Row me = matrix.row(ME, who -> Request.get(API + "/me"));
        cast.members().forEach(who -> me.expects(who, 200, answer -> assertThat(answer.text("userId")).isEqualTo(cast.userId(who))));
        // last: signing out ends every session of the member, the token the cast uses included
        AuthorizationMatrix.Row signOut = matrix.row(SIGN_OUT, who -> Request.post(API + "/sign-out", null));
        cast.members().forEach(who -> signOut.expects(who, 200, answer -> {
            assertThat(answer.text("userId")).isEqualTo(cast.userId(who));
            assertThat((Integer) answer.map().get("sessionsEnded")).isPositive();
        }));

        int cells = matrix.verify();

        assertThat(cells).isEqualTo(19 * Who.values().length);
        eachCellChangedOnlyWhatItWasAllowedTo();
        assertThat(http.call("GET", API + "/me", null, bearer(cast.bearer(Who.PM))).status())
                .as("the PM signed out in the last row").isEqualTo(401);
    }

    /** After the matrix, read from the directory: an allowed cell changed its fresh object, a refused one nothing. */
    void eachCellChangedOnlyWhatItWasAllowedTo() {
        for (Who who : Who.values()) {
            assertThat(directory.developers().find(targets.get(DEVELOPERS).get(who)).isPresent()).as("%s: developer created", who)
                    .isEqualTo(CREATORS.contains(who));
            assertThat(directory.offices().find(targets.get(OFFICES).get(who)).isPresent()).as("%s: office opened", who)
                    .isEqualTo(CREATORS.contains(who));
            assertThat(directory.users().findByUsername(targets.get(USERS).get(who)).isPresent()).as("%s: user created", who)
                    .isEqualTo(CREATORS.contains(who));

            assertThat(target(GRANT, who).grants()).as("%s: grant", who).isEqualTo(GRANTERS.contains(who)
                    ? Set.of(CONSULTANT_HOME, new RoleGrant(HOME_OFFICE, Role.SALES_CONTROL)) : Set.of(CONSULTANT_HOME));
            assertThat(target(REVOKE, who).grants()).as("%s: revoke", who)
                    .isEqualTo(GRANTERS.contains(who) ? Set.of() : Set.of(CONSULTANT_HOME));
            assertThat(target(LEAVE, who).employment()).as("%s: leave", who)
                    .isEqualTo(MANAGERS.contains(who) ? Employment.LEFT : Employment.ACTIVE);
            assertThat(target(CERTIFY, who).certified()).as("%s: certification", who).isEqualTo(MANAGERS.contains(who));
            String reset = targets.get(RESET_PASSWORD).get(who);
            assertThat(hasher.matches(NEW_PASSWORD, directory.users().find(reset).orElseThrow().passwordHash()))
                    .as("%s: password reset", who).isEqualTo(MANAGERS.contains(who));
            assertThat(http.call("GET", API + "/me", null, bearer(targetTokens.get(reset))).status())
                    .as("%s: the target's session after a reset", who).isEqualTo(MANAGERS.contains(who) ? 401 : 200);
            String signedOut = targets.get(USER_SIGN_OUT).get(who);
            assertThat(http.call("GET", API + "/me", null, bearer(targetTokens.get(signedOut))).status())
                    .as("%s: the target's session after the sign-out", who).isEqualTo(MANAGERS.contains(who) ? 401 : 200);
        }
    }

    @Test
    @DisplayName("malformed bearer values (garbage, tampered payload, alg none, HS256, 8 KB) answer 4xx, never 5xx, on every kind of call")
    void malformedBearerValues() throws Exception {
        String[] parts = admin.split("\\.");
        @SuppressWarnings("unchecked")
        Map<String, Object> payload = new LinkedHashMap<>(JSON.readValue(Base64.getUrlDecoder().decode(parts[1]), Map.class));
        payload.put("sub", "someone-else");
        payload.put("roles", List.of("PLATFORM_ADMIN", "HEAD_OFFICE"));
        String tampered = parts[0] + "." + base64(JSON.writeValueAsString(payload)) + "." + parts[2];
        String algNone = base64("{\"alg\":\"none\",\"typ\":\"JWT\"}") + "." + parts[1] + ".";
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        SignedJWT hmac = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).keyID(SignedJWT.parse(admin).getHeader()
                .getKeyID()).build(), SignedJWT.parse(admin).getJWTClaimsSet());
        hmac.sign(new MACSigner(secret));
        Map<String, String> unauthenticated = new LinkedHashMap<>();
        unauthenticated.put("garbage", "not-a-jwt");
        unauthenticated.put("characters no token has", "%%%;,\"<>");
        unauthenticated.put("three empty segments", "..");
        unauthenticated.put("segments that are not base64 JSON", "a.b.c");
        unauthenticated.put("a payload that is not JSON", base64("{\"alg\":\"RS256\"}") + "." + base64("not json") + ".c2ln");
        unauthenticated.put("a tampered payload", tampered);
        unauthenticated.put("alg none", algNone);
        unauthenticated.put("HS256 with a made-up secret", hmac.serialize());
        unauthenticated.put("nothing after Bearer", "");
        unauthenticated.put("a 6 KB value", "A".repeat(6 * 1024));
        List<Request> calls = List.of(Request.get(API + "/me"),
                Request.post(API + "/developers", Map.of("name", "Never created")),
                new Request("DELETE", API + "/users/x/grants/CONSULTANT?officeId=" + HOME_OFFICE, null),
                Request.post(API + "/sign-out", null));

        for (Request call : calls) {
            unauthenticated.forEach((what, value) -> {
                Answer answer = http.call(call.method(), call.path(), call.body(), Map.of("Authorization", "Bearer " + value));
                assertThat(answer.status()).as("%s %s with %s: %s", call.method(), call.path(), what, answer.body())
                        .isEqualTo(401);
            });
            Answer oversized = http.call(call.method(), call.path(), call.body(),
                    Map.of("Authorization", "Bearer " + "A".repeat(8 * 1024)));
            assertThat(oversized.status()).as("%s %s with an 8 KB header", call.method(), call.path()).isBetween(400, 499);
        }
        assertThat(adminCall("GET", API + "/me", null).status()).as("the admin's real token still works").isEqualTo(200);
    }

    @Test
    @DisplayName("IDN-7: an unknown office or user in a grant, a revocation or an audit answers 404, bad ids 400, never 5xx; nothing is stored")
    void unknownOfficeInAGrant() {
        String developer = created(adminCall("POST", API + "/developers", Map.of("name", "Unknown-office test")), "developerId");
        String office = created(adminCall("POST", API + "/offices", Map.of("developerId", developer, "name", "A")), "officeId");
        String userId = user("u." + unique(), developer);
        grant(userId, "CONSULTANT", office);
        String pm = "pm." + unique();
        grant(user(pm, developer), "PM", office);
        String pmToken = signIn(pm, PASSWORD);

        Answer byAdmin = adminCall("POST", API + "/users/" + userId + "/grants", Map.of("role", "FINANCE", "officeId", "office-none"));
        Answer byPm = http.call("POST", API + "/users/" + userId + "/grants", Map.of("role", "FINANCE", "officeId", "office-none"),
                bearer(pmToken));
        Answer revoke = adminCall("DELETE", API + "/users/" + userId + "/grants/CONSULTANT?officeId=office-none", null);
        Answer audit = adminCall("GET", API + "/audit?officeId=office-none", null);
        Answer unknownUser = adminCall("POST", API + "/users/user-none/grants", Map.of("role", "FINANCE", "officeId", office));
        Answer tooLong = adminCall("POST", API + "/users/" + userId + "/grants", Map.of("role", "FINANCE", "officeId", "o".repeat(65)));
        Answer tooLongToRevoke = adminCall("DELETE", API + "/users/" + userId + "/grants/CONSULTANT?officeId=" + "o".repeat(65), null);
        Answer blank = adminCall("POST", API + "/users/" + userId + "/grants", Map.of("role", "FINANCE", "officeId", " "));
        Answer unknownRole = adminCall("DELETE", API + "/users/" + userId + "/grants/KING?officeId=" + office, null);

        assertThat(List.of(byAdmin, byPm, revoke, audit)).allSatisfy(answer -> {
            assertThat(answer.status()).as(answer.text()).isEqualTo(404);
            assertThat(answer.map()).containsEntry("kind", "office").containsEntry("id", "office-none");
        });
        assertThat(unknownUser.status()).isEqualTo(404);
        assertThat(unknownUser.map()).containsEntry("kind", "user");
        assertThat(List.of(tooLong, tooLongToRevoke, blank)).allSatisfy(answer -> {
            assertThat(answer.status()).as(answer.text()).isEqualTo(400);
            assertThat(answer.map()).containsEntry("field", "officeId");
        });
        assertThat(unknownRole.status()).isEqualTo(400);
        assertThat(unknownRole.map()).containsEntry("field", "role");
        assertThat(adminCall("GET", API + "/users/" + userId, null).map().get("grants"))
                .as("nothing was granted or revoked").isEqualTo(List.of(Map.of("officeId", office, "role", "CONSULTANT")));
    }

    // --- the cast -----------------------------------------------------------------------------------

    /** The members of {@link Who} as users of this directory, and the access token each one sends. */
    static final class Cast {

        private final Map<Who, String> userIds = new EnumMap<>(Who.class);
        private final Map<Who, String> tokens = new EnumMap<>(Who.class);

        /** The token of a member; null (none) for NO_TOKEN. */
        String bearer(Who who) {
            return tokens.get(who);
        }

        String userId(Who who) {
            return userIds.get(who);
        }

        /** The members with a user (and a valid token) here. */
        Set<Who> members() {
            return userIds.keySet();
        }
    }

    /**
     * As the bootstrap administrator: developers {@code dev-home} and {@code dev-other}, offices
     * {@code office-home}, {@code office-away} (of dev-home) and {@code office-elsewhere} (of dev-other),
     * and a user per member holding exactly the roles {@link Who#staff()} describes, signed in with the
     * password grant.
     */
    Cast cast() throws Exception {
        for (String developer : List.of(HOME_DEVELOPER, AuthorizationMatrix.OTHER_DEVELOPER)) {
            created(adminCall("POST", API + "/developers", Map.of("id", developer, "name", developer)), "developerId");
        }
        Map<String, String> offices = Map.of(HOME_OFFICE, HOME_DEVELOPER, AWAY_OFFICE, HOME_DEVELOPER,
                OTHER_DEVELOPERS_OFFICE, AuthorizationMatrix.OTHER_DEVELOPER);
        offices.forEach((office, developer) -> created(adminCall("POST", API + "/offices",
                Map.of("id", office, "developerId", developer, "name", office)), "officeId"));

        Cast cast = new Cast();
        for (Who who : Who.values()) {
            if (!who.insider() && who != Who.OTHER_DEVELOPER && who != Who.OTHER_OFFICE && who != Who.PLATFORM_ADMIN) {
                continue;
            }
            TestTokens.Staff staff = who.staff();
            String userId = user(staff.userId(), staff.developerId());
            staff.officeRoles().forEach((office, roles) -> roles.forEach(role -> grant(userId, role, office)));
            staff.roles().forEach(role -> grant(userId, role, null));
            cast.userIds.put(who, userId);
            cast.tokens.put(who, signIn(staff.userId(), PASSWORD));
        }
        cast.tokens.put(Who.FOREIGN_KEY_TOKEN, Who.FOREIGN_KEY_TOKEN.staff().foreignToken());
        cast.tokens.put(Who.EXPIRED_TOKEN, expiredWithLiveSession(cast.userId(Who.OWNER_CONSULTANT),
                cast.bearer(Who.OWNER_CONSULTANT)));

        Answer away = http.call("GET", API + "/me", null, bearer(cast.bearer(Who.OTHER_DEVELOPER)));
        assertThat(away.map()).as("the cast's tokens carry the roles of Who.staff()")
                .containsEntry("developerId", AuthorizationMatrix.OTHER_DEVELOPER)
                .containsEntry("roles", List.of("HEAD_OFFICE"))
                .containsEntry("officeRoles", Map.of(OTHER_DEVELOPERS_OFFICE, List.of("CONSULTANT", "SALES_CONTROL", "FINANCE", "PM")));
        return cast;
    }

    /**
     * A token of the owner signed by this service's own key through the same kind of encoder the
     * issuer uses, with the owner's real claims, expired ten minutes ago, and registered as a live
     * session: expiry is the only thing wrong with it. Its twin, unexpired and registered the same way,
     * is accepted, which shows the registration works.
     */
    String expiredWithLiveSession(String userId, String liveToken) throws Exception {
        Map<String, Object> claims = SignedJWT.parse(liveToken).getJWTClaimsSet().getClaims();
        Instant now = Instant.now();
        String expired = resigned(claims, now.minus(Duration.ofMinutes(30)), now.minus(Duration.ofMinutes(10)));
        String twin = resigned(claims, now.minusSeconds(5), now.plus(Duration.ofMinutes(10)));
        for (String token : List.of(expired, twin)) {
            JWTClaimsSet signed = SignedJWT.parse(token).getJWTClaimsSet();
            authorizations.save(OAuth2Authorization.withRegisteredClient(clients.findByClientId(OAuthClient.CLIENT_ID))
                    .principalName(userId)
                    .authorizationGrantType(new AuthorizationGrantType(OAuthClient.GRANT))
                    .authorizedScopes(Set.of())
                    .token(new OAuth2AccessToken(OAuth2AccessToken.TokenType.BEARER, token,
                                    signed.getIssueTime().toInstant(), signed.getExpirationTime().toInstant(), Set.of()),
                            metadata -> metadata.put(OAuth2Authorization.Token.INVALIDATED_METADATA_NAME, false))
                    .build());
        }
        assertThat(http.call("GET", API + "/me", null, bearer(twin)).status())
                .as("the unexpired twin of the expired token, registered the same way").isEqualTo(200);
        return expired;
    }

    String resigned(Map<String, Object> claims, Instant issuedAt, Instant expiresAt) {
        JwtClaimsSet set = JwtClaimsSet.builder()
                .claims(all -> all.putAll(claims))
                .id(UUID.randomUUID().toString())
                .issuedAt(issuedAt)
                .notBefore(issuedAt)
                .expiresAt(expiresAt)
                .build();
        return new NimbusJwtEncoder(jwkSource)
                .encode(JwtEncoderParameters.from(JwsHeader.with(SignatureAlgorithm.RS256).build(), set))
                .getTokenValue();
    }

    // --- fixtures -----------------------------------------------------------------------------------

    /** Remembers what a cell of {@code row} acts on, for the checks after the matrix. */
    String target(String row, Who who, String id) {
        targets.computeIfAbsent(row, r -> new EnumMap<>(Who.class)).put(who, id);
        return id;
    }

    /**
     * A fresh consultant of the home office (the cell's own target), written straight into the directory
     * with a password hash made once: a user per cell through the API would cost a bcrypt hash each.
     */
    String freshConsultant(String row, Who who) {
        return target(row, who, insertConsultant("t." + unique()));
    }

    /** A fresh consultant of the home office with a session of their own. */
    String signedInConsultant(String row, Who who) {
        String username = "t." + unique();
        String userId = insertConsultant(username);
        targetTokens.put(userId, signIn(username, PASSWORD));
        return target(row, who, userId);
    }

    String insertConsultant(String username) {
        if (passwordHash == null) {
            passwordHash = hasher.hash(PASSWORD);
        }
        User user = User.restore("user-" + UUID.randomUUID(), username, "Target " + username, HOME_DEVELOPER, passwordHash,
                Employment.ACTIVE, false, 0, null, Set.of(CONSULTANT_HOME), 0);
        directory.users().insert(user);
        return user.id();
    }

    User target(String row, Who who) {
        return directory.users().find(targets.get(row).get(who)).orElseThrow();
    }

    String user(String username, String developerId) {
        Map<String, Object> body = new LinkedHashMap<>(Map.of("username", username, "displayName", username, "password", PASSWORD));
        if (developerId != null) {
            body.put("developerId", developerId);
        }
        return created(adminCall("POST", API + "/users", body), "userId");
    }

    void grant(String userId, String role, String officeId) {
        Answer granted = adminCall("POST", API + "/users/" + userId + "/grants",
                officeId == null ? Map.of("role", role) : Map.of("role", role, "officeId", officeId));
        assertThat(granted.status()).as(granted.text()).isEqualTo(200);
    }

    /** The answer shows exactly these roles, all in the home office. */
    static Consumer<Answer> hasGrants(String... roles) {
        return answer -> assertThat(answer.map().get("grants"))
                .isEqualTo(Arrays.stream(roles).map(role -> Map.of("officeId", HOME_OFFICE, "role", role)).toList());
    }

    static Consumer<Answer> isUser(String userId) {
        return answer -> assertThat(answer.map()).containsEntry("userId", userId).doesNotContainKey("passwordHash");
    }

    String signIn(String username, String password) {
        OAuthClient.Answer signedIn = oauth.signIn(username, password);
        assertThat(signedIn.status()).as(signedIn.body().toString()).isEqualTo(200);
        return signedIn.accessToken();
    }

    Answer adminCall(String method, String path, Object body) {
        return http.call(method, path, body, bearer(admin));
    }

    static String created(Answer answer, String idField) {
        assertThat(answer.status()).as(answer.text()).isEqualTo(201);
        return answer.text(idField);
    }

    static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    static String base64(String text) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }
}
