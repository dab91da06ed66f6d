package com.anchang.notification.application;

import com.anchang.notification.domain.Channel;
import java.util.Map;

/**
 * Port: the channels an office's reminders can go by, from its developer's (or its own) provider
 * accounts. Without an account (the embedded default), only {@link Channel#LOCAL}.
 */
public interface DeliveryChannels {

    Map<Channel, DeliveryChannel> forOffice(String developerId, String officeId);
}
