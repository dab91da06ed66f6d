package com.anchang.lead;

import com.anchang.support.test.ServiceContainersTest;

/**
 * Every flow of {@link LeadServiceIT} again, on a real MongoDB (replica set) and a real Kafka broker in
 * containers instead of the in-process stand-ins: registration, LEAD-rule refusals and the events out and in.
 * Skipped where no Docker engine is available.
 */
@ServiceContainersTest
class LeadContainersIT extends LeadServiceIT {
}
