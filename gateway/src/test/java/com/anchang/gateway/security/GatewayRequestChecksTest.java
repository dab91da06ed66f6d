package com.anchang.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.server.resource.web.server.authentication.ServerBearerTokenAuthenticationConverter;
import org.springframework.security.web.server.authentication.ServerAuthenticationConverter;
import org.springframework.security.web.server.firewall.ServerExchangeRejectedException;
import org.springframework.security.web.server.firewall.ServerWebExchangeFirewall;
import org.springframework.security.web.server.firewall.StrictServerWebExchangeFirewall;
import org.springframework.web.server.ServerWebExchange;

/**
 * The gateway's firewall and bearer-token reader (support's RequestChecks scans in place of Spring
 * Security's regular expressions) refuse exactly what Spring Security's reactive originals refuse:
 * header names and values with control characters, unassigned code points, lone surrogates, CR/LF
 * injection; oversized and forged headers; malformed bearer values.
 */
class GatewayRequestChecksTest {

    final ServerWebExchangeFirewall original = new StrictServerWebExchangeFirewall();
    final ServerWebExchangeFirewall ours = new GatewaySecurity().webExchangeFirewall();

    /** "ok" when the firewalled exchange lets the header be read, else "refused". */
    static String headerRead(ServerWebExchangeFirewall firewall, String name, String value) {
        ServerWebExchange exchange = MockServerWebExchange.from(MockServerHttpRequest.get("/api/inventory/units/u-1")
                .header(name, value));
        try {
            ServerWebExchange firewalled = firewall.getFirewalledExchange(exchange).block();
            firewalled.getRequest().getHeaders().getFirst(name);
            firewalled.getRequest().getHeaders().get(name);
            return "ok";
        } catch (ServerExchangeRejectedException refused) {
            return "refused";
        }
    }

    @Test
    @DisplayName("hostile header values and names are refused by the gateway's firewall exactly as by Spring Security's strict firewall")
    void hostileHeaders() {
        String token = "eyJhbGciOiJSUzI1NiJ9." + "a".repeat(880);
        List<String> corpus = new ArrayList<>(List.of("Bearer " + token, "Bearer " + token + "\u0000", "a\u0085b", "a\u2028b",
                "\uD800", "\uDC00\uD800", "\uD83D\uDE00", "\u0378", "\uFFFE", "\u007f", "\u009f", "a\tb", "中文", "\u001B[2J",
                "Bearer " + token.repeat(60), "Bearer " + token.repeat(60) + "\u0007"));
        Random random = new Random(18);
        char[] alphabet = {'a', 'Z', ' ', '\t', '\u0000', '\u001f', '\u007f', '\u0080', '\u00a0', '\u0378', '\u2028', '\uffff',
                '\ud800', '\udc00', '中'};
        for (int i = 0; i < 5_000; i++) {
            StringBuilder text = new StringBuilder("v");
            for (int n = random.nextInt(12); n >= 0; n--) {
                text.append(alphabet[random.nextInt(alphabet.length)]);
            }
            corpus.add(text.toString());
        }
        int refused = 0;
        for (String value : corpus) {
            String expected = headerRead(original, "X-Probe", value);
            assertThat(headerRead(ours, "X-Probe", value)).as("value %s", value).isEqualTo(expected);
            assertThat(headerRead(ours, "X-" + value, "v")).as("name %s", value).isEqualTo(headerRead(original, "X-" + value, "v"));
            refused += expected.equals("refused") ? 1 : 0;
        }
        assertThat(refused).isGreaterThan(3_000);
    }

    /** The token, nothing, or the refusal's error code and description. */
    static String converted(ServerAuthenticationConverter converter, String authorization) {
        MockServerHttpRequest.BaseBuilder<?> request = MockServerHttpRequest.get("/api/leads");
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        try {
            Authentication authentication = converter.convert(MockServerWebExchange.from(request)).block();
            return authentication == null ? "none" : "token " + authentication.getCredentials();
        } catch (OAuth2AuthenticationException refused) {
            return "refused " + refused.getError().getErrorCode() + ": " + refused.getError().getDescription();
        }
    }

    @Test
    @DisplayName("bearer values: the token, none, or 'Bearer token is malformed' (invalid_token) exactly as Spring Security's reactive converter answers")
    void bearerValues() {
        ServerAuthenticationConverter originalConverter = new ServerBearerTokenAuthenticationConverter();
        ServerAuthenticationConverter ourConverter = GatewaySecurity.bearerTokens();
        List<String> corpus = new ArrayList<>(java.util.Arrays.asList(null, "", "Bearer", "Bearer ", "bearer abc", "BEARER abc==",
                "Bearer abc=d", "Bearer  abc", "Bearer\tabc", "Bearer abc\n", "Bearer abc\u2028", "Bearer a b", "Basic abc",
                "DPoP abc", "Bearer tok\u212Aen", "Bearer ==", "Bearer -._~+/"));
        Random random = new Random(6750);
        String[] heads = {"Bearer ", "bearer ", "Bearer", "Bearer  ", "bEaReR ", "Bearer\u00a0"};
        char[] alphabet = {'a', 'Z', '9', '-', '.', '_', '~', '+', '/', '=', ' ', '\t', '\n', '\u0085', '\u212a', '!', ','};
        for (int i = 0; i < 20_000; i++) {
            StringBuilder value = new StringBuilder(heads[random.nextInt(heads.length)]);
            for (int n = random.nextInt(10); n >= 0; n--) {
                value.append(alphabet[random.nextInt(alphabet.length)]);
            }
            corpus.add(value.toString());
        }
        int malformed = 0;
        for (String authorization : corpus) {
            String expected = converted(originalConverter, authorization);
            assertThat(converted(ourConverter, authorization)).as("Authorization: %s", authorization).isEqualTo(expected);
            malformed += expected.startsWith("refused") ? 1 : 0;
        }
        assertThat(malformed).isGreaterThan(10_000);
    }
}
