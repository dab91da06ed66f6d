package com.anchang.notification.adapter.provider;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.anchang.notification.application.DeliveryChannel.SendResult;
import com.anchang.notification.application.Outgoing;
import com.anchang.notification.domain.Channel;
import com.anchang.notification.domain.ReminderKind;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The providers' real SDKs against WireMock standing in for their HTTP APIs: the exact requests (template,
 * parameters, the dedup reference), and how each provider's answers and failures are read (NOTE-3, NOTE-4).
 */
class ProviderAdaptersTest {

    static final Duration TIMEOUT = Duration.ofMillis(1500);

    static Outgoing message() {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("name", "王先生");
        params.put("unit", "unit-3-1802");
        params.put("date", "2026-12-21");
        params.put("days", "5");
        return new Outgoing("rem-4f6b2c1d", "deal-7d0c9a1e", "dev-huaxin", "office-binjiang", ReminderKind.DOWN_PAYMENT,
                "13812345678", "o-wang-openid", Channel.SMS, params, "王先生您好:...");
    }

    @Nested
    class Alibaba {

        final AlibabaSmsStandIn alibaba = new AlibabaSmsStandIn();
        final AlibabaSms sms = new AlibabaSms(new ProviderSettings.Alibaba("LTAI-test", "secret", alibaba.endpoint(), "http",
                "华信置业", Map.of("DOWN_PAYMENT", "SMS_462915001")), TIMEOUT, ZoneId.of("Asia/Shanghai"));

        @AfterEach
        void stop() {
            alibaba.close();
        }

        void answer(int status, String body) {
            alibaba.server().stubFor(post(urlPathEqualTo("/")).withHeader("x-acs-action", equalTo("SendSms")).atPriority(1)
                    .willReturn(aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(body)));
        }

        @Test
        @DisplayName("NOTE-3, NOTE-4: SendSms with the office's signature and template code, the parameters as JSON and the reminder's reference as OutId; OK is accepted with its BizId")
        void exactRequest() {
            SendResult result = sms.send(message());

            assertThat(result).isInstanceOfSatisfying(SendResult.Accepted.class,
                    a -> assertThat(a.messageId()).matches("\\d{18}\\^0"));
            LoggedRequest request = alibaba.sends().getFirst();
            assertThat(request.queryParameter("PhoneNumbers").firstValue()).isEqualTo("13812345678");
            assertThat(request.queryParameter("SignName").firstValue()).isEqualTo("华信置业");
            assertThat(request.queryParameter("TemplateCode").firstValue()).isEqualTo("SMS_462915001");
            assertThat(request.queryParameter("TemplateParam").firstValue())
                    .isEqualTo("{\"name\":\"王先生\",\"unit\":\"unit-3-1802\",\"date\":\"2026-12-21\",\"days\":\"5\"}");
            assertThat(request.queryParameter("OutId").firstValue()).isEqualTo("rem-4f6b2c1d");
            assertThat(request.getHeader("Authorization")).startsWith("ACS3-HMAC-SHA256 Credential=LTAI-test");
        }

        @Test
        @DisplayName("NOTE-4: after an unknown outcome the number's send records are searched for the OutId: found once sent, not found before")
        void findsBySendRecords() {
            assertThat(sms.findAccepted(message(), Instant.parse("2026-12-16T02:00:00Z"))).isEmpty();
            sms.send(message());
            assertThat(sms.findAccepted(message(), Instant.parse("2026-12-16T02:00:00Z")))
                    .contains(AlibabaSms.outIdKey("rem-4f6b2c1d"));
        }

        @Test
        @DisplayName("NOTE-3: isv.BUSINESS_LIMIT_CONTROL (50 a day per signature + template + number) is throttled, not a failure")
        void businessLimitIsThrottled() {
            answer(200, "{\"Code\":\"isv.BUSINESS_LIMIT_CONTROL\",\"Message\":\"触发天级流控Permits:50\",\"RequestId\":\"r\"}");
            assertThat(sms.send(message())).isEqualTo(new SendResult.Throttled("isv.BUSINESS_LIMIT_CONTROL", "触发天级流控Permits:50"));
        }

        @Test
        @DisplayName("NOTE-3: a wrong template (isv.SMS_TEMPLATE_ILLEGAL) is refused for good")
        void wrongTemplateIsRefused() {
            answer(200, "{\"Code\":\"isv.SMS_TEMPLATE_ILLEGAL\",\"Message\":\"该账号下找不到对应模板\",\"RequestId\":\"r\"}");
            assertThat(sms.send(message())).isInstanceOfSatisfying(SendResult.Refused.class,
                    r -> assertThat(r.code()).isEqualTo("isv.SMS_TEMPLATE_ILLEGAL"));
        }

        @Test
        @DisplayName("NOTE-3: a 5xx is transient; a timeout is unknown (it may have been sent); a refused connection is transient")
        void failures() {
            answer(503, "{\"Code\":\"ServiceUnavailable\",\"Message\":\"The request has failed due to a temporary failure of the server.\",\"RequestId\":\"r\"}");
            assertThat(sms.send(message())).isInstanceOf(SendResult.Transient.class);

            alibaba.server().stubFor(post(urlPathEqualTo("/")).withHeader("x-acs-action", equalTo("SendSms")).atPriority(1)
                    .willReturn(okJson("{\"Code\":\"OK\",\"BizId\":\"1^0\"}").withFixedDelay(3000)));
            assertThat(sms.send(message())).isInstanceOf(SendResult.Unknown.class);

            AlibabaSms nobody = new AlibabaSms(new ProviderSettings.Alibaba("k", "s", "localhost:" + freePort(), "http", "华信置业",
                    Map.of("DOWN_PAYMENT", "SMS_1")), TIMEOUT, ZoneId.of("Asia/Shanghai"));
            assertThat(nobody.send(message())).isInstanceOf(SendResult.Transient.class);
        }
    }

    @Nested
    class Tencent {

        final WireMockServer tencent = started();
        final TencentSms sms = new TencentSms(new ProviderSettings.Tencent("AKID-test", "key", "localhost:" + tencent.port(),
                "http://", null, "1400787878", "华信置业", Map.of("DOWN_PAYMENT", "1110")), TIMEOUT);

        @AfterEach
        void stop() {
            tencent.stop();
        }

        void answer(String status) {
            tencent.stubFor(post(urlPathEqualTo("/")).withHeader("X-TC-Action", equalTo("SendSms")).willReturn(okJson(
                    "{\"Response\":{\"SendStatusSet\":[" + status + "],\"RequestId\":\"a0aabda6\"}}")));
        }

        @Test
        @DisplayName("NOTE-3, NOTE-4: SendSms with SdkAppId, signature, template id, the parameters in order and the reminder's reference as SessionContext; Ok is accepted with its SerialNo")
        void exactRequest() {
            answer("{\"SerialNo\":\"2028:4253958935911590001\",\"PhoneNumber\":\"+8613812345678\",\"Fee\":1,"
                    + "\"SessionContext\":\"rem-4f6b2c1d\",\"Code\":\"Ok\",\"Message\":\"send success\",\"IsoCode\":\"CN\"}");

            assertThat(sms.send(message())).isEqualTo(new SendResult.Accepted("2028:4253958935911590001"));
            tencent.verify(postRequestedFor(urlPathEqualTo("/")).withHeader("X-TC-Action", equalTo("SendSms"))
                    .withHeader("X-TC-Version", equalTo("2021-01-11"))
                    .withRequestBody(equalToJson("{\"PhoneNumberSet\":[\"+8613812345678\"],\"SmsSdkAppId\":\"1400787878\","
                            + "\"TemplateId\":\"1110\",\"SignName\":\"华信置业\","
                            + "\"TemplateParamSet\":[\"王先生\",\"unit-3-1802\",\"2026-12-21\",\"5\"],"
                            + "\"SessionContext\":\"rem-4f6b2c1d\"}")));
        }

        @Test
        @DisplayName("NOTE-3: LimitExceeded.PhoneNumberThirtySecondLimit / DailyLimit are throttled; a template not approved is refused")
        void answers() {
            answer("{\"SerialNo\":\"\",\"Code\":\"LimitExceeded.PhoneNumberThirtySecondLimit\",\"Message\":\"30秒内超过限制\"}");
            assertThat(sms.send(message())).isInstanceOf(SendResult.Throttled.class);
            answer("{\"SerialNo\":\"\",\"Code\":\"LimitExceeded.PhoneNumberDailyLimit\",\"Message\":\"超过日限制\"}");
            assertThat(sms.send(message())).isInstanceOf(SendResult.Throttled.class);
            answer("{\"SerialNo\":\"\",\"Code\":\"FailedOperation.TemplateIncorrectOrUnapproved\",\"Message\":\"模板未审批或内容不匹配\"}");
            assertThat(sms.send(message())).isInstanceOfSatisfying(SendResult.Refused.class,
                    r -> assertThat(r.code()).isEqualTo("FailedOperation.TemplateIncorrectOrUnapproved"));
        }

        @Test
        @DisplayName("NOTE-3: an InternalError answer is transient; a timeout is unknown")
        void failures() {
            tencent.stubFor(post(urlPathEqualTo("/")).willReturn(okJson(
                    "{\"Response\":{\"Error\":{\"Code\":\"InternalError.Timeout\",\"Message\":\"请求下发短信超时\"},\"RequestId\":\"r1\"}}")));
            assertThat(sms.send(message())).isInstanceOf(SendResult.Transient.class);
            tencent.stubFor(post(urlPathEqualTo("/")).willReturn(okJson("{}").withFixedDelay(3000)));
            assertThat(sms.send(message())).isInstanceOf(SendResult.Unknown.class);
        }
    }

    @Nested
    class Wechat {

        final WireMockServer wechat = started();
        final WechatTemplates templates = new WechatTemplates(new ProviderSettings.Wechat("wx8e0c5f6a", "secret", "tok",
                "http://localhost:" + wechat.port(), Map.of("DOWN_PAYMENT", "ngqIpbwh8bUfcSsECmogfXcV14J0tQlEpBO27izEYtY")),
                TIMEOUT);

        @AfterEach
        void stop() {
            wechat.stop();
        }

        void answer(String body) {
            wechat.stubFor(get(urlPathEqualTo("/cgi-bin/token")).willReturn(okJson(
                    "{\"access_token\":\"ACCESS_TOKEN\",\"expires_in\":7200}")));
            wechat.stubFor(post(urlPathEqualTo("/cgi-bin/message/template/send")).willReturn(okJson(body)));
        }

        @Test
        @DisplayName("NOTE-3, NOTE-4: a template message to the buyer's open id with the reminder's reference as client_msg_id; errcode 0 is accepted with its msgid")
        void exactRequest() {
            answer("{\"errcode\":0,\"errmsg\":\"ok\",\"msgid\":200228332}");

            assertThat(templates.send(message())).isEqualTo(new SendResult.Accepted("200228332"));
            wechat.verify(postRequestedFor(urlPathEqualTo("/cgi-bin/message/template/send"))
                    .withQueryParam("access_token", equalTo("ACCESS_TOKEN"))
                    .withRequestBody(equalToJson("{\"touser\":\"o-wang-openid\","
                            + "\"template_id\":\"ngqIpbwh8bUfcSsECmogfXcV14J0tQlEpBO27izEYtY\",\"client_msg_id\":\"rem-4f6b2c1d\","
                            + "\"data\":{\"name\":{\"value\":\"王先生\"},\"unit\":{\"value\":\"unit-3-1802\"},"
                            + "\"date\":{\"value\":\"2026-12-21\"},\"days\":{\"value\":\"5\"}}}")));
        }

        @Test
        @DisplayName("NOTE-3: 40037 (invalid template id) and 43004 (not a follower) are refused; 45009 throttled; -1 (system busy) transient")
        void answers() {
            answer("{\"errcode\":40037,\"errmsg\":\"invalid template_id\"}");
            assertThat(templates.send(message())).isInstanceOfSatisfying(SendResult.Refused.class,
                    r -> assertThat(r.code()).isEqualTo("40037"));
            answer("{\"errcode\":43004,\"errmsg\":\"require subscribe\"}");
            assertThat(templates.send(message())).isInstanceOf(SendResult.Refused.class);
            answer("{\"errcode\":45009,\"errmsg\":\"reach max api daily quota limit\"}");
            assertThat(templates.send(message())).isInstanceOf(SendResult.Throttled.class);
            answer("{\"errcode\":-1,\"errmsg\":\"system error\"}");
            assertThat(templates.send(message())).isInstanceOf(SendResult.Transient.class);
        }
    }

    static WireMockServer started() {
        WireMockServer server = new WireMockServer(WireMockConfiguration.options().dynamicPort());
        server.start();
        return server;
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
