package com.anchang.identity;

import com.anchang.support.test.ServiceContainersTest;

/**
 * Every flow of {@link IdentityServiceIT} again, on a real MongoDB (replica set) and a real Kafka broker in
 * containers instead of the in-process stand-ins: sign-in, the directory's refusals and the tokens.
 * Skipped where no Docker engine is available.
 */
@ServiceContainersTest
class IdentityContainersIT extends IdentityServiceIT {
}
