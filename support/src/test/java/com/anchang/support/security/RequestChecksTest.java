package com.anchang.support.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.server.resource.web.BearerTokenResolver;
import org.springframework.security.oauth2.server.resource.web.DefaultBearerTokenResolver;
import org.springframework.security.web.firewall.FirewalledRequest;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.StrictHttpFirewall;

/**
 * {@link RequestChecks} refuses exactly what Spring Security's own checks refuse: the default
 * {@link StrictHttpFirewall} (header names, header values, parameter names) and
 * {@link DefaultBearerTokenResolver} are the oracles, asked the same question on every code point and
 * on corpora of hostile values (control characters, unassigned code points, lone surrogates, line
 * separators, oversized and forged headers, malformed bearer values).
 */
class RequestChecksTest {

    /** A firewalled request whose one header / parameter the test changes between questions. */
    static final class Probe {

        final MockHttpServletRequest raw = new MockHttpServletRequest("GET", "/api/inventory/units/u-1");
        final FirewalledRequest firewalled;

        Probe(StrictHttpFirewall firewall) {
            raw.setRequestURI("/api/inventory/units/u-1");
            firewalled = firewall.getFirewalledRequest(raw);
        }

        boolean headerValueAllowed(String value) {
            raw.removeHeader("X-Probe");
            raw.addHeader("X-Probe", value);
            return allowed(() -> firewalled.getHeader("X-Probe"));
        }

        boolean headerNameAllowed(String name) {
            return allowed(() -> firewalled.getHeader(name));
        }

        boolean parameterNameAllowed(String name) {
            return allowed(() -> firewalled.getParameter(name));
        }

        private static boolean allowed(Runnable read) {
            try {
                read.run();
                return true;
            } catch (RequestRejectedException refused) {
                return false;
            }
        }
    }

    final Probe original = new Probe(new StrictHttpFirewall());
    final Probe ours = new Probe(new ResourceServerAutoConfiguration().httpFirewall());

    void sameAsTheOriginal(String text) {
        assertThat(ours.headerValueAllowed(text)).as("header value %s", escaped(text)).isEqualTo(original.headerValueAllowed(text));
        assertThat(ours.headerNameAllowed(text)).as("header name %s", escaped(text)).isEqualTo(original.headerNameAllowed(text));
        assertThat(ours.parameterNameAllowed(text)).as("parameter name %s", escaped(text))
                .isEqualTo(original.parameterNameAllowed(text));
    }

    @Test
    @DisplayName("every Unicode code point, alone and inside a token: allowed in a header name, value, parameter name exactly when the firewall allows it")
    void everyCodePoint() {
        int refusedValues = 0;
        for (int codePoint = 0; codePoint <= Character.MAX_CODE_POINT; codePoint++) {
            String alone = new String(Character.toChars(codePoint));
            boolean originalValue = original.headerValueAllowed(alone);
            assertThat(RequestChecks.allowedValue(alone)).as("value U+%04X", codePoint).isEqualTo(originalValue);
            assertThat(RequestChecks.allowedValue("eyJhbGci" + alone + "OiJSUzI1NiJ9")).as("value with U+%04X", codePoint)
                    .isEqualTo(originalValue);
            assertThat(RequestChecks.allowedName(alone)).as("name U+%04X", codePoint)
                    .isEqualTo(original.headerNameAllowed(alone));
            refusedValues += originalValue ? 0 : 1;
        }
        // the corpus has teeth: controls and the ~800,000 unassigned code points are refused
        assertThat(refusedValues).isGreaterThan(800_000);
    }

    @Test
    @DisplayName("hostile header values and names: controls, CR/LF injection, DEL, C1 controls, line separators, lone and reversed surrogates, unassigned and noncharacters, oversized")
    void hostileCorpus() {
        String token = jwtLike(900);
        List<String> corpus = new ArrayList<>(List.of("", " ", "\t", "Bearer " + token, "Bearer " + token + "\r\nX-User-Id: admin",
                "Bearer " + token + "\n", "Bearer\t" + token, token + "\u0000", "\u007f", "a\u0085b", "a\u2028b", "a\u2029b",
                "\uD800", "\uDC00", "\uDC00\uD800", "x\uD83D", "\uD83D\uDE00", "\u0378", "\uFFFE", "\uFFFF", "\uDB40\uDC80",
                "\u200B", "\u00A0", "中文值", "x-user-id", "X-Forwarded-For", "a b", "a\tb", "\u001B[31m",
                "Bearer " + token.repeat(80), "Bearer " + token.repeat(80) + "\u0001"));
        Random random = new Random(18);
        char[] alphabet = {'a', 'Z', '0', ' ', '\t', '\n', '\r', '\u0000', '\u001f', '\u007f', '\u0080', '\u009f', '\u00a0',
                '\u0378', '\u2028', '\ufffe', '\uffff', '\ud800', '\udc00', '\ud83d', '\ude00', '中', '=', '"', ';'};
        for (int i = 0; i < 50_000; i++) {
            StringBuilder text = new StringBuilder();
            for (int n = random.nextInt(24); n >= 0; n--) {
                text.append(alphabet[random.nextInt(alphabet.length)]);
            }
            corpus.add(text.toString());
        }
        int refused = 0;
        for (String text : corpus) {
            sameAsTheOriginal(text);
            refused += original.headerValueAllowed(text) ? 0 : 1;
        }
        assertThat(refused).isGreaterThan(40_000);
    }

    // ---- the bearer token -------------------------------------------------------------------------

    final BearerTokenResolver originalResolver = new DefaultBearerTokenResolver();
    final BearerTokenResolver ourResolver = ResourceServerAutoConfiguration.bearerTokens();

    /** The token, or the refusal's error code and description. */
    static String outcome(BearerTokenResolver resolver, String authorization) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/leads");
        if (authorization != null) {
            request.addHeader("Authorization", authorization);
        }
        try {
            return "token " + resolver.resolve(request);
        } catch (OAuth2AuthenticationException refused) {
            return "refused " + refused.getError().getErrorCode() + ": " + refused.getError().getDescription();
        }
    }

    void sameBearerOutcome(String authorization) {
        assertThat(outcome(ourResolver, authorization)).as("Authorization: %s", escaped(authorization))
                .isEqualTo(outcome(originalResolver, authorization));
    }

    @Test
    @DisplayName("bearer values: the token, no token, or 'Bearer token is malformed' (invalid_token) exactly as Spring Security's resolver answers")
    void bearerValues() {
        String token = jwtLike(900);
        List<String> corpus = new ArrayList<>(List.of("Bearer " + token, "bearer " + token, "BEARER " + token, "BeArEr " + token,
                "Bearer " + token + "==", "Bearer " + token + "=", "Bearer ==", "Bearer =", "Bearer " + token + "=a",
                "Bearer", "Bearer ", "bearer", "Bearer  " + token, "Bearer\t" + token, "Bearer " + token + " ",
                " Bearer " + token, "Bearer " + token + "\n", "Bearer " + token + "\r\n", "Bearer " + token + "\u0085",
                "Bearer " + token + "\u2028", "Bearer " + token + "\u0000", "Bearerx " + token, "Bearer: " + token,
                "Bearer " + token + "," + token, "Bearer a b", "Bearer ключ", "Bearer tok\u212Aen", "Bearer toſen",
                "BEAR\u0130R " + token, "Basic dXNlcjpwYXNz", "DPoP " + token, "", " ", "bear", "Token " + token,
                "Bearer -._~+/", "Bearer +/=", "Bearer " + token.repeat(70)));
        Random random = new Random(6750);
        String[] heads = {"Bearer ", "bearer ", "BEARER ", "Bearer", "Bearer  ", "Bearer\t", "bEaReR ", "Bearer\u00a0"};
        char[] alphabet = {'a', 'Z', '9', '-', '.', '_', '~', '+', '/', '=', ' ', '\t', '\n', '\r', '\u0085', '\u2028',
                '\u212a', '\u017f', '\u0130', '!', '%', ',', ';', '"', '中', '\ud83d'};
        for (int i = 0; i < 100_000; i++) {
            StringBuilder value = new StringBuilder(heads[random.nextInt(heads.length)]);
            for (int n = random.nextInt(16); n >= 0; n--) {
                value.append(alphabet[random.nextInt(alphabet.length)]);
            }
            corpus.add(value.toString());
        }
        int malformed = 0;
        for (String authorization : corpus) {
            sameBearerOutcome(authorization);
            malformed += outcome(originalResolver, authorization).startsWith("refused") ? 1 : 0;
        }
        sameBearerOutcome(null);
        assertThat(malformed).isGreaterThan(50_000);
    }

    @Test
    @DisplayName("a malformed bearer value is refused with invalid_token, a well-formed one gives its token, another scheme none")
    void bearerOutcomes() {
        assertThat(RequestChecks.bearerToken("Bearer abc.def-ghi_~+/==")).isEqualTo("abc.def-ghi_~+/==");
        assertThat(RequestChecks.bearerToken("Basic dXNlcg==")).isNull();
        assertThat(RequestChecks.bearerToken(null)).isNull();
        assertThatThrownBy(() -> RequestChecks.bearerToken("Bearer abc\r\nX-User-Id: admin"))
                .isInstanceOf(RequestChecks.MalformedBearerToken.class);
        assertThat(outcome(ourResolver, "Bearer a b")).isEqualTo("refused invalid_token: Bearer token is malformed");
    }

    static String jwtLike(int length) {
        StringBuilder token = new StringBuilder("eyJhbGciOiJSUzI1NiIsImtpZCI6IjEifQ.");
        Random random = new Random(length);
        String base64url = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
        while (token.length() < length) {
            token.append(base64url.charAt(random.nextInt(base64url.length())));
            if (token.length() == length / 2) {
                token.append('.');
            }
        }
        return token.toString();
    }

    static String escaped(String text) {
        if (text == null) {
            return "null";
        }
        Function<Integer, String> show = c -> c >= 0x20 && c < 0x7f ? String.valueOf((char) c.intValue())
                : String.format("\\u%04X", c);
        StringBuilder out = new StringBuilder();
        text.chars().limit(60).forEach(c -> out.append(show.apply(c)));
        return out + (text.length() > 60 ? "... (" + text.length() + " chars)" : "");
    }
}
