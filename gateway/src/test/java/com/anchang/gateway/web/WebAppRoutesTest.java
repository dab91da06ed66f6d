package com.anchang.gateway.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import org.springframework.test.web.reactive.server.WebTestClient;

/** The office web app as the gateway serves it: the page never cached, its hashed assets cached for good. */
class WebAppRoutesTest {

    private final WebTestClient client = WebTestClient.bindToRouterFunction(new WebAppRoutes().officeWebApp()).build();

    @Test
    void servesTheAppPageWithItsPolicyAndNoCaching() throws IOException {
        String built = new ClassPathResource("static/app/index.html").getContentAsString(StandardCharsets.UTF_8);
        String page = client.get().uri("/app/").exchange()
                .expectStatus().isOk()
                .expectHeader().contentType("text/html;charset=UTF-8")
                .expectHeader().valueEquals("Cache-Control", "no-cache")
                .expectHeader().valueEquals("Content-Security-Policy", WebAppRoutes.policyFor(built))
                .expectBody(String.class).returnResult().getResponseBody();
        assertThat(page).contains("<div id=\"app\">").contains("/app/assets/");
        client.get().uri("/app").exchange().expectStatus().isEqualTo(301).expectHeader().location("/app/");
    }

    @Test
    void allowsThePageItsOwnInlineScriptByItsHashAndNoOther() {
        String policy = WebAppRoutes.policyFor("<head><meta charset=\"utf-8\"><script>alert(1)</script>"
                + "<script type=\"module\" crossorigin src=\"/app/assets/index-1.js\"></script></head>");

        // base64(sha256("alert(1)")), as a browser hashes the script's text
        assertThat(policy).contains("script-src 'self' 'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI='; ")
                .doesNotContainPattern("script-src[^;]*unsafe");
        assertThat(WebAppRoutes.policyFor("<head></head>")).contains("script-src 'self'; ");
    }

    @Test
    void theBuiltPageCarriesTheBootScriptInline() throws IOException {
        String built = new ClassPathResource("static/app/index.html").getContentAsString(StandardCharsets.UTF_8);
        assertThat(built).contains("<script>(() => {").contains("anchangEarly");
        assertThat(WebAppRoutes.policyFor(built)).containsPattern("script-src 'self' 'sha256-[A-Za-z0-9+/]{43}='; ");
    }

    @Test
    void servesTheBuiltScriptWithALongCacheAndNothingOutsideAssets() throws IOException {
        String page = new ClassPathResource("static/app/index.html").getContentAsString(StandardCharsets.UTF_8);
        Matcher script = Pattern.compile("src=\"(/app/assets/[^\"]+\\.js)\"").matcher(page);
        assertThat(script.find()).as("the built page names its script").isTrue();
        client.get().uri(script.group(1)).exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals("Cache-Control", "max-age=31536000, public, immutable");
        client.get().uri("/app/assets/missing.js").exchange().expectStatus().isNotFound();
        client.get().uri("/app/assets/../index.html").exchange().expectStatus().is4xxClientError();
    }
}
