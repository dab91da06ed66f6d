package com.anchang.inventory.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.anchang.support.test.DomainSources;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A unit status added later must fail to compile until every transition of Unit decides it")
class UnitStatusExhaustivenessTest {

    private final DomainSources domain = DomainSources.of("com.anchang.inventory.domain");

    @Test
    @DisplayName("the domain as it is compiles, so the failure below comes from the added status alone")
    void compilesAsItIs() {
        assertThat(domain.compile().errors()).isEmpty();
    }

    @Test
    @DisplayName("UNIT-1/2: with a new UnitStatus, checkHoldable does not compile instead of letting a hold through")
    void aNewStatusDoesNotCompileUntilDecided() {
        DomainSources.Compilation withNewStatus = domain.withConstantAdded("UnitStatus.java", "UnitStatus", "SOLD_OFFLINE")
                .compile();

        assertThat(withNewStatus.succeeded()).isFalse();
        assertThat(withNewStatus.undecidedIn("Unit.java")).contains("checkHoldable", "takenBy");
    }
}
