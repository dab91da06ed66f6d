package com.anchang.platform;

import static com.anchang.platform.OfficeWebAppE2E.await;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.anchang.platform.GatewayClient.Answer;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One desk-size Chromium (1440×900) on one embedded platform, signed in as one person after another: what the
 * desk screens' browser tests share.
 */
record DeskBrowser(E2EPlatform e2e, WebDriver desk) {

    /** The browser, or the test skipped with what to install when Debian's chromium is missing. */
    static DeskBrowser open(E2EPlatform e2e) throws IOException {
        assumeTrue(Files.isExecutable(OfficeWebAppE2E.CHROMIUM) && Files.isExecutable(OfficeWebAppE2E.CHROMEDRIVER),
                "the browser tests need Debian's chromium and chromium-driver (apt-get install chromium "
                        + "chromium-driver fonts-noto-cjk); ./anchang test installs them when run as root");
        Files.createDirectories(OfficeWebAppE2E.SHOTS);
        return new DeskBrowser(e2e, OfficeWebAppE2E.browser(1440, 900));
    }

    static JsonNode ok(Answer answer) {
        assertThat(answer.status()).as(answer.body().toString()).isEqualTo(200);
        return answer.body();
    }

    /** Signs in afresh (no session left from the person before) and lands on the role's own start page. */
    void signIn(String username, String password, String landing) {
        desk.get(e2e.platform().config().gatewayUrl() + "/app/#/sign-in");
        desk.manage().deleteAllCookies();
        desk.navigate().refresh();
        OfficeWebAppE2E.type(desk, "username", username);
        OfficeWebAppE2E.type(desk, "password", password);
        await(desk, "sign-in").click();
        new WebDriverWait(desk, OfficeWebAppE2E.PATIENCE).until(browser -> browser.getCurrentUrl().endsWith(landing));
    }

    /** Types into an input found by a CSS selector, as a person does. */
    void typeInto(String css, String text) {
        WebElement input = new WebDriverWait(desk, OfficeWebAppE2E.PATIENCE)
                .until(browser -> browser.findElement(By.cssSelector(css)));
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
        input.sendKeys(text);
    }

    /** The same screen at phone size (390×844): a screenshot, nothing wider than the phone; then back at the desk. */
    void atPhoneSize(String name) throws IOException {
        desk.manage().window().setSize(new Dimension(390, 844));
        try {
            OfficeWebAppE2E.shot(desk, name);
            assertPageFits(390);
        } finally {
            desk.manage().window().setSize(new Dimension(1440, 900));
        }
    }

    /** Nothing overflows the window: the page is no wider than the screen. */
    void assertPageFits(int width) {
        Object scroll = ((JavascriptExecutor) desk).executeScript("return document.documentElement.scrollWidth");
        assertThat(((Number) scroll).intValue()).isLessThanOrEqualTo(width);
    }
}
