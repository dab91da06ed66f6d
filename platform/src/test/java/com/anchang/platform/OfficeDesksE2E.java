package com.anchang.platform;

import static com.anchang.platform.OfficeWebAppE2E.await;
import static com.anchang.platform.OfficeWebAppE2E.awaitText;
import static com.anchang.platform.OfficeWebAppE2E.shot;
import static com.anchang.platform.OfficeWebAppE2E.testId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.anchang.platform.GatewayClient.Answer;
import com.anchang.platform.GatewayClient.Staff;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
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
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The office web app's desk screens in real Chromium at desk size (1440×900), through the gateway of the
 * embedded platform: the PM overrides a collision with a reason (LEAD-5), approves a discount (UNIT-4) and a
 * subscription (DEAL-4); finance confirms money a colleague entered, sees its receipt and makes its PDF, and is
 * refused, in Chinese naming the rule, confirming money they entered themselves (DEAL-1); head office reads the
 * dashboard of its offices and filters one, at desk and at tablet size; sales control withholds a unit with a
 * reason (UNIT-1); on the phone a reminder arrives live in the open inbox (NOTE-6) and a consultant reads their
 * ledger and monthly statements; the platform administrator onboards a new office whose consultant then signs in; the PM reassigns a lead from the office's audit log (LEAD-8). Screenshots in target/screenshots.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@ExtendWith(OfficeWebAppE2E.ShotsOnFailure.class)
class OfficeDesksE2E {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final Duration EVENTUALLY = Duration.ofSeconds(30);

    @RegisterExtension
    static final E2EPlatform E2E = new E2EPlatform(19_000, "e2e-desk-var-");

    static DeskBrowser browser;
    static WebDriver desk;

    @BeforeAll
    static void browser() throws IOException {
        browser = DeskBrowser.open(E2E);
        desk = browser.desk();
    }

    @AfterAll
    static void close() {
        OfficeWebAppE2E.close();
    }

    static Staff as(String username) {
        return E2E.gateway().as(username);
    }

    static JsonNode ok(Answer answer) {
        return DeskBrowser.ok(answer);
    }

    /** Signs in afresh (no session left from the person before) and lands on the role's own start page. */
    static void signIn(String username, String landing) {
        signIn(username, DemoData.DEMO_PASSWORD, landing);
    }

    static void signIn(String username, String password, String landing) {
        browser.signIn(username, password, landing);
    }

    static void typeInto(String css, String text) {
        browser.typeInto(css, text);
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
    @DisplayName("DEAL-1, DEAL-2: at finance's desk money entered by the PM is confirmed and its receipt found and printed as PDF; money finance entered itself is refused in Chinese, naming the rule")
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
                .contains("录入人不能自己确认").contains("DEAL-1");
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

    @Test
    @Order(4)
    @DisplayName("UNIT-1: at sales control's desk a unit on the building's board is withheld from sale, asked for its reason first")
    void theSalesControlDesk() throws IOException {
        signIn("bj.control", "/desk/sales-control");
        await(desk, "unit-3-1701").click();
        await(desk, "withhold").click();
        awaitText(desk, "withhold-error", "须填写理由");
        typeInto("[data-test='withhold-reason']", "留作样板间");
        await(desk, "withhold").click();
        awaitText(desk, "withhold-done", "3-1701 已控房");
        assertThat(ok(as("bj.control").get("/api/inventory/units/" + unit("1701"))).path("status").asText())
                .isEqualTo("WITHHELD");
        await(desk, "release");
        await(desk, "pick").click();
        awaitText(desk, "picked", "3-1701");
        shot(desk, "desk-sales-control");
        assertPageFits(1440);
    }

    @Test
    @Order(5)
    @DisplayName("NOTE-6: on the phone a new reminder arrives in the open inbox without a reload; a consultant reads their ledger and steps through their monthly statements")
    void remindersAndCommissionOnThePhone() throws IOException {
        desk.manage().window().setSize(new Dimension(390, 844));
        try {
            signIn("bj.pm", "/desk/pm");
            desk.get(E2E.platform().config().gatewayUrl() + "/app/#/reminders");
            awaitText(desk, "inbox-live", "实时");
            Map<String, Object> sun = Map.of("officeId", "office-binjiang", "consent", "VERBAL", "customerName", "孙女士",
                    "mobile", "13955550021", "source", "WALK_IN");
            Answer registered = as("bj.consultant3").call("POST", "/api/leads", sun);
            assertThat(registered.status()).as(registered.body().toString()).isEqualTo(201);
            assertThat(as("bj.consultant4").call("POST", "/api/leads", sun).status()).isEqualTo(409);
            awaitText(desk, "reminders", registered.body().path("leadId").asText());
            assertThat(await(desk, "reminder-COLLISION_WAITING").getText()).contains("撞单待确认");
            shot(desk, "phone-reminders-live");
            assertPageFits(390);

            signIn("bj.consultant1", "/");
            await(desk, "commission").click();
            await(desk, "ledger");
            String month = LocalDate.now(SHANGHAI).toString().substring(0, 7);
            awaitText(desk, "month", month + " 月度对账单");
            await(desk, "totals");
            await(desk, "month-previous").click();
            awaitText(desk, "month", LocalDate.now(SHANGHAI).minusMonths(1).toString().substring(0, 7));
            await(desk, "totals");
            shot(desk, "phone-commission");
            assertPageFits(390);
        } finally {
            desk.manage().window().setSize(new Dimension(1440, 900));
        }
    }

    @Test
    @Order(6)
    @DisplayName("the platform administrator onboards a new office from the desk: developer, office, a certified consultant who then signs in at it")
    void thePlatformAdministratorOnboardsAnOffice() throws IOException {
        signIn("platform.admin", "/desk/admin");
        typeInto("[data-test='developer-id']", "dev-e2e-desk");
        typeInto("[data-test='developer-name']", "钱塘置业");
        await(desk, "create-developer").click();
        awaitText(desk, "developer", "dev-e2e-desk");
        typeInto("[data-test='office-id']", "office-e2e-desk");
        typeInto("[data-test='office-name']", "钱塘壹号售楼处");
        await(desk, "create-office").click();
        awaitText(desk, "office", "office-e2e-desk");
        typeInto("[data-test='new-username']", "qt.consultant1");
        typeInto("[data-test='new-name']", "孙悦");
        typeInto("[data-test='new-password']", "qiantang-2026-start");
        await(desk, "create-user").click();
        awaitText(desk, "staff-qt.consultant1", "置业顾问");
        assertThat(row("staff-qt.consultant1").getText()).contains("孙悦").contains("是");
        typeInto("[data-test='new-username']", "qt.consultant1");
        typeInto("[data-test='new-name']", "孙悦");
        typeInto("[data-test='new-password']", "qiantang-2026-start");
        await(desk, "create-user").click();
        await(desk, "admin-error");
        shot(desk, "desk-admin-onboarding");
        assertPageFits(1440);

        signIn("qt.consultant1", "qiantang-2026-start", "/");
        await(desk, "check-in");
    }

    @Test
    @Order(7)
    @DisplayName("LEAD-8, LEAD-10: the PM reassigns a lead with a reason from the office's audit log, which then shows the reassignment")
    void thePmAuditAndReassignment() throws IOException {
        Answer lead = as("bj.consultant5").call("POST", "/api/leads", Map.of("officeId", "office-binjiang",
                "consent", "VERBAL", "customerName", "冯先生", "mobile", "13955550031", "source", "WALK_IN"));
        assertThat(lead.status()).as(lead.body().toString()).isEqualTo(201);
        String leadId = lead.body().path("leadId").asText();

        signIn("bj.pm", "/desk/pm");
        await(desk, "to-audit").click();
        awaitText(desk, "audit", "撞单改判");
        typeInto("[data-test='reassign-lead']", leadId);
        new Select(await(desk, "reassign-to")).selectByValue(as("bj.consultant6").userId());
        await(desk, "reassign-submit").click();
        awaitText(desk, "reassign-error", "理由");
        typeInto("[data-test='reassign-reason']", "客户投诉，改由其他顾问跟进");
        await(desk, "reassign-submit").click();
        awaitText(desk, "reassign-done", leadId);
        await(desk, "audit-PM_REASSIGNMENT");
        shot(desk, "desk-pm-audit");
        assertPageFits(1440);
    }

    static void assertPageFits(int width) {
        browser.assertPageFits(width);
    }
}
