package com.anchang.identity;

import static com.anchang.identity.OAuthClient.bearer;
import static org.assertj.core.api.Assertions.assertThat;

import com.anchang.support.test.ServiceIntegrationTest;
import com.anchang.support.test.TestHttp;
import com.anchang.support.test.TestHttp.Answer;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKMatcher;
import com.nimbusds.jose.jwk.JWKSelector;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

@ServiceIntegrationTest
class IdentityServiceIT {

    static final String ISSUER = "http://localhost:8086";
    static final String PASSWORD = "initial-pass-1";

    @Autowired
    TestHttp http;
    @Autowired
    JWKSource<SecurityContext> jwkSource;
    @Value("${local.server.port}")
    int port;
    @Value("${spring.mongodb.uri}")
    String mongoUri;
    @Value("${spring.embedded.kafka.brokers}")
    String brokers;

    OAuthClient oauth;
    String admin;

    /** A developer with two offices (A, B), another developer with one (X), as a platform administrator sets them up. */
    record World(String developerId, String officeA, String officeB, String otherDeveloperId, String officeX) {
    }

    @BeforeEach
    void signInAdmin() {
        oauth = new OAuthClient(port);
        OAuthClient.Answer signedIn = oauth.signIn("admin", OAuthClient.ADMIN_PASSWORD);
        assertThat(signedIn.status()).as(signedIn.body().toString()).isEqualTo(200);
        admin = signedIn.accessToken();
    }

    Answer as(String token, String method, String path, Object body) {
        return http.call(method, path, body, bearer(token));
    }

    String created(Answer answer, String idField) {
        assertThat(answer.status()).as(answer.body().toString()).isEqualTo(201);
        return answer.text(idField);
    }

    World world() {
        String developer = created(as(admin, "POST", "/api/identity/developers", Map.of("name", "华信地产")), "developerId");
        String other = created(as(admin, "POST", "/api/identity/developers", Map.of("name", "Other")), "developerId");
        return new World(developer,
                created(as(admin, "POST", "/api/identity/offices", Map.of("developerId", developer, "name", "滨江")), "officeId"),
                created(as(admin, "POST", "/api/identity/offices", Map.of("developerId", developer, "name", "西湖")), "officeId"),
                other,
                created(as(admin, "POST", "/api/identity/offices", Map.of("developerId", other, "name", "X")), "officeId"));
    }

    /** Creates a user of the developer and grants the role in the office; returns the user's id. */
    String staff(String username, String developerId, String role, String officeId) {
        String userId = created(as(admin, "POST", "/api/identity/users", Map.of("username", username,
                "displayName", username, "developerId", developerId, "password", PASSWORD)), "userId");
        if (role != null) {
            Answer granted = as(admin, "POST", "/api/identity/users/" + userId + "/grants",
                    officeId == null ? Map.of("role", role) : Map.of("role", role, "officeId", officeId));
            assertThat(granted.status()).as(granted.body().toString()).isEqualTo(200);
        }
        return userId;
    }

    static String unique(String name) {
        return name + "." + UUID.randomUUID().toString().substring(0, 8);
    }

    static JWTClaimsSet verified(String token, JWKSet jwks) throws Exception {
        SignedJWT jwt = SignedJWT.parse(token);
        assertThat(jwt.getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.RS256);
        RSAKey key = (RSAKey) jwks.getKeyByKeyId(jwt.getHeader().getKeyID());
        assertThat(key).as("the token's key is published at /oauth2/jwks").isNotNull();
        assertThat(key.isPrivate()).as("only the public key is published").isFalse();
        assertThat(jwt.verify(new RSASSAVerifier(key))).as("signature").isTrue();
        return jwt.getJWTClaimsSet();
    }

    JWKSet jwks() throws Exception {
        Answer answer = http.get("/oauth2/jwks");
        assertThat(answer.status()).isEqualTo(200);
        return JWKSet.parse(answer.text());
    }

    @Test
    @DisplayName("the bootstrap admin signs in with the password grant: an RS256 JWT verified against /oauth2/jwks, 15 min, with a refresh token")
    void adminSignsIn() throws Exception {
        OAuthClient.Answer answer = oauth.signIn("admin", OAuthClient.ADMIN_PASSWORD);

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body()).containsEntry("token_type", "Bearer").containsKey("refresh_token");
        assertThat((Integer) answer.body().get("expires_in")).isBetween(890, 900);
        JWTClaimsSet claims = verified(answer.accessToken(), jwks());
        assertThat(claims.getIssuer()).isEqualTo(ISSUER);
        assertThat(claims.getAudience()).containsExactly("anchang-gateway");
        assertThat(Duration.between(claims.getIssueTime().toInstant(), claims.getExpirationTime().toInstant()))
                .isEqualTo(Duration.ofMinutes(15));
        assertThat(claims.getStringClaim("username")).isEqualTo("admin");
        assertThat(claims.getStringListClaim("roles")).containsExactly("PLATFORM_ADMIN");
        assertThat(claims.getJSONObjectClaim("office_roles")).isEmpty();
        assertThat(claims.getBooleanClaim("certified")).isFalse();
        assertThat(claims.getClaim("developer_id")).as("platform staff belong to no developer").isNull();
        Answer me = as(answer.accessToken(), "GET", "/api/identity/me", null);
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.text("userId")).isEqualTo(claims.getSubject());
    }

    @Test
    @DisplayName("ROT-1/IDN-2: the admin builds a developer's directory; a certified consultant's token carries office_roles and certified")
    void consultantClaims() throws Exception {
        World world = world();
        String pm = unique("pm");
        String consultant = unique("li.na");
        staff(pm, world.developerId(), "PM", world.officeA());
        String consultantId = staff(consultant, world.developerId(), "CONSULTANT", world.officeA());
        assertThat(as(admin, "POST", "/api/identity/users/" + consultantId + "/grants",
                Map.of("role", "CONSULTANT", "officeId", world.officeB())).status()).isEqualTo(200);
        Answer certified = as(admin, "PUT", "/api/identity/users/" + consultantId + "/certification", Map.of("certified", true));
        assertThat(certified.map().get("certified")).isEqualTo(true);

        OAuthClient.Answer signedIn = oauth.signIn(consultant.toUpperCase(), PASSWORD);

        assertThat(signedIn.status()).as(signedIn.body().toString()).isEqualTo(200);
        JWTClaimsSet claims = verified(signedIn.accessToken(), jwks());
        assertThat(claims.getSubject()).isEqualTo(consultantId);
        assertThat(claims.getStringClaim("developer_id")).isEqualTo(world.developerId());
        assertThat(claims.getJSONObjectClaim("office_roles")).isEqualTo(Map.of(
                world.officeA(), List.of("CONSULTANT"), world.officeB(), List.of("CONSULTANT")));
        assertThat(claims.getStringListClaim("roles")).isEmpty();
        assertThat(claims.getBooleanClaim("certified")).isTrue();
        Answer me = as(signedIn.accessToken(), "GET", "/api/identity/me", null);
        assertThat(me.map()).containsEntry("username", consultant).containsEntry("certified", true)
                .containsEntry("developerId", world.developerId());
        Answer user = as(admin, "GET", "/api/identity/users/" + consultantId, null);
        assertThat(user.map().toString()).doesNotContain("bcrypt").doesNotContain("passwordHash");
    }

    @Test
    @DisplayName("NOTE-6: a consultant sets their own mobile and SMS reminders; it is stored, read back and shown to their PM "
            + "masked (138****5678); a number that is no mainland mobile, or SMS without a number, is refused 400 and changes nothing")
    void ownMobileForSmsReminders() {
        World world = world();
        String pm = unique("pm");
        String consultant = unique("contact");
        staff(pm, world.developerId(), "PM", world.officeA());
        String consultantId = staff(consultant, world.developerId(), "CONSULTANT", world.officeA());
        String token = oauth.signIn(consultant, PASSWORD).accessToken();

        Answer set = as(token, "PUT", "/api/identity/me/contact", Map.of("mobile", "138 1234 5678", "smsReminders", true));
        Answer wrong = as(token, "PUT", "/api/identity/me/contact", Map.of("mobile", "1381234567", "smsReminders", true));
        Answer noNumber = as(token, "PUT", "/api/identity/me/contact", Map.of("mobile", "", "smsReminders", true));

        assertThat(set.status()).isEqualTo(200);
        assertThat(set.map()).containsEntry("mobile", "138****5678").containsEntry("smsReminders", true);
        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.map()).containsEntry("field", "mobile");
        assertThat(noNumber.status()).isEqualTo(400);
        assertThat(noNumber.map()).containsEntry("field", "smsReminders");
        assertThat(as(token, "GET", "/api/identity/me/contact", null).map()).containsEntry("mobile", "138****5678")
                .containsEntry("smsReminders", true);
        Answer seenByPm = as(oauth.signIn(pm, PASSWORD).accessToken(), "GET", "/api/identity/users/" + consultantId, null);
        assertThat(seenByPm.map()).containsEntry("mobile", "138****5678").containsEntry("smsReminders", true);
        assertThat(seenByPm.text()).doesNotContain("13812345678");
    }

    @Test
    @DisplayName("refresh rotates the refresh token (the used one is refused); revoking the refresh token ends the session")
    void refreshRotatesAndRevocationEnds() {
        World world = world();
        String name = unique("rotate");
        staff(name, world.developerId(), "CONSULTANT", world.officeA());
        OAuthClient.Answer first = oauth.signIn(name, PASSWORD);

        OAuthClient.Answer second = oauth.refresh(first.refreshToken());
        OAuthClient.Answer replay = oauth.refresh(first.refreshToken());

        assertThat(second.status()).as(second.body().toString()).isEqualTo(200);
        assertThat(second.refreshToken()).isNotEqualTo(first.refreshToken());
        assertThat(replay.status()).isEqualTo(400);
        assertThat(replay.error()).isEqualTo("invalid_grant");
        assertThat(as(second.accessToken(), "GET", "/api/identity/me", null).status()).isEqualTo(200);
        assertThat(as(first.accessToken(), "GET", "/api/identity/me", null).status())
                .as("the replaced access token is no longer accepted here").isEqualTo(401);

        assertThat(oauth.revoke(second.accessToken(), "access_token").status()).isEqualTo(200);
        assertThat(as(second.accessToken(), "GET", "/api/identity/me", null).status()).isEqualTo(401);
        OAuthClient.Answer third = oauth.refresh(second.refreshToken());
        assertThat(third.status()).as("revoking the access token leaves the refresh token").isEqualTo(200);

        assertThat(oauth.revoke(third.refreshToken(), "refresh_token").status()).isEqualTo(200);
        assertThat(oauth.refresh(third.refreshToken()).error()).isEqualTo("invalid_grant");
        assertThat(as(third.accessToken(), "GET", "/api/identity/me", null).status())
                .as("revoking the refresh token revokes its access token").isEqualTo(401);
        assertThat(oauth.post("/oauth2/revoke", Map.of("token", third.refreshToken()), null, null, Map.of()).status())
                .as("revocation needs the client's authentication").isEqualTo(401);
    }

    @Test
    @DisplayName("sign-out ends every session of the caller; IDN-6: leaving ends the sessions and refuses sign-in")
    void signOutAndLeaving() {
        World world = world();
        String name = unique("signout");
        String userId = staff(name, world.developerId(), "FINANCE", world.officeA());
        OAuthClient.Answer phone = oauth.signIn(name, PASSWORD);
        OAuthClient.Answer desk = oauth.signIn(name, PASSWORD);

        Answer signedOut = as(phone.accessToken(), "POST", "/api/identity/sign-out", null);

        assertThat(signedOut.status()).isEqualTo(200);
        assertThat(signedOut.map().get("sessionsEnded")).isEqualTo(2);
        assertThat(oauth.refresh(phone.refreshToken()).error()).isEqualTo("invalid_grant");
        assertThat(oauth.refresh(desk.refreshToken()).error()).isEqualTo("invalid_grant");
        assertThat(as(desk.accessToken(), "GET", "/api/identity/me", null).status()).isEqualTo(401);

        OAuthClient.Answer again = oauth.signIn(name, PASSWORD);
        Answer left = as(admin, "POST", "/api/identity/users/" + userId + "/leave", null);
        assertThat(left.map().get("employment")).isEqualTo("LEFT");
        assertThat(oauth.refresh(again.refreshToken()).error()).isEqualTo("invalid_grant");
        OAuthClient.Answer refused = oauth.signIn(name, PASSWORD);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).isEqualTo(oauth.signIn(unique("nobody"), PASSWORD).body());
        List<Map<String, Object>> audit = as(admin, "GET", "/api/identity/audit?officeId=" + world.officeA(), null).list();
        assertThat(audit).filteredOn(e -> userId.equals(e.get("subjectId"))).extracting(e -> e.get("action"))
                .contains("SIGNED_OUT", "EMPLOYMENT_ENDED", "SIGN_IN_REFUSED");
    }

    @Test
    @DisplayName("IDN-4: a user changes their own password with the current one: every session ends, only the new one signs in, the audit shows it")
    void changeOwnPassword() {
        World world = world();
        String name = unique("changer");
        String userId = staff(name, world.developerId(), "CONSULTANT", world.officeA());
        OAuthClient.Answer phone = oauth.signIn(name, PASSWORD);
        OAuthClient.Answer desk = oauth.signIn(name, PASSWORD);
        String next = "a-new-password-2026";

        Answer wrongCurrent = as(desk.accessToken(), "POST", "/api/identity/me/password",
                Map.of("currentPassword", "not-the-password", "password", next));
        Answer tooShort = as(desk.accessToken(), "POST", "/api/identity/me/password",
                Map.of("currentPassword", PASSWORD, "password", "short"));
        Answer same = as(desk.accessToken(), "POST", "/api/identity/me/password",
                Map.of("currentPassword", PASSWORD, "password", PASSWORD));
        Answer changed = as(desk.accessToken(), "POST", "/api/identity/me/password",
                Map.of("currentPassword", PASSWORD, "password", next));

        assertThat(wrongCurrent.status()).isEqualTo(400);
        assertThat(wrongCurrent.text("field")).isEqualTo("currentPassword");
        assertThat(tooShort.text("field")).isEqualTo("password");
        assertThat(same.text("field")).isEqualTo("password");
        assertThat(changed.status()).as(changed.body().toString()).isEqualTo(200);
        assertThat(changed.map().get("sessionsEnded")).isEqualTo(2);
        assertThat(oauth.refresh(phone.refreshToken()).error()).isEqualTo("invalid_grant");
        assertThat(as(desk.accessToken(), "GET", "/api/identity/me", null).status()).isEqualTo(401);
        assertThat(oauth.signIn(name, PASSWORD).status()).isEqualTo(400);
        assertThat(oauth.signIn(name, next).status()).isEqualTo(200);
        List<Map<String, Object>> audit = as(admin, "GET", "/api/identity/audit?officeId=" + world.officeA(), null).list();
        assertThat(audit).filteredOn(e -> userId.equals(e.get("subjectId"))).extracting(e -> e.get("action"))
                .contains("PASSWORD_CHANGE_REFUSED", "PASSWORD_CHANGED");
    }

    @Test
    @DisplayName("IDN-4/IDN-5/IDN-7: the PM resets a locked-out consultant's password: the lock lifts, sessions end; a colleague may not, nor may anyone reset their own")
    void resetPassword() {
        World world = world();
        String name = unique("forgot");
        String userId = staff(name, world.developerId(), "CONSULTANT", world.officeA());
        String pmName = unique("pm");
        staff(pmName, world.developerId(), "PM", world.officeA());
        String colleagueName = unique("colleague");
        staff(colleagueName, world.developerId(), "CONSULTANT", world.officeA());
        String strangerName = unique("stranger");
        staff(strangerName, world.otherDeveloperId(), "PM", world.officeX());
        OAuthClient.Answer session = oauth.signIn(name, PASSWORD);
        for (int i = 0; i < 5; i++) {
            oauth.signIn(name, "wrong-password-" + i);
        }
        assertThat(oauth.signIn(name, PASSWORD).status()).as("locked").isEqualTo(400);
        String pm = oauth.signIn(pmName, PASSWORD).accessToken();
        String colleague = oauth.signIn(colleagueName, PASSWORD).accessToken();
        String stranger = oauth.signIn(strangerName, PASSWORD).accessToken();
        Map<String, String> body = Map.of("password", "reset-password-2026");

        assertThat(as(colleague, "POST", "/api/identity/users/" + userId + "/password", body).status()).isEqualTo(403);
        assertThat(as(stranger, "POST", "/api/identity/users/" + userId + "/password", body).status()).isEqualTo(404);
        assertThat(as(pm, "POST", "/api/identity/users/user-unknown/password", body).status()).as("an unknown user")
                .isEqualTo(404);
        Answer reset = as(pm, "POST", "/api/identity/users/" + userId + "/password", body);

        assertThat(reset.status()).as(reset.body().toString()).isEqualTo(200);
        assertThat(oauth.refresh(session.refreshToken()).error()).isEqualTo("invalid_grant");
        assertThat(oauth.signIn(name, "reset-password-2026").status()).as("the lock is lifted").isEqualTo(200);
        String pmId = as(pm, "GET", "/api/identity/me", null).text("userId");
        assertThat(as(pm, "POST", "/api/identity/users/" + pmId + "/password", body).status())
                .as("one's own password is changed with the current one").isEqualTo(403);
        List<Map<String, Object>> audit = as(admin, "GET", "/api/identity/audit?officeId=" + world.officeA(), null).list();
        assertThat(audit).filteredOn(e -> userId.equals(e.get("subjectId"))).extracting(e -> e.get("action"))
                .contains("LOCKED_OUT", "PASSWORD_RESET");
    }

    @Test
    @DisplayName("IDN-5: the fifth wrong password locks the account, the right one is then refused alike, and the office's audit shows it all")
    void lockout() {
        World world = world();
        String name = unique("locked");
        String userId = staff(name, world.developerId(), "CONSULTANT", world.officeA());
        Map<String, String> viaGateway = Map.of("X-Forwarded-For", "203.0.113.7, 10.0.0.2");

        List<OAuthClient.Answer> wrong = new java.util.ArrayList<>();
        for (int i = 0; i < 5; i++) {
            wrong.add(oauth.signIn(name, "wrong-password-" + i, viaGateway));
        }
        OAuthClient.Answer right = oauth.signIn(name, PASSWORD, viaGateway);

        assertThat(wrong).extracting(OAuthClient.Answer::status).containsOnly(400);
        assertThat(right.status()).isEqualTo(400);
        assertThat(right.body()).isEqualTo(wrong.getFirst().body());
        assertThat(right.error()).isEqualTo("invalid_grant");
        Answer user = as(admin, "GET", "/api/identity/users/" + userId, null);
        assertThat(user.map().get("lockedUntil")).isNotNull();
        List<Map<String, Object>> audit = as(admin, "GET", "/api/identity/audit?officeId=" + world.officeA(), null).list();
        List<Map<String, Object>> mine = audit.stream().filter(e -> userId.equals(e.get("subjectId"))).toList();
        assertThat(mine).extracting(e -> e.get("action")).containsExactly("SIGN_IN_REFUSED", "LOCKED_OUT",
                "SIGN_IN_FAILED", "SIGN_IN_FAILED", "SIGN_IN_FAILED", "SIGN_IN_FAILED", "ROLE_GRANTED");
        assertThat(mine.getFirst().get("address")).isEqualTo("203.0.113.7 via 127.0.0.1");
        assertThat(mine.getFirst().get("developerId")).isEqualTo(world.developerId());
    }

    @Test
    @DisplayName("IDN-5: an unknown username answers exactly like a wrong password")
    void unknownUserLikeWrongPassword() {
        World world = world();
        String name = unique("known");
        staff(name, world.developerId(), "CONSULTANT", world.officeA());

        OAuthClient.Answer unknown = oauth.signIn(unique("unknown"), PASSWORD);
        OAuthClient.Answer wrongPassword = oauth.signIn(name, "not-the-password");
        OAuthClient.Answer malformedName = oauth.signIn("李", PASSWORD);

        assertThat(unknown.status()).isEqualTo(400).isEqualTo(wrongPassword.status()).isEqualTo(malformedName.status());
        assertThat(unknown.body()).isEqualTo(wrongPassword.body()).isEqualTo(malformedName.body());
        assertThat(unknown.error()).isEqualTo("invalid_grant");
    }

    @Test
    @DisplayName("malformed, expired, foreign-key, session-less and absent tokens answer 401 on /api/identity/me")
    void badTokens() throws Exception {
        RSAKey signing = (RSAKey) jwkSource.get(new JWKSelector(new JWKMatcher.Builder().privateOnly(true).build()), null).getFirst();
        String subject = as(admin, "GET", "/api/identity/me", null).text("userId");
        Instant now = Instant.now();
        String expired = sign(signing, subject, now.minus(Duration.ofHours(1)), now.minus(Duration.ofMinutes(30)));
        String foreign = sign(new RSAKeyGenerator(2048).keyID(signing.getKeyID()).generate(), subject,
                now, now.plus(Duration.ofMinutes(10)));
        String noSession = sign(signing, subject, now, now.plus(Duration.ofMinutes(10)));

        assertThat(as("not-a-jwt", "GET", "/api/identity/me", null).status()).isEqualTo(401);
        assertThat(as(expired, "GET", "/api/identity/me", null).status()).isEqualTo(401);
        assertThat(as(foreign, "GET", "/api/identity/me", null).status()).isEqualTo(401);
        assertThat(as(noSession, "GET", "/api/identity/me", null).status()).isEqualTo(401);
        assertThat(http.get("/api/identity/me").status()).isEqualTo(401);
        assertThat(as(admin, "GET", "/api/identity/me", null).status()).isEqualTo(200);
    }

    static String sign(RSAKey key, String subject, Instant issuedAt, Instant expiresAt) throws Exception {
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID())
                .type(JOSEObjectType.JWT).build(),
                new JWTClaimsSet.Builder().issuer(ISSUER).subject(subject).audience("anchang-gateway")
                        .issueTime(Date.from(issuedAt)).notBeforeTime(Date.from(issuedAt))
                        .expirationTime(Date.from(expiresAt)).claim("username", "admin").build());
        jwt.sign(new RSASSASigner(key));
        return jwt.serialize();
    }

    @Test
    @DisplayName("IDN-7: a PM grants in their own office (200), not in another office (403), not in another developer's (404), never HEAD_OFFICE (403)")
    void pmGrantRules() {
        World world = world();
        String pm = unique("pm");
        staff(pm, world.developerId(), "PM", world.officeA());
        String newcomer = staff(unique("newcomer"), world.developerId(), null, null);
        String foreigner = staff(unique("foreigner"), world.otherDeveloperId(), null, null);
        String pmToken = oauth.signIn(pm, PASSWORD).accessToken();

        Answer ownOffice = as(pmToken, "POST", "/api/identity/users/" + newcomer + "/grants",
                Map.of("role", "CONSULTANT", "officeId", world.officeA()));
        Answer otherOffice = as(pmToken, "POST", "/api/identity/users/" + newcomer + "/grants",
                Map.of("role", "CONSULTANT", "officeId", world.officeB()));
        Answer otherDeveloperOffice = as(pmToken, "POST", "/api/identity/users/" + newcomer + "/grants",
                Map.of("role", "CONSULTANT", "officeId", world.officeX()));
        Answer otherDeveloperUser = as(pmToken, "GET", "/api/identity/users/" + foreigner, null);
        Answer headOffice = as(pmToken, "POST", "/api/identity/users/" + newcomer + "/grants", Map.of("role", "HEAD_OFFICE"));
        Answer createUser = as(pmToken, "POST", "/api/identity/users", Map.of("username", unique("x"), "displayName", "x",
                "developerId", world.developerId(), "password", PASSWORD));
        Answer otherAudit = as(pmToken, "GET", "/api/identity/audit?officeId=" + world.officeB(), null);

        assertThat(ownOffice.status()).isEqualTo(200);
        assertThat(otherOffice.status()).isEqualTo(403);
        assertThat(otherOffice.map().get("rule")).isEqualTo("IDN-7");
        assertThat(otherDeveloperOffice.status()).isEqualTo(404);
        assertThat(otherDeveloperUser.status()).isEqualTo(404);
        assertThat(headOffice.status()).isEqualTo(403);
        assertThat(createUser.status()).isEqualTo(403);
        assertThat(otherAudit.status()).isEqualTo(403);
        assertThat(as(pmToken, "GET", "/api/identity/audit?officeId=" + world.officeA(), null).status()).isEqualTo(200);
        Answer granted = as(admin, "GET", "/api/identity/users/" + newcomer, null);
        assertThat(granted.map().get("grants")).isEqualTo(List.of(Map.of("officeId", world.officeA(), "role", "CONSULTANT")));
    }

    @Test
    @DisplayName("bad input answers 400 naming the field (never 500) and stores nothing; rule refusals 409 naming the rule")
    void badInput() {
        World world = world();
        String name = unique("dup");

        Answer shortPassword = as(admin, "POST", "/api/identity/users", Map.of("username", name, "displayName", "x",
                "developerId", world.developerId(), "password", "short"));
        Answer missingName = as(admin, "POST", "/api/identity/users", Map.of("displayName", "x", "password", PASSWORD));
        Answer unknownField = as(admin, "POST", "/api/identity/developers", "{\"name\":\"d\",\"tier\":1}");
        Answer malformed = as(admin, "POST", "/api/identity/developers", "{\"name\": ");
        Answer badZone = as(admin, "POST", "/api/identity/offices", Map.of("developerId", world.developerId(),
                "name", "o", "zone", "Mars/Olympus"));
        Answer badRole = as(admin, "POST", "/api/identity/users/x/grants", Map.of("role", "KING"));
        Answer unknownDeveloper = as(admin, "POST", "/api/identity/offices", Map.of("developerId", "dev-none", "name", "o"));

        assertThat(shortPassword.status()).isEqualTo(400);
        assertThat(shortPassword.map().get("field")).isEqualTo("password");
        assertThat(as(admin, "POST", "/api/identity/users", Map.of("username", name, "displayName", "x",
                "developerId", world.developerId(), "password", PASSWORD)).status())
                .as("the refused user was not stored").isEqualTo(201);
        assertThat(missingName.map().get("field")).isEqualTo("username");
        assertThat(unknownField.status()).isEqualTo(400);
        assertThat(unknownField.map().get("field")).isEqualTo("tier");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(badZone.map().get("field")).isEqualTo("zone");
        assertThat(badRole.status()).isEqualTo(400);
        assertThat(badRole.map().get("field")).isEqualTo("role");
        assertThat(unknownDeveloper.status()).isEqualTo(404);

        Answer duplicate = as(admin, "POST", "/api/identity/users", Map.of("username", name.toUpperCase(),
                "displayName", "x", "developerId", world.developerId(), "password", PASSWORD));
        assertThat(duplicate.status()).isEqualTo(409);
        assertThat(duplicate.map().get("rule")).isEqualTo("IDN-1");
        String userId = staff(unique("cross"), world.developerId(), null, null);
        Answer crossDeveloper = as(admin, "POST", "/api/identity/users/" + userId + "/grants",
                Map.of("role", "CONSULTANT", "officeId", world.officeX()));
        assertThat(crossDeveloper.status()).isEqualTo(409);
        assertThat(crossDeveloper.map().get("rule")).isEqualTo("IDN-2");

        OAuthClient.Answer noPassword = oauth.post("/oauth2/token", Map.of("grant_type", OAuthClient.GRANT, "username", name),
                OAuthClient.CLIENT_ID, OAuthClient.CLIENT_SECRET, Map.of());
        assertThat(noPassword.status()).isEqualTo(400);
        assertThat(noPassword.error()).isEqualTo("invalid_request");
        assertThat(noPassword.body().get("error_description").toString()).contains("password");
        OAuthClient.Answer wrongClient = oauth.post("/oauth2/token", Map.of("grant_type", OAuthClient.GRANT,
                "username", name, "password", PASSWORD), OAuthClient.CLIENT_ID, "not-the-secret", Map.of());
        assertThat(wrongClient.status()).isEqualTo(401);
        assertThat(wrongClient.error()).isEqualTo("invalid_client");
    }

    @Test
    @DisplayName("a second instance on the same database shares the signing key and the sessions: it accepts and refreshes the first one's tokens")
    void secondInstanceSharesKeyAndSessions() throws Exception {
        World world = world();
        String name = unique("restart");
        staff(name, world.developerId(), "SALES_CONTROL", world.officeA());
        OAuthClient.Answer issued = oauth.signIn(name, PASSWORD);
        String firstKeys = jwks().toString();

        try (ConfigurableApplicationContext second = new SpringApplicationBuilder(IdentityApplication.class).run(
                "--server.port=0", "--spring.mongodb.uri=" + mongoUri, "--anchang.mongo.embedded=true",
                "--spring.kafka.bootstrap-servers=" + brokers, "--logging.structured.format.console=")) {
            int secondPort = second.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
            TestHttp other = new TestHttp(secondPort);

            Answer me = other.call("GET", "/api/identity/me", null, bearer(issued.accessToken()));
            OAuthClient.Answer refreshed = new OAuthClient(secondPort).refresh(issued.refreshToken());

            assertThat(JWKSet.parse(other.get("/oauth2/jwks").text()).toString()).isEqualTo(firstKeys);
            assertThat(me.status()).isEqualTo(200);
            assertThat(me.map().get("officeRoles")).isEqualTo(Map.of(world.officeA(), List.of("SALES_CONTROL")));
            assertThat(refreshed.status()).as(refreshed.body().toString()).isEqualTo(200);
            assertThat(as(refreshed.accessToken(), "GET", "/api/identity/me", null).status())
                    .as("and the first instance accepts the second's").isEqualTo(200);
        }
    }

    @Test
    @DisplayName("the HTTP API is described by OpenAPI; the authorization server publishes its metadata")
    void openApiAndMetadata() {
        Answer docs = http.get("/v3/api-docs");
        assertThat(docs.status()).isEqualTo(200);
        @SuppressWarnings("unchecked")
        Map<String, Object> paths = (Map<String, Object>) docs.map().get("paths");
        assertThat(paths).containsKeys("/api/identity/users/{userId}/grants", "/api/identity/me");
        Answer metadata = http.get("/.well-known/oauth-authorization-server");
        assertThat(metadata.status()).isEqualTo(200);
        assertThat(metadata.map()).containsEntry("issuer", ISSUER).containsEntry("jwks_uri", ISSUER + "/oauth2/jwks");
    }
}
