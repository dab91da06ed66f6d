package com.anchang.platform;

import static com.anchang.platform.OfficeWebAppE2E.await;
import static com.anchang.platform.OfficeWebAppE2E.awaitText;
import static com.anchang.platform.OfficeWebAppE2E.shot;
import static com.anchang.platform.OfficeWebAppE2E.testId;
import static org.assertj.core.api.Assertions.assertThat;

import com.anchang.platform.GatewayClient.Answer;
import com.anchang.platform.GatewayClient.Staff;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
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
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The PM's rotation board and the office's reports of the day, in real Chromium through the gateway of the
 * embedded platform, at desk size (1440×900) and phone size (390×844): four consultants checked in, the PM
 * declines a turn for one (ROT-4), sends one away and back (ROT-6, ROT-5), makes one unavailable (ROT-5), hands a
 * visitor to the owner (ROT-7, refused in Chinese naming ROT-3 while the owner serves) and keeps a turn for a visitor
 * who is no buyer (ROT-8), the board following live; a registration names the reception it came from (LEAD-2);
 * the violations of a day, filtered by day (LEAD-9), the fairness report and the follow-up compliance (LEAD-12).
 * Screenshots in target/screenshots.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@ExtendWith(OfficeWebAppE2E.ShotsOnFailure.class)
class OfficeRotationDeskE2E {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final String OFFICE = "office-binjiang";
    static final String ROTATION = "/api/leads/rotation/" + OFFICE;
    /** 李娜, 王强, 张敏, 刘洋, checked in in this order (ROT-2). */
    static final List<String> CONSULTANTS = List.of("bj.consultant1", "bj.consultant2", "bj.consultant3",
            "bj.consultant4");

    @RegisterExtension
    static final E2EPlatform E2E = new E2EPlatform(27_000, "e2e-rot-var-");

    static DeskBrowser browser;
    static WebDriver desk;
    /** The consultant who received the walk-in handed to its owner (ROT-7), that reception, and the owner. */
    static String receiver;
    static String handedReception;
    static String owner;

    @BeforeAll
    static void checkInAndOpen() throws IOException {
        browser = DeskBrowser.open(E2E);
        desk = browser.desk();
        for (String consultant : CONSULTANTS) {
            DeskBrowser.ok(as(consultant).call("POST", ROTATION + "/check-in", null));
        }
    }

    @AfterAll
    static void close() {
        OfficeWebAppE2E.close();
    }

    static Staff as(String username) {
        return E2E.gateway().as(username);
    }

    static String id(String username) {
        return as(username).userId();
    }

    static Staff byId(String userId) {
        return CONSULTANTS.stream().map(OfficeRotationDeskE2E::as).filter(s -> s.userId().equals(userId)).findFirst()
                .orElseThrow();
    }

    static WebElement row(String userId) {
        return await(desk, "duty-" + userId);
    }

    /** The PM's reason typed on a consultant's row, then one of the row's actions. */
    static void act(String userId, String action, String reason) {
        browser.typeInto("[data-test='duty-" + userId + "'] [data-test='reason']", reason);
        row(userId).findElement(testId("act-" + action)).click();
    }

    /** The reception desk gives out the next visitor (ROT-3): the assignment. */
    static JsonNode nextWalkIn() {
        return DeskBrowser.ok(as("bj.pm").call("POST", ROTATION + "/walk-ins/next", Map.of("source", "自然来访")));
    }

    /** Waits until a consultant's row says this of their state (serving, at the post…). */
    static void awaitState(String userId, String text) {
        new WebDriverWait(desk, OfficeWebAppE2E.PATIENCE).until(b ->
                row(userId).findElement(testId("state")).getText().contains(text));
    }

    static void awaitDone(String userId, String action) {
        awaitText(desk, "duty-" + userId, "已为 " + byName(userId) + " 办理：" + action);
    }

    @Test
    @Order(1)
    @DisplayName("ROT-4..8: at the PM's live rotation board the PM declines a turn, sends a consultant away and back, makes one unavailable, hands a visitor to the owner (refused naming ROT-3 while the owner serves) and keeps a turn for a visitor who is no buyer")
    void rotationBoard() throws IOException {
        String li = id("bj.consultant1");
        String wang = id("bj.consultant2");
        String zhang = id("bj.consultant3");
        browser.signIn("bj.pm", DemoData.DEMO_PASSWORD, "/desk/pm");
        await(desk, "to-rotation").click();
        new WebDriverWait(desk, OfficeWebAppE2E.PATIENCE).until(b -> b.getCurrentUrl().endsWith("/desk/pm/rotation"));
        awaitText(desk, "live", "实时");
        awaitText(desk, "queue-WALK_IN", "下一位：李娜");
        assertThat(row(li).getText()).contains("李娜").contains("在岗").contains("下一位");
        shot(desk, "desk-pm-rotation");

        act(li, "decline", "午饭");
        awaitDone(li, "本轮放弃");
        awaitText(desk, "queue-WALK_IN", "下一位：王强");

        row(wang).findElement(testId("act-away")).click();
        awaitText(desk, "duty-" + wang, "请填写理由");
        act(wang, "away", "不在岗位");
        awaitDone(wang, "离岗");
        awaitState(wang, "离岗");
        act(zhang, "unavailable", "带客户看样板间");
        awaitDone(zhang, "暂离");
        awaitState(zhang, "带客户看样板间");
        awaitText(desk, "queue-WALK_IN", "下一位：刘洋");
        act(wang, "back", "回到岗位");
        awaitDone(wang, "回岗");
        awaitState(wang, "在岗");

        // two visitors at once: the first one's consultant cannot hand them to a colleague who is serving (ROT-3)
        JsonNode first = nextWalkIn();
        receiver = first.path("consultant").asText();
        handedReception = first.path("assignmentId").asText();
        owner = nextWalkIn().path("consultant").asText();
        assertThat(owner).isNotEqualTo(receiver);
        awaitState(receiver, "接待中");
        awaitState(owner, "接待中");
        new Select(row(receiver).findElement(testId("owner"))).selectByValue(owner);
        act(receiver, "hand-over", "老客户");
        awaitText(desk, "duty-" + receiver, "ROT-3");
        assertThat(row(receiver).findElement(testId("refused")).getText()).contains("正在接待的顾问不再分配新客户")
                .doesNotContain("is serving");
        shot(desk, "desk-pm-rotation-refused-zh");

        DeskBrowser.ok(byId(owner).call("POST", ROTATION + "/finish", Map.of("outcome", "留了电话")));
        awaitState(owner, "在岗");
        new Select(row(receiver).findElement(testId("owner"))).selectByValue(owner);
        act(receiver, "hand-over", "客户点名找原顾问");
        awaitDone(receiver, "转交原顾问");
        awaitState(owner, "接待中");
        awaitState(receiver, "在岗");

        // ROT-7: the receiver kept the turn, so the next visitor is theirs again; no buyer: the turn is kept (ROT-8)
        String next = nextWalkIn().path("consultant").asText();
        awaitState(next, "占轮次");
        new Select(row(next).findElement(testId("cover-kind"))).selectByValue("NOT_A_BUYER");
        act(next, "cover", "市场调查");
        awaitDone(next, "不占轮次");
        awaitState(next, "不占轮次");
        JsonNode board = DeskBrowser.ok(as("bj.pm").get(ROTATION + "/board"));
        assertThat(board.path("serving").findValuesAsText("turn")).contains("ROT-8");
        shot(desk, "desk-pm-rotation-actions");
        browser.assertPageFits(1440);
        browser.atPhoneSize("phone-pm-rotation");
    }

    @Test
    @Order(2)
    @DisplayName("LEAD-2: a customer registered on the phone while the consultant serves is linked to that logged reception; naming a colleague's reception, or one handed to the owner, is refused naming LEAD-2")
    void registrationFromItsReception() throws IOException {
        JsonNode board = DeskBrowser.ok(as("bj.pm").get(ROTATION + "/board"));
        String ownersReception = null;
        for (JsonNode serving : board.path("serving")) {
            if (serving.path("consultant").asText().equals(owner)) {
                ownersReception = serving.path("assignmentId").asText();
            }
        }
        assertThat(ownersReception).as("the owner serves the visitor handed to them").isNotNull();
        Map<String, Object> customer = Map.of("officeId", OFFICE, "consent", "VERBAL", "customerName", "欧阳女士",
                "mobile", "13955550081", "source", "WALK_IN", "receptionId", ownersReception);

        Answer colleagues = as("bj.consultant1").call("POST", "/api/leads", customer);
        assertThat(colleagues.status()).isEqualTo(409);
        assertThat(colleagues.body().path("rule").asText()).isEqualTo("LEAD-2");

        WebDriver phone = OfficeWebAppE2E.browser();
        phone.get(E2E.platform().config().gatewayUrl() + "/app/");
        OfficeWebAppE2E.type(phone, "username", byId(owner).username());
        OfficeWebAppE2E.type(phone, "password", DemoData.DEMO_PASSWORD);
        await(phone, "sign-in").click();
        await(phone, "check-out");
        await(phone, "register").click();
        awaitText(phone, "reception", "来自本次接待：接访");
        OfficeWebAppE2E.type(phone, "customerName", "欧阳女士");
        OfficeWebAppE2E.type(phone, "mobile", "13955550081");
        shot(phone, "phone-register-from-reception");
        await(phone, "submit").click();
        awaitText(phone, "done", "已登记：欧阳女士");
        OfficeWebAppE2E.assertPageFitsThePhone(phone);
        String leadId = DeskBrowser.ok(byId(owner).get("/api/leads/owned?officeId=" + OFFICE)).findValuesAsText("leadId")
                .getFirst();
        assertThat(DeskBrowser.ok(byId(owner).get("/api/leads/" + leadId)).path("registration").path("receptionId")
                .asText()).isEqualTo(ownersReception);

        Answer receivers = byId(receiver).call("POST", "/api/leads", Map.of("officeId", OFFICE, "consent", "VERBAL",
                "customerName", "司马先生", "mobile", "13955550082", "source", "WALK_IN", "receptionId",
                handedReception));
        assertThat(receivers.status()).isEqualTo(409);
        assertThat(receivers.body().path("rule").asText()).isEqualTo("LEAD-2");
    }

    @Test
    @Order(3)
    @DisplayName("LEAD-9, ROT-3..10, LEAD-12: the PM reads the violations of a day (none the day before), the day's fairness report with every skip in Chinese, and the follow-up compliance")
    void reportsOfTheDay() throws IOException {
        String li = id("bj.consultant1");
        String wang = id("bj.consultant2");
        String leadId = DeskBrowser.ok(byId(owner).get("/api/leads/owned?officeId=" + OFFICE))
                .findValuesAsText("leadId").getFirst();
        Answer recorded = as("bj.pm").call("POST", "/api/leads/violations", Map.of("officeId", OFFICE, "leadId", leadId,
                "kind", "GRABBING", "offender", li, "evidence", "明知是同事的客户仍去接待"));
        assertThat(recorded.status()).as(recorded.body().toString()).isEqualTo(201);

        browser.signIn("bj.pm", DemoData.DEMO_PASSWORD, "/desk/pm");
        desk.get(E2E.platform().config().gatewayUrl() + "/app/#/desk/pm/rotation");
        await(desk, "tab-violations").click();
        awaitText(desk, "violation-GRABBING", "抢客");
        assertThat(await(desk, "violation-GRABBING").getText()).contains("李娜").contains(byName(owner))
                .contains("项目经理记录").contains("明知是同事的客户仍去接待");
        shot(desk, "desk-pm-violations");
        WebElement day = await(desk, "report-day");
        setDay(day, LocalDate.now(SHANGHAI).minusDays(1));
        awaitText(desk, "violations", "当天没有违规记录");
        setDay(day, LocalDate.now(SHANGHAI));
        awaitText(desk, "violation-GRABBING", "抢客");
        browser.atPhoneSize("phone-pm-violations");

        await(desk, "tab-fairness").click();
        awaitText(desk, "fair-" + li, "本轮放弃：午饭");
        assertThat(await(desk, "fair-" + wang).getText()).contains("离岗");
        assertThat(await(desk, "fairness").getText()).contains("接访").contains("轮");
        assertThat(await(desk, "spread").getText()).contains("轮次");
        shot(desk, "desk-pm-fairness");
        browser.assertPageFits(1440);
        browser.atPhoneSize("phone-pm-fairness");

        await(desk, "tab-compliance").click();
        awaitText(desk, "compliance", "最少跟进次数");
        assertThat(await(desk, "comp-" + owner).getText()).contains("0/1").contains("0%");
        shot(desk, "desk-pm-compliance");
        browser.assertPageFits(1440);
        browser.atPhoneSize("phone-pm-compliance");
    }

    static String byName(String userId) {
        return Map.of(id("bj.consultant1"), "李娜", id("bj.consultant2"), "王强", id("bj.consultant3"), "张敏",
                id("bj.consultant4"), "刘洋").get(userId);
    }

    /** Picks a day in the date input as the page hears a person pick it. */
    static void setDay(WebElement input, LocalDate day) {
        ((JavascriptExecutor) desk).executeScript("arguments[0].value = arguments[1];"
                + "arguments[0].dispatchEvent(new Event('input', { bubbles: true }));", input, day.toString());
    }
}
