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
    void servesTheAppPageWithItsPolicyAndNoCaching() {
        String page = client.get().uri("/app/").exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals("Cache-Control", "no-cache")
                .expectHeader().valueEquals("Content-Security-Policy", WebAppRoutes.APP_POLICY)
                .expectBody(String.class).returnResult().getResponseBody();
        assertThat(page).contains("<div id=\"app\">").contains("/app/assets/");
        client.get().uri("/app").exchange().expectStatus().isEqualTo(301).expectHeader().location("/app/");
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
