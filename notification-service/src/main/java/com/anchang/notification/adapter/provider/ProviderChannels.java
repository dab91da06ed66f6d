package com.anchang.notification.adapter.provider;

import com.anchang.notification.application.DeliveryChannel;
import com.anchang.notification.application.DeliveryChannels;
import com.anchang.notification.domain.Channel;
import java.time.Duration;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The channels of an office: its own provider account if it has one, else its developer's (accounts
 * are keyed by office id or developer id), each provider's client made once per account. Without an
 * account, the local inbox where it is enabled (the embedded default), else nothing: such a reminder is
 * undeliverable and escalated rather than silently kept.
 */
public class ProviderChannels implements DeliveryChannels {

    private final Map<String, ProviderSettings> accounts;
    private final DeliveryChannel local;
    private final Duration timeout;
    private final ZoneId zone;
    private final Map<String, Map<Channel, DeliveryChannel>> made = new ConcurrentHashMap<>();

    /**
     * @param accounts provider accounts by office id or developer id
     * @param local the local inbox channel, or null where it is off
     * @param timeout connect and read timeout of every provider call
     * @param zone the providers' zone (send records are kept per day of Beijing time)
     */
    public ProviderChannels(Map<String, ProviderSettings> accounts, DeliveryChannel local, Duration timeout, ZoneId zone) {
        this.accounts = accounts == null ? Map.of() : Map.copyOf(accounts);
        this.local = local;
        this.timeout = timeout;
        this.zone = zone;
    }

    @Override
    public Map<Channel, DeliveryChannel> forOffice(String developerId, String officeId) {
        String key = accounts.containsKey(officeId) ? officeId : accounts.containsKey(developerId) ? developerId : null;
        if (key == null) {
            return local == null ? Map.of() : Map.of(Channel.LOCAL, local);
        }
        return made.computeIfAbsent(key, k -> channels(accounts.get(k)));
    }

    /** The WeChat channel of the account named, for checking the signature of its event pushes. */
    public Optional<WechatTemplates> wechat(String account) {
        if (!accounts.containsKey(account)) {
            return Optional.empty();
        }
        return Optional.ofNullable((WechatTemplates) made.computeIfAbsent(account, k -> channels(accounts.get(k)))
                .get(Channel.WECHAT));
    }

    private Map<Channel, DeliveryChannel> channels(ProviderSettings account) {
        Map<Channel, DeliveryChannel> channels = new EnumMap<>(Channel.class);
        if ("ALIBABA".equalsIgnoreCase(account.sms()) && account.alibaba() != null) {
            channels.put(Channel.SMS, new AlibabaSms(account.alibaba(), timeout, zone));
        } else if ("TENCENT".equalsIgnoreCase(account.sms()) && account.tencent() != null) {
            channels.put(Channel.SMS, new TencentSms(account.tencent(), timeout));
        }
        if (account.wechat() != null && account.wechat().appId() != null) {
            channels.put(Channel.WECHAT, new WechatTemplates(account.wechat(), timeout));
        }
        return Map.copyOf(channels);
    }
}
