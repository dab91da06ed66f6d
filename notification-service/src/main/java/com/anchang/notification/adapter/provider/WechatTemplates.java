package com.anchang.notification.adapter.provider;

import com.anchang.notification.application.DeliveryChannel;
import com.anchang.notification.application.Outgoing;
import com.anchang.notification.domain.Channel;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import me.chanjar.weixin.common.error.WxErrorException;
import me.chanjar.weixin.common.error.WxRuntimeException;
import me.chanjar.weixin.common.util.http.apache.DefaultApacheHttpClientBuilder;
import me.chanjar.weixin.mp.api.WxMpService;
import me.chanjar.weixin.mp.api.impl.WxMpServiceHttpClientImpl;
import me.chanjar.weixin.mp.bean.template.WxMpTemplateData;
import me.chanjar.weixin.mp.bean.template.WxMpTemplateMessage;
import me.chanjar.weixin.mp.config.WxMpHostConfig;
import me.chanjar.weixin.mp.config.impl.WxMpDefaultConfigImpl;

/**
 * WeChat template messages of the office's verified service account (WxJava). A T-7/T-3/T-1 series
 * does not fit one-time subscription messages (one send per opt-in), so template messages it is, to
 * the buyer's open id. The reminder's reference goes as {@code client_msg_id}: WeChat sends one message
 * per open id + client_msg_id within 10 minutes, so a send repeated after an unknown outcome within that
 * window is not a second message; {@link #findAccepted} has no API to ask and finds nothing. WxJava's own
 * retries are off (the dispatcher retries).
 *
 * <p>Answers: errcode 0 accepted (msgid, named by the TEMPLATESENDJOBFINISH event); 45009 / 45047 (frequency
 * and quota limits) throttled; -1 (system busy) transient; a timeout unknown; everything else (40037
 * invalid template id, 43004 the buyer does not follow the account, 40003 invalid open id) refused.
 */
public class WechatTemplates implements DeliveryChannel {

    static final Set<Integer> THROTTLED = Set.of(45009, 45047, 45011);

    private final WxMpService wechat;
    private final ProviderSettings.Wechat settings;

    public WechatTemplates(ProviderSettings.Wechat settings, Duration timeout) {
        this.settings = settings;
        WxMpDefaultConfigImpl config = new WxMpDefaultConfigImpl();
        config.setAppId(settings.appId());
        config.setSecret(settings.secret());
        config.setToken(settings.token());
        config.setMaxRetryTimes(0);
        DefaultApacheHttpClientBuilder http = DefaultApacheHttpClientBuilder.get();
        http.setConnectionTimeout((int) timeout.toMillis());
        http.setSoTimeout((int) timeout.toMillis());
        http.setConnectionRequestTimeout((int) timeout.toMillis());
        config.setApacheHttpClientBuilder(http);
        if (settings.apiHost() != null) {
            WxMpHostConfig hosts = new WxMpHostConfig();
            hosts.setApiHost(settings.apiHost());
            hosts.setMpHost(settings.apiHost());
            hosts.setOpenHost(settings.apiHost());
            config.setHostConfig(hosts);
        }
        WxMpServiceHttpClientImpl service = new WxMpServiceHttpClientImpl();
        service.setWxMpConfigStorage(config);
        service.setMaxRetryTimes(0);
        this.wechat = service;
    }

    @Override
    public Channel channel() {
        return Channel.WECHAT;
    }

    @Override
    public String provider() {
        return "WECHAT";
    }

    /** Checks the signature of an event push of this account (the token of its server configuration). */
    public boolean signed(String timestamp, String nonce, String signature) {
        return wechat.checkSignature(timestamp, nonce, signature);
    }

    @Override
    public SendResult send(Outgoing message) {
        String template = settings.templates().get(message.kind().name());
        if (template == null) {
            return new SendResult.Refused("no-template", "no WeChat template id configured for " + message.kind());
        }
        if (message.wechatOpenId() == null) {
            return new SendResult.Refused("no-openid", "the buyer has no WeChat open id");
        }
        WxMpTemplateMessage request = WxMpTemplateMessage.builder().toUser(message.wechatOpenId()).templateId(template)
                .clientMsgId(message.reference()).build();
        for (Map.Entry<String, String> param : message.params().entrySet()) {
            request.addData(new WxMpTemplateData(param.getKey(), param.getValue()));
        }
        try {
            return new SendResult.Accepted(wechat.getTemplateMsgService().sendTemplateMsg(request));
        } catch (WxErrorException e) {
            int code = e.getError() == null ? 0 : e.getError().getErrorCode();
            String text = e.getError() == null ? e.toString() : e.getError().getErrorMsg();
            if (e.getError() == null || code == 0) {
                return AlibabaSms.failure(e);
            }
            if (THROTTLED.contains(code)) {
                return new SendResult.Throttled(String.valueOf(code), text);
            }
            if (code == -1) {
                return new SendResult.Transient("-1", text);
            }
            return new SendResult.Refused(String.valueOf(code), text);
        } catch (WxRuntimeException e) {
            if (e.getMessage() != null && e.getMessage().contains("超出重试次数")) {
                // WxJava's word for errcode -1 (system busy) once its retries (none here) are used up
                return new SendResult.Transient("-1", e.getMessage());
            }
            return AlibabaSms.failure(e);
        } catch (RuntimeException e) {
            return AlibabaSms.failure(e);
        }
    }

    @Override
    public Optional<String> findAccepted(Outgoing message, Instant since) {
        return Optional.empty(); // no API to ask; client_msg_id makes a resend within 10 minutes one message
    }
}
