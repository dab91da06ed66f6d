package com.anchang.notification.adapter.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.anchang.notification.adapter.provider.AlibabaSms;
import com.anchang.notification.adapter.provider.ProviderChannels;
import com.anchang.notification.adapter.provider.ProviderSettings;
import com.anchang.notification.adapter.provider.WechatTemplates;
import com.anchang.notification.application.RecordingReceipts;
import com.anchang.notification.application.RecordingReceipts.Outcome;
import com.anchang.notification.application.RecordingReceipts.Receipt;
import com.anchang.support.test.WebSliceTest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/**
 * NOTE-3, NOTE-4: the providers' delivery receipts over HTTP, in the providers' own shapes (Alibaba's status
 * report batch, Tencent's status callback batch, WeChat's signed TEMPLATESENDJOBFINISH push), without a
 * platform token: each receipt is handed on once per report, the provider gets the answer that stops it
 * pushing again (also for a redelivery), and a push without the shared token or the account's signature
 * records nothing.
 */
@WebSliceTest(ReceiptCallbacks.class)
@TestPropertySource(properties = "notification.receipt-token=tok-receipts")
class ReceiptCallbacksControllerTest {

    static final String WECHAT_TOKEN = "wx-server-token";

    @Autowired
    MockMvc mvc;
    @MockitoBean
    RecordingReceipts receipts;
    @MockitoBean
    ProviderChannels channels;

    List<Receipt> recorded(int times) {
        ArgumentCaptor<Receipt> captor = ArgumentCaptor.forClass(Receipt.class);
        verify(receipts, times(times)).record(captor.capture(), any());
        return captor.getAllValues();
    }

    @Test
    @DisplayName("NOTE-3: Alibaba's status report batch: each report recorded by its BizId, success and report time "
            + "(Beijing); answered {code: 0}, a redelivered batch too; one unknown by BizId is looked up by its OutId")
    void alibabaStatusReports() throws Exception {
        when(receipts.record(any(), any())).thenReturn(Outcome.RECORDED, Outcome.UNKNOWN_MESSAGE, Outcome.RECORDED);
        String batch = """
                [{"phone_number":"13812345678","send_time":"2026-12-16 10:00:01","report_time":"2026-12-16 10:00:09",
                  "success":true,"err_code":"DELIVERED","err_msg":"用户接收成功","sms_size":"1","biz_id":"932702304080415357^0",
                  "out_id":"rem-1"},
                 {"phone_number":"13912345678","send_time":"2026-12-16 10:00:02","report_time":"2026-12-16 10:00:12",
                  "success":false,"err_code":"MK:0000","err_msg":"空号","sms_size":"1","biz_id":"932702304080415358^0",
                  "out_id":"rem-2"}]""";

        mvc.perform(post("/callbacks/sms/alibaba?token=tok-receipts").contentType(MediaType.APPLICATION_JSON)
                        .content(batch))
                .andExpect(status().isOk()).andExpect(jsonPath("$.code").value(0));

        List<Receipt> told = recorded(3);
        assertThat(told.get(0)).isEqualTo(new Receipt("ALIBABA", "932702304080415357^0", true, "DELIVERED 用户接收成功",
                Instant.parse("2026-12-16T02:00:09Z")));
        assertThat(told.get(1)).isEqualTo(new Receipt("ALIBABA", "932702304080415358^0", false, "MK:0000 空号",
                Instant.parse("2026-12-16T02:00:12Z")));
        assertThat(told.get(2).messageId()).isEqualTo(AlibabaSms.outIdKey("rem-2"));
        assertThat(told.get(2).delivered()).isFalse();

        when(receipts.record(any(), any())).thenReturn(Outcome.ALREADY_RECORDED);
        mvc.perform(post("/callbacks/sms/alibaba?token=tok-receipts").contentType(MediaType.APPLICATION_JSON)
                        .content(batch))
                .andExpect(status().isOk()).andExpect(jsonPath("$.code").value(0));
    }

    @Test
    @DisplayName("NOTE-3: Tencent's status callback batch: each recorded by its sid, SUCCESS delivered, else failed; "
            + "answered {result: 0}")
    void tencentStatusCallbacks() throws Exception {
        when(receipts.record(any(), any())).thenReturn(Outcome.RECORDED);
        String batch = """
                [{"user_receive_time":"2026-12-16 10:00:08","nationcode":"86","mobile":"13812345678",
                  "report_status":"SUCCESS","errmsg":"DELIVRD","description":"用户短信送达成功",
                  "sid":"2019:-8172397403948839","ext":{}},
                 {"user_receive_time":"2026-12-16 10:01:00","nationcode":"86","mobile":"13912345678",
                  "report_status":"FAIL","errmsg":"MK:0001","description":"用户短信接收失败",
                  "sid":"2019:-8172397403948840","ext":{}}]""";

        mvc.perform(post("/callbacks/sms/tencent?token=tok-receipts").contentType(MediaType.APPLICATION_JSON)
                        .content(batch))
                .andExpect(status().isOk()).andExpect(jsonPath("$.result").value(0));

        assertThat(recorded(2)).containsExactly(
                new Receipt("TENCENT", "2019:-8172397403948839", true, "DELIVRD 用户短信送达成功",
                        Instant.parse("2026-12-16T02:00:08Z")),
                new Receipt("TENCENT", "2019:-8172397403948840", false, "MK:0001 用户短信接收失败",
                        Instant.parse("2026-12-16T02:01:00Z")));
    }

    @Test
    @DisplayName("NOTE-4: an SMS receipt without the shared token, or with another, is refused 403 and records nothing")
    void smsCallbacksNeedTheToken() throws Exception {
        for (String path : List.of("/callbacks/sms/alibaba", "/callbacks/sms/alibaba?token=guess",
                "/callbacks/sms/tencent", "/callbacks/sms/tencent?token=tok-receipts-2")) {
            mvc.perform(post(path).contentType(MediaType.APPLICATION_JSON).content("[{\"biz_id\":\"1\",\"sid\":\"1\"}]"))
                    .andExpect(status().isForbidden());
        }
        verifyNoInteractions(receipts);
    }

    @Test
    @DisplayName("NOTE-3: WeChat's signed TEMPLATESENDJOBFINISH push (the message as <MsgID>) is recorded by its message id, "
            + "answered success; the server-URL check echoes; a wrong signature or an unknown account records nothing")
    void wechatTemplateSendJobFinish() throws Exception {
        when(channels.wechat("acct-1")).thenReturn(Optional.of(new WechatTemplates(
                new ProviderSettings.Wechat("wx-app-1", "wx-secret", WECHAT_TOKEN, null, Map.of()), Duration.ofSeconds(1))));
        when(channels.wechat("acct-2")).thenReturn(Optional.empty());
        when(receipts.record(any(), any())).thenReturn(Outcome.RECORDED);
        String signature = signature("1765850409", "nonce-1");
        String push = """
                <xml><ToUserName><![CDATA[gh_7f083739789a]]></ToUserName>
                <FromUserName><![CDATA[oia2TjuEGTNoeX76QEjQNrcURxG8]]></FromUserName>
                <CreateTime>1765850409</CreateTime><MsgType><![CDATA[event]]></MsgType>
                <Event><![CDATA[TEMPLATESENDJOBFINISH]]></Event><MsgID>200163836</MsgID>
                <Status><![CDATA[failed:user block]]></Status></xml>""";

        mvc.perform(get("/callbacks/wechat/acct-1").param("signature", signature).param("timestamp", "1765850409")
                        .param("nonce", "nonce-1").param("echostr", "echo-42"))
                .andExpect(status().isOk()).andExpect(content().string("echo-42"));
        mvc.perform(post("/callbacks/wechat/acct-1").param("signature", signature).param("timestamp", "1765850409")
                        .param("nonce", "nonce-1").contentType(MediaType.TEXT_XML).content(push))
                .andExpect(status().isOk()).andExpect(content().string("success"));

        assertThat(recorded(1)).containsExactly(new Receipt("WECHAT", "200163836", false, "failed:user block",
                Instant.ofEpochSecond(1765850409)));

        for (String account : List.of("acct-1", "acct-2")) {
            mvc.perform(post("/callbacks/wechat/" + account).param("signature", signature("1765850409", "nonce-2"))
                            .param("timestamp", "1765850409").param("nonce", "nonce-1").contentType(MediaType.TEXT_XML)
                            .content(push))
                    .andExpect(status().isForbidden());
        }
        recorded(1);
    }

    /** WeChat's signature: SHA-1 of the token, timestamp and nonce sorted and joined. */
    static String signature(String timestamp, String nonce) throws Exception {
        String joined = String.join("", Stream.of(WECHAT_TOKEN, timestamp, nonce).sorted().toList());
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(joined.getBytes(StandardCharsets.UTF_8)));
    }
}
