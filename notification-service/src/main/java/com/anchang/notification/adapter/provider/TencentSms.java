package com.anchang.notification.adapter.provider;

import com.anchang.notification.application.DeliveryChannel;
import com.anchang.notification.application.Outgoing;
import com.anchang.notification.domain.Channel;
import com.tencentcloudapi.common.Credential;
import com.tencentcloudapi.common.exception.TencentCloudSDKException;
import com.tencentcloudapi.common.profile.ClientProfile;
import com.tencentcloudapi.common.profile.HttpProfile;
import com.tencentcloudapi.sms.v20210111.SmsClient;
import com.tencentcloudapi.sms.v20210111.models.PullSmsSendStatus;
import com.tencentcloudapi.sms.v20210111.models.PullSmsSendStatusByPhoneNumberRequest;
import com.tencentcloudapi.sms.v20210111.models.SendSmsRequest;
import com.tencentcloudapi.sms.v20210111.models.SendStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * SMS through Tencent Cloud (SMS API 2021-01-11, its own SDK). Each send is a SendSms with the office's
 * SdkAppId, signature and template id, the template parameters in template order, and the reminder's
 * reference as {@code SessionContext}, which Tencent returns as it was and does not deduplicate on. After
 * an unknown outcome {@link #findAccepted} pulls the number's send statuses since the send began
 * (PullSmsSendStatusByPhoneNumber) and looks for the reference: that finds a message whose receipt has
 * arrived, not one still on its way (the ADR says what that leaves).
 *
 * <p>Answers (per number, in SendStatusSet): {@code Ok} accepted; {@code LimitExceeded.*} of a number
 * (30-second, hourly, daily, same-content limits; by default one identical text per 30 s and 10 a day
 * per number) throttled; {@code InternalError.*} and {@code RequestLimitExceeded} transient; a read
 * timeout unknown; everything else (FailedOperation.TemplateIncorrectOrUnapproved, an invalid number,
 * a number on the blacklist) refused.
 */
public class TencentSms implements DeliveryChannel {

    private final SmsClient client;
    private final ProviderSettings.Tencent settings;

    public TencentSms(ProviderSettings.Tencent settings, Duration timeout) {
        this.settings = settings;
        HttpProfile http = new HttpProfile();
        http.setEndpoint(settings.endpoint());
        http.setProtocol(settings.protocol());
        int seconds = (int) Math.max(1, timeout.toSeconds());
        http.setConnTimeout(seconds);
        http.setReadTimeout(seconds);
        http.setWriteTimeout(seconds);
        ClientProfile profile = new ClientProfile();
        profile.setHttpProfile(http);
        this.client = new SmsClient(new Credential(settings.secretId(), settings.secretKey()), settings.region(), profile);
    }

    @Override
    public Channel channel() {
        return Channel.SMS;
    }

    @Override
    public String provider() {
        return "TENCENT";
    }

    @Override
    public SendResult send(Outgoing message) {
        String template = settings.templates().get(message.kind().name());
        if (template == null) {
            return new SendResult.Refused("no-template", "no Tencent template id configured for " + message.kind());
        }
        SendSmsRequest request = new SendSmsRequest();
        request.setPhoneNumberSet(new String[] {"+86" + message.mobile()});
        request.setSmsSdkAppId(settings.sdkAppId());
        request.setSignName(settings.signName());
        request.setTemplateId(template);
        request.setTemplateParamSet(message.params().values().toArray(String[]::new));
        request.setSessionContext(message.reference());
        try {
            SendStatus[] statuses = client.SendSms(request).getSendStatusSet();
            if (statuses == null || statuses.length == 0) {
                return new SendResult.Unknown("SendSms answered without a status");
            }
            return answer(statuses[0].getCode(), statuses[0].getMessage(), statuses[0].getSerialNo());
        } catch (TencentCloudSDKException e) {
            if (e.getErrorCode() == null || e.getErrorCode().isBlank() || e.getRequestId() == null
                    || e.getRequestId().isBlank()) {
                return AlibabaSms.failure(e); // no answer from Tencent: a timeout or a refused connection
            }
            return answer(e.getErrorCode(), e.getMessage(), null);
        }
    }

    static SendResult answer(String code, String message, String serialNo) {
        if ("Ok".equalsIgnoreCase(code)) {
            return new SendResult.Accepted(serialNo);
        }
        if (code != null && code.startsWith("LimitExceeded.")) {
            return new SendResult.Throttled(code, message);
        }
        if (code != null && (code.startsWith("InternalError") || code.startsWith("RequestLimitExceeded"))) {
            return new SendResult.Transient(code, message);
        }
        return new SendResult.Refused(code, message);
    }

    @Override
    public Optional<String> findAccepted(Outgoing message, Instant since) {
        PullSmsSendStatusByPhoneNumberRequest request = new PullSmsSendStatusByPhoneNumberRequest();
        request.setPhoneNumber("+86" + message.mobile());
        request.setSmsSdkAppId(settings.sdkAppId());
        request.setBeginTime(since.getEpochSecond());
        request.setEndTime(since.plus(Duration.ofDays(1)).getEpochSecond());
        request.setOffset(0L);
        request.setLimit(100L);
        try {
            PullSmsSendStatus[] statuses = client.PullSmsSendStatusByPhoneNumber(request).getPullSmsSendStatusSet();
            if (statuses == null) {
                return Optional.empty();
            }
            for (PullSmsSendStatus status : statuses) {
                if (message.reference().equals(status.getSessionContext())) {
                    return Optional.of(status.getSerialNo());
                }
            }
            return Optional.empty();
        } catch (TencentCloudSDKException e) {
            throw new IllegalStateException("PullSmsSendStatusByPhoneNumber failed: " + e, e);
        }
    }
}
