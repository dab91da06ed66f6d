package com.anchang.notification.adapter.provider;

import com.aliyun.dysmsapi20170525.Client;
import com.aliyun.dysmsapi20170525.models.QuerySendDetailsRequest;
import com.aliyun.dysmsapi20170525.models.QuerySendDetailsResponseBody;
import com.aliyun.dysmsapi20170525.models.SendSmsRequest;
import com.aliyun.dysmsapi20170525.models.SendSmsResponseBody;
import com.aliyun.tea.TeaException;
import com.aliyun.teaopenapi.models.Config;
import com.aliyun.teautil.models.RuntimeOptions;
import com.anchang.notification.application.DeliveryChannel;
import com.anchang.notification.application.Outgoing;
import com.anchang.notification.domain.Channel;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.json.JsonMapper;

/**
 * SMS through Alibaba Cloud (dysmsapi 2017-05-25, its own SDK). Each send is a SendSms with the office's
 * approved signature and template code, the template parameters as JSON and the reminder's reference as
 * {@code OutId} (echoed back in the status reports). Alibaba does not deduplicate: a second SendSms with
 * the same OutId is a second SMS, so after an unknown outcome {@link #findAccepted} looks the reference
 * up in the number's send records of that day (QuerySendDetails) before anything is sent again. The
 * SDK's own retries are off: a retry here is decided by the dispatcher, which asks first.
 *
 * <p>Answers: {@code OK} accepted; {@code isv.BUSINESS_LIMIT_CONTROL} (50 notifications a day per
 * signature + template + number, rolling 24 h) and {@code Throttling*} throttled; {@code isp.*}, 5xx and a
 * refused connection transient; a read timeout unknown; everything else (a wrong template or signature,
 * an invalid number, missing parameters, no balance) refused.
 */
public class AlibabaSms implements DeliveryChannel {

    static final Set<String> THROTTLED = Set.of("isv.BUSINESS_LIMIT_CONTROL", "isv.DAY_LIMIT_CONTROL", "Throttling",
            "Throttling.User", "Throttling.Api");
    private static final JsonMapper JSON = new JsonMapper();
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd");

    private final Client client;
    private final ProviderSettings.Alibaba settings;
    private final RuntimeOptions runtime;
    private final ZoneId zone;

    public AlibabaSms(ProviderSettings.Alibaba settings, Duration timeout, ZoneId zone) {
        this.settings = settings;
        this.zone = zone;
        try {
            Config config = new Config().setAccessKeyId(settings.accessKeyId()).setAccessKeySecret(settings.accessKeySecret())
                    .setEndpoint(settings.endpoint()).setProtocol(settings.protocol())
                    .setConnectTimeout((int) timeout.toMillis()).setReadTimeout((int) timeout.toMillis());
            this.client = new Client(config);
        } catch (Exception e) {
            throw new IllegalStateException("the Alibaba Cloud SMS client could not be made", e);
        }
        this.runtime = new RuntimeOptions().setAutoretry(false).setMaxAttempts(1)
                .setConnectTimeout((int) timeout.toMillis()).setReadTimeout((int) timeout.toMillis());
    }

    @Override
    public Channel channel() {
        return Channel.SMS;
    }

    @Override
    public String provider() {
        return "ALIBABA";
    }

    @Override
    public SendResult send(Outgoing message) {
        String template = settings.templates().get(message.kind().name());
        if (template == null) {
            return new SendResult.Refused("no-template", "no Alibaba template code configured for " + message.kind());
        }
        SendSmsRequest request = new SendSmsRequest().setPhoneNumbers(message.mobile()).setSignName(settings.signName())
                .setTemplateCode(template).setTemplateParam(JSON.writeValueAsString(message.params()))
                .setOutId(message.reference());
        try {
            SendSmsResponseBody body = client.sendSmsWithOptions(request, runtime).getBody();
            return answer(body.getCode(), body.getMessage(), body.getBizId());
        } catch (TeaException e) {
            if (e.getStatusCode() != null && e.getStatusCode() >= 500) {
                return new SendResult.Transient(e.getCode() == null ? "HTTP " + e.getStatusCode() : e.getCode(),
                        e.getMessage());
            }
            if (e.getCode() != null && e.getStatusCode() != null) {
                return answer(e.getCode(), e.getMessage(), null);
            }
            return failure(e);
        } catch (Exception e) {
            return failure(e);
        }
    }

    static SendResult answer(String code, String message, String bizId) {
        if ("OK".equals(code)) {
            return new SendResult.Accepted(bizId);
        }
        if (code != null && (THROTTLED.contains(code) || code.startsWith("Throttling"))) {
            return new SendResult.Throttled(code, message);
        }
        if (code != null && (code.startsWith("isp.") || code.equals("ServiceUnavailable") || code.equals("InternalError"))) {
            return new SendResult.Transient(code, message);
        }
        return new SendResult.Refused(code, message);
    }

    /** A timeout may have sent it (unknown); a connection never made did not (transient). */
    static SendResult failure(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SocketTimeoutException || cause instanceof java.io.InterruptedIOException) {
                return new SendResult.Unknown("no answer in time: " + cause);
            }
            if (cause instanceof java.net.ConnectException) {
                return new SendResult.Transient("connect", cause.toString());
            }
        }
        return new SendResult.Unknown(e.toString());
    }

    @Override
    public Optional<String> findAccepted(Outgoing message, Instant since) {
        // a day's records of the number; the send may have crossed midnight at the provider (Beijing time)
        for (Instant day = since; !day.isAfter(since.plus(Duration.ofDays(1))); day = day.plus(Duration.ofDays(1))) {
            for (long page = 1; page <= 10; page++) {
                QuerySendDetailsRequest request = new QuerySendDetailsRequest().setPhoneNumber(message.mobile())
                        .setSendDate(DAY.format(day.atZone(zone))).setPageSize(50L).setCurrentPage(page);
                QuerySendDetailsResponseBody body;
                try {
                    body = client.querySendDetailsWithOptions(request, runtime).getBody();
                } catch (Exception e) {
                    throw new IllegalStateException("QuerySendDetails failed: " + e, e);
                }
                if (!"OK".equals(body.getCode())) {
                    throw new IllegalStateException("QuerySendDetails answered " + body.getCode() + " " + body.getMessage());
                }
                var details = body.getSmsSendDetailDTOs() == null ? null : body.getSmsSendDetailDTOs().getSmsSendDetailDTO();
                if (details == null || details.isEmpty()) {
                    break;
                }
                if (details.stream().anyMatch(d -> message.reference().equals(d.getOutId()))) {
                    return Optional.of(outIdKey(message.reference()));
                }
                if (details.size() < 50) {
                    break;
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The message id of a message found by its OutId (the send records do not carry its BizId): its
     * status reports are matched by their {@code out_id}.
     */
    public static String outIdKey(String outId) {
        return "out:" + outId;
    }

    /** The template codes configured, for the log at start. */
    Map<String, String> templates() {
        return settings.templates();
    }
}
