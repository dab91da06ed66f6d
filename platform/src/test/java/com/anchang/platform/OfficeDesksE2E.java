package com.anchang.platform;

import static com.anchang.platform.OfficeWebAppE2E.await;
import static com.anchang.platform.OfficeWebAppE2E.awaitText;
import static com.anchang.platform.OfficeWebAppE2E.shot;
import static com.anchang.platform.OfficeWebAppE2E.testId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.anchang.platform.GatewayClient.Answer;
import com.anchang.platform.GatewayClient.Staff;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The office web app's desk screens in real Chromium at desk size (1440×900), through the gateway of the
 * embedded platform: the PM overrides a collision with a reason (LEAD-5), approves a discount (UNIT-4) and a
 * subscription (DEAL-4); finance confirms money a colleague entered, sees its receipt and makes its PDF, and is
 * refused, in the service's words, confirming money they entered themselves (DEAL-1); head office reads the
 * dashboard of its offices and filters one, at desk and at tablet size. Screenshots in target/screenshots.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@ExtendWith(OfficeWebAppE2E.ShotsOnFailure.class)
class OfficeDesksE2E {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final Duration EVENTUALLY = Duration.ofSeconds(30);

    @RegisterExtension
    static final E2EPlatform E2E = new E2EPlatform(19_000, "e2e-desk-var-");

    static WebDriver desk;

    @BeforeAll
    static void browser() throws IOException {
        assumeTrue(Files.isExecutable(OfficeWebAppE2E.CHROMIUM) && Files.isExecutable(OfficeWebAppE2E.CHROMEDRIVER),
                "the browser tests need Debian's chromium and chromium-driver (apt-get install chromium "
                        + "chromium-driver fonts-noto-cjk); ./anchang test installs them when run as root");
        Files.createDirectories(OfficeWebAppE2E.SHOTS);
        desk = OfficeWebAppE2E.browser(1440, 900);
    }

    @AfterAll
    static void close() {
        OfficeWebAppE2E.close();
    }

    static Staff as(String username) {
        return E2E.gateway().as(username);
    }

    static JsonNode ok(Answer answer) {
        assertThat(answer.status()).as(answer.body().toString()).isEqualTo(200);
        return answer.body();
    }

    /** Signs in afresh (no session left from the person before) and lands on the role's own start page. */
    static void signIn(String username, String landing) {
        desk.get(E2E.platform().config().gatewayUrl() + "/app/#/sign-in");
        desk.manage().deleteAllCookies();
        desk.navigate().refresh();
        OfficeWebAppE2E.type(desk, "username", username);
        OfficeWebAppE2E.type(desk, "password", DemoData.DEMO_PASSWORD);
        await(desk, "sign-in").click();
        new WebDriverWait(desk, OfficeWebAppE2E.PATIENCE).until(browser -> browser.getCurrentUrl().endsWith(landing));
    }

    /** Types into an input found by a CSS selector, as a person does. */
    static void typeInto(String css, String text) {
        WebElement input = new WebDriverWait(desk, OfficeWebAppE2E.PATIENCE)
                .until(browser -> browser.findElement(By.cssSelector(css)));
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
        input.sendKeys(text);
    }

    static WebElement row(String dataTest) {
        return await(desk, dataTest);
    }

    /** A deal opened by a consultant on a unit and held for it (the deal sees the hold by inventory's event). */
    static String heldDeal(String unitId, String buyer, String mobile) {
        return Deals.heldDeal(as("bj.consultant1"), unitId, "lead-desk-" + unitId, buyer, mobile, buyer);
    }

    static String unit(String number) {
        return E2E.buildingId() + "-" + number;
    }

    @Test
    @Order(1)
    @DisplayName("LEAD-5, UNIT-4, DEAL-4: at the PM's desk a collision is overridden with a reason after its evidence is read, a discount and a subscription approved")
    void thePmDesk() throws IOException {
        Map<String, Object> chen = Map.of("officeId", "office-binjiang", "consent", "VERBAL", "customerName", "陈先生",
                "mobile", "13955550001", "source", "WALK_IN");
        assertThat(as("bj.consultant1").call("POST", "/api/leads", chen).status()).isEqualTo(201);
        Answer collides = as("bj.consultant2").call("POST", "/api/leads", chen);
        assertThat(collides.status()).as(collides.body().toString()).isEqualTo(409);
        String collisionId = await().atMost(EVENTUALLY).until(() -> as("bj.pm")
                .get("/api/leads/collisions?officeId=office-binjiang").body().path(0).path("collisionId").asText(""),
                id -> !id.isEmpty());
        String discounted = heldDeal(unit("1803"), "周女士", "13955550003");
        ok(as("bj.consultant1").call("POST", "/api/inventory/units/" + unit("1803") + "/discount",
                Map.of("dealId", discounted, "amount", "30000.00", "reason", "老业主推荐")));
        String reviewed = draftedSubscription(unit("1804"), "吴先生", "13955550004");

        signIn("bj.pm", "/desk/pm");
        WebElement evidence = await(desk, "evidence");
        assertThat(evidence.getText()).contains("登记").contains("二次登记（被拒）").contains("李娜").contains("王强");
        await(desk, "collision-override").click();
        awaitText(desk, "collision-error", "改判须填写理由");
        typeInto("[data-test='collision-reason']", "客户表示由王强首次接待");
        shot(desk, "desk-pm-collision");
        await(desk, "collision-override").click();
        awaitText(desk, "collision-done", "已裁定：由 王强 跟进");
        JsonNode resolved = ok(as("bj.pm").get("/api/leads/collisions/" + collisionId)).path("resolution");
        assertThat(resolved.path("overridden").asBoolean()).isTrue();

        await(desk, "tab-discounts").click();
        WebElement discount = row("discount-3-1803");
        assertThat(discount.getText()).contains("30,000.00").contains("李娜").contains("老业主推荐");
        discount.findElement(testId("discount-reason")).sendKeys("老业主推荐，同意");
        shot(desk, "desk-pm-discounts");
        discount.findElement(testId("discount-approve")).click();
        awaitText(desk, "discount-3-1803", "已批准");
        await().atMost(EVENTUALLY).until(() -> "APPROVED".equals(as("bj.pm").get("/api/inventory/units/" + unit("1803"))
                .body().path("discount").path("decision").asText()));

        await(desk, "tab-reviews").click();
        WebElement review = row("review-" + reviewed);
        assertThat(review.getText()).contains("3-1804").contains("吴先生");
        shot(desk, "desk-pm-reviews");
        review.findElement(testId("review-approve")).click();
        awaitText(desk, "review-" + reviewed, "已审核通过");
        assertThat(as("bj.pm").get("/api/deals/" + reviewed).body().path("status").asText())
                .isEqualTo("SUBSCRIPTION_APPROVED");

        await(desk, "tab-escalations").click();
        await(desk, "escalations");
        shot(desk, "desk-pm-escalations");
        assertPageFits(1440);
    }

    /** A deal held, its formal deposit received (two people), its subscription drafted: waiting for the PM. */
    static String draftedSubscription(String unitId, String buyer, String mobile) {
        String dealId = heldDeal(unitId, buyer, mobile);
        String deal = "/api/deals/" + dealId;
        JsonNode entered = ok(as("bj.finance").call("POST", deal + "/payments", Map.of("purpose", "FORMAL_DEPOSIT",
                "amount", "50000.00", "method", "TRANSFER", "downPaymentDueDate",
                LocalDate.now(SHANGHAI).plusDays(30).toString())));
        ok(as("bj.consultant1").call("POST", deal + "/payments/" + entered.path("waitingPayment").path("paymentId")
                .asText() + "/confirm", null));
        BigDecimal price = new BigDecimal(as("bj.consultant1").get(deal).body().path("price").asText());
        BigDecimal downPayment = price.multiply(new BigDecimal("0.30")).setScale(0, RoundingMode.CEILING)
                .subtract(new BigDecimal("50000")).setScale(2, RoundingMode.UNNECESSARY);
        ok(as("bj.consultant1").call("POST", deal + "/subscription", Map.of("financing", "COMMERCIAL_LOAN",
                "downPaymentAmount", downPayment.toPlainString(), "buyerIdNumber", "330106198801012345")));
        return dealId;
    }

    @Test
    @Order(2)
    @DisplayName("DEAL-1, DEAL-2: at finance's desk money entered by the PM is confirmed and its receipt found and printed as PDF; money finance entered itself is refused in the service's words")
    void theFinanceDesk() throws IOException {
        String byThePm = heldDeal(unit("1801"), "郑先生", "13955550011");
        ok(as("bj.pm").call("POST", "/api/deals/" + byThePm + "/payments", Map.of("purpose", "FORMAL_DEPOSIT",
                "amount", "50000.00", "method", "TRANSFER", "downPaymentDueDate",
                LocalDate.now(SHANGHAI).plusDays(30).toString())));
        String byFinance = heldDeal(unit("1802"), "钱女士", "13955550012");
        ok(as("bj.finance").call("POST", "/api/deals/" + byFinance + "/payments", Map.of("purpose", "FORMAL_DEPOSIT",
                "amount", "60000.00", "method", "CARD", "downPaymentDueDate",
                LocalDate.now(SHANGHAI).plusDays(30).toString())));

        signIn("bj.finance", "/desk/finance");
        WebElement mine = row("payment-3-1802");
        assertThat(mine.getText()).contains("正式定金").contains("60,000.00").contains("刷卡").contains("你录入的");
        WebElement theirs = row("payment-3-1801");
        assertThat(theirs.getText()).contains("50,000.00").contains("赵经理");
        shot(desk, "desk-finance-waiting");

        mine.findElement(testId("confirm")).click();
        awaitText(desk, "payment-3-1802", "DEAL-1");
        assertThat(row("payment-3-1802").findElement(testId("refused")).getText())
                .contains("two people present").contains("cannot also confirm it");
        shot(desk, "desk-finance-refused");

        row("payment-3-1801").findElement(testId("confirm")).click();
        awaitText(desk, "payment-3-1801", "已确认，收据号");
        String receipt = as("bj.finance").get("/api/deals/" + byThePm).body().path("deposit").path("receiptNumber").asText();
        assertThat(row("payment-3-1801").getText()).contains(receipt);
        row("payment-3-1801").findElement(testId("show-receipt")).click();
        awaitText(desk, "receipt", receipt);
        assertThat(await(desk, "receipt").getText()).contains("郑先生").contains("50,000.00").contains("伍万");
        String firstWindow = desk.getWindowHandle();
        desk.findElement(By.cssSelector("[data-test='receipt'] [data-test='pdf']")).click();
        awaitText(desk, "pdf-ready", "PDF 已生成");
        desk.switchTo().window(firstWindow);
        shot(desk, "desk-finance-receipt");
        assertPageFits(1440);
    }

    @Test
    @Order(3)
    @DisplayName("head office's dashboard: every office's funnel with conversion and the previous period, filtered to one office, readable at desk and tablet size")
    void theHeadOfficeDashboard() throws IOException {
        signIn("hq.director", "/dashboard");
        WebElement binjiang = new WebDriverWait(desk, OfficeWebAppE2E.PATIENCE)
                .until(browser -> browser.findElement(testId("office-office-binjiang")));
        assertThat(binjiang.getText()).startsWith("滨江壹号售楼处");
        await(desk, "funnel-chart");
        assertThat(await(desk, "previous").getText()).startsWith("上期");
        shot(desk, "desk-dashboard");

        new Select(await(desk, "office")).selectByValue("office-binjiang");
        awaitText(desk, "kpis", "到访与来电");
        await(desk, "period-today").click();
        awaitText(desk, "previous", LocalDate.now(SHANGHAI).minusDays(1).toString());
        shot(desk, "desk-dashboard-binjiang-today");
        assertPageFits(1440);

        desk.manage().window().setSize(new Dimension(1024, 768));
        await(desk, "offices-chart");
        shot(desk, "tablet-dashboard");
        assertPageFits(1024);
        desk.manage().window().setSize(new Dimension(1440, 900));
    }

    /** Nothing overflows the window: the page is no wider than the screen. */
    static void assertPageFits(int width) {
        Object scroll = ((JavascriptExecutor) desk).executeScript("return document.documentElement.scrollWidth");
        assertThat(((Number) scroll).intValue()).isLessThanOrEqualTo(width);
    }
}
