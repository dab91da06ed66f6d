package com.anchang.notification.domain;

import com.anchang.support.privacy.MobileMask;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The buyer to remind: name and mobile number (confidential, LEAD-10: shown masked), and how the buyer
 * chose to be reached (NOTE-3): the preferred channel, the WeChat open id of the office's official
 * account when the buyer follows it, and the channels the buyer opted out of.
 */
public record Recipient(String name, String mobile, String wechatOpenId, Channel preferred, Set<Channel> optedOut) {

    public Recipient {
        Objects.requireNonNull(mobile, "mobile");
        preferred = preferred == null ? Channel.SMS : preferred;
        if (preferred == Channel.LOCAL) {
            throw new IllegalArgumentException("a buyer chooses SMS or WECHAT");
        }
        optedOut = optedOut == null || optedOut.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(optedOut));
        wechatOpenId = wechatOpenId == null || wechatOpenId.isBlank() ? null : wechatOpenId;
    }

    /** A buyer known by mobile only: reminded by SMS. */
    public Recipient(String name, String mobile) {
        this(name, mobile, null, Channel.SMS, Set.of());
    }

    /** The channel the buyer chose. */
    public Channel channel() {
        return preferred;
    }

    /** The buyer's choice changed: preferred channel, WeChat open id (null keeps the known one), opted-out channels. */
    public Recipient choosing(Channel preferred, String wechatOpenId, Set<Channel> optedOut) {
        return new Recipient(name, mobile, wechatOpenId == null ? this.wechatOpenId : wechatOpenId, preferred, optedOut);
    }

    /**
     * NOTE-3: the channels to try, in order: the buyer's choice, then the other; never one the buyer
     * opted out of, WeChat only with an open id. Where only {@link Channel#LOCAL} is available (no
     * provider account), it stands in for the buyer's reachable channels.
     *
     * @param available the channels the office has accounts for
     */
    public List<Channel> channelsToTry(Set<Channel> available) {
        List<Channel> order = new ArrayList<>();
        for (Channel channel : preferred == Channel.WECHAT ? List.of(Channel.WECHAT, Channel.SMS)
                : List.of(Channel.SMS, Channel.WECHAT)) {
            if (!optedOut.contains(channel) && (channel != Channel.WECHAT || wechatOpenId != null)) {
                order.add(channel);
            }
        }
        if (!order.isEmpty() && available.contains(Channel.LOCAL) && order.stream().noneMatch(available::contains)) {
            return List.of(Channel.LOCAL);
        }
        return order.stream().filter(available::contains).toList();
    }

    /** LEAD-10: the mobile number as others see it, e.g. 138****5678. */
    public String maskedMobile() {
        return MobileMask.mask(mobile);
    }
}
