package com.anchang.notification.adapter.web;

import com.anchang.notification.adapter.provider.AlibabaSms;
import com.anchang.notification.adapter.provider.ProviderChannels;
import com.anchang.notification.adapter.provider.WechatTemplates;
import com.anchang.notification.application.RecordingReceipts;
import com.anchang.notification.application.RecordingReceipts.Receipt;
import io.swagger.v3.oas.annotations.Hidden;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import me.chanjar.weixin.mp.bean.message.WxMpXmlMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Delivery receipts pushed by the providers (NOTE-3, NOTE-4), outside {@code /api} because the providers
 * carry no platform token: Alibaba Cloud's SMS status reports and Tencent Cloud's status callbacks come
 * to URLs ending in {@code ?token=<notification.receipt-token>}, WeChat's events to the account's server
 * URL, signed with the account's token. Each push may hold several receipts, and providers push again
 * when not answered as they expect: every receipt is recorded once ({@link RecordingReceipts}).
 */
@RestController
@RequestMapping("/callbacks")
@Hidden
class ReceiptCallbacks {

    private static final Logger log = LoggerFactory.getLogger(ReceiptCallbacks.class);
    private static final DateTimeFormatter PROVIDER_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    private final RecordingReceipts receipts;
    private final ProviderChannels channels;
    private final Clock clock;
    private final String token;

    ReceiptCallbacks(RecordingReceipts receipts, ProviderChannels channels, Clock clock,
            @Value("${notification.receipt-token:}") String token) {
        this.receipts = receipts;
        this.channels = channels;
        this.clock = clock;
        this.token = token;
    }

    /** Alibaba Cloud SMS status reports (HTTP batch push): answered {"code":0} once recorded, 5xx to be pushed again. */
    @PostMapping(path = "/sms/alibaba", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, Object>> alibaba(@RequestParam(defaultValue = "") String token,
            @RequestBody List<Map<String, Object>> reports) {
        if (!tokenMatches(token)) {
            return ResponseEntity.status(403).body(Map.of("code", 403, "msg", "token"));
        }
        Instant now = clock.instant();
        for (Map<String, Object> report : reports) {
            String bizId = text(report, "biz_id");
            String outId = text(report, "out_id");
            Receipt receipt = new Receipt("ALIBABA", bizId, Boolean.TRUE.equals(report.get("success")),
                    text(report, "err_code") + " " + text(report, "err_msg"), time(text(report, "report_time"), now));
            RecordingReceipts.Outcome outcome = receipts.record(receipt, now);
            if (outcome == RecordingReceipts.Outcome.UNKNOWN_MESSAGE && outId != null) {
                // a message found at Alibaba by its OutId after a takeover is known by that
                outcome = receipts.record(new Receipt("ALIBABA", AlibabaSms.outIdKey(outId), receipt.delivered(),
                        receipt.detail(), receipt.at()), now);
            }
            log.info("Alibaba receipt {} ({}): {}", bizId, outId, outcome);
        }
        return ResponseEntity.ok(Map.of("code", 0, "msg", "接收成功"));
    }

    /** Tencent Cloud SMS status callbacks: answered {"result":0} once recorded. */
    @PostMapping(path = "/sms/tencent", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, Object>> tencent(@RequestParam(defaultValue = "") String token,
            @RequestBody List<Map<String, Object>> reports) {
        if (!tokenMatches(token)) {
            return ResponseEntity.status(403).body(Map.of("result", 403, "errmsg", "token"));
        }
        Instant now = clock.instant();
        for (Map<String, Object> report : reports) {
            String sid = text(report, "sid");
            RecordingReceipts.Outcome outcome = receipts.record(new Receipt("TENCENT", sid,
                    "SUCCESS".equalsIgnoreCase(text(report, "report_status")),
                    text(report, "errmsg") + " " + text(report, "description"),
                    time(text(report, "user_receive_time"), now)), now);
            log.info("Tencent receipt {}: {}", sid, outcome);
        }
        return ResponseEntity.ok(Map.of("result", 0, "errmsg", "OK"));
    }

    /** WeChat's check of the account's server URL: the echo string back when the signature is the account's. */
    @GetMapping(path = "/wechat/{account}", produces = MediaType.TEXT_PLAIN_VALUE)
    ResponseEntity<String> wechatCheck(@PathVariable String account, @RequestParam String signature,
            @RequestParam String timestamp, @RequestParam String nonce, @RequestParam String echostr) {
        return signed(account, timestamp, nonce, signature) ? ResponseEntity.ok(echostr)
                : ResponseEntity.status(403).body("signature");
    }

    /** WeChat's event pushes: TEMPLATESENDJOBFINISH carries the msgid and success / failed:user block / failed: system failed. */
    @PostMapping(path = "/wechat/{account}", produces = MediaType.TEXT_PLAIN_VALUE)
    ResponseEntity<String> wechatEvent(@PathVariable String account, @RequestParam String signature,
            @RequestParam String timestamp, @RequestParam String nonce, @RequestBody String xml) {
        if (!signed(account, timestamp, nonce, signature)) {
            return ResponseEntity.status(403).body("signature");
        }
        WxMpXmlMessage message = WxMpXmlMessage.fromXml(xml);
        // the push names the template message <MsgID> (WxJava reads that element as the mass message id), not <MsgId>
        Long msgId = message.getMassMsgId() != null ? message.getMassMsgId() : message.getMsgId();
        if ("TEMPLATESENDJOBFINISH".equalsIgnoreCase(message.getEvent()) && msgId != null) {
            Instant now = clock.instant();
            Instant at = message.getCreateTime() == null ? now : Instant.ofEpochSecond(message.getCreateTime());
            RecordingReceipts.Outcome outcome = receipts.record(new Receipt("WECHAT", String.valueOf(msgId),
                    "success".equalsIgnoreCase(message.getStatus()), message.getStatus(), at), now);
            log.info("WeChat receipt {}: {}", msgId, outcome);
        }
        return ResponseEntity.ok("success");
    }

    private boolean signed(String account, String timestamp, String nonce, String signature) {
        Optional<WechatTemplates> wechat = channels.wechat(account);
        return wechat.isPresent() && wechat.get().signed(timestamp, nonce, signature);
    }

    private boolean tokenMatches(String given) {
        return !token.isBlank() && MessageDigest.isEqual(token.getBytes(StandardCharsets.UTF_8),
                given.getBytes(StandardCharsets.UTF_8));
    }

    private static String text(Map<String, Object> report, String field) {
        Object value = report.get(field);
        return value == null ? null : value.toString();
    }

    private static Instant time(String text, Instant otherwise) {
        try {
            return text == null ? otherwise : LocalDateTime.parse(text, PROVIDER_TIME).atZone(BEIJING).toInstant();
        } catch (RuntimeException e) {
            return otherwise;
        }
    }
}
