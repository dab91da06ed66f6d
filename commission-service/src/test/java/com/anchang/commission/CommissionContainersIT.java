package com.anchang.commission;

import com.anchang.support.test.ServiceContainersTest;

/**
 * Every flow of {@link CommissionServiceIT} again, on a real MongoDB (replica set) and a real Kafka broker in
 * containers instead of the in-process stand-ins: credits from the deal events in, their refusals, dead letters and the events out.
 * Skipped where no Docker engine is available.
 */
@ServiceContainersTest
class CommissionContainersIT extends CommissionServiceIT {
}
