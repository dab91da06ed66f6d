package com.anchang.notification;

import com.anchang.support.test.ServiceContainersTest;

/**
 * Every flow of {@link NotificationServiceIT} again, on a real MongoDB (replica set) and a real Kafka broker in
 * containers instead of the in-process stand-ins: plans from the events in, and who may read them.
 * Skipped where no Docker engine is available.
 */
@ServiceContainersTest
class NotificationContainersIT extends NotificationServiceIT {
}
