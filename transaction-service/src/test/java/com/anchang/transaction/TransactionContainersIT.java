package com.anchang.transaction;

import com.anchang.support.test.ServiceContainersTest;

/**
 * Every flow of {@link TransactionServiceIT} again, on a real MongoDB (replica set) and a real Kafka broker in
 * containers instead of the in-process stand-ins: deals and deposits, their refusals, the events out and the inventory events in.
 * Skipped where no Docker engine is available.
 */
@ServiceContainersTest
class TransactionContainersIT extends TransactionServiceIT {
}
