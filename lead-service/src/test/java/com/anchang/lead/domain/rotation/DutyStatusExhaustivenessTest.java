package com.anchang.lead.domain.rotation;

import static org.assertj.core.api.Assertions.assertThat;

import com.anchang.support.test.DomainSources;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A duty status added later must fail to compile until the rotation decides its skip")
class DutyStatusExhaustivenessTest {

    private final DomainSources domain = DomainSources.of("com.anchang.lead.domain");

    @Test
    @DisplayName("the domain as it is compiles, so the failure below comes from the added status alone")
    void compilesAsItIs() {
        assertThat(domain.compile().errors()).isEmpty();
    }

    @Test
    @DisplayName("ROT-3/5/6: with a new EntryStatus, recordSkip does not compile until the status is given its rule")
    void aNewStatusDoesNotCompileUntilDecided() {
        DomainSources.Compilation withNewStatus = domain
                .withConstantAdded("rotation/EntryStatus.java", "EntryStatus", "ON_BREAK").compile();

        assertThat(withNewStatus.succeeded()).isFalse();
        assertThat(withNewStatus.undecidedIn("rotation/ReceptionDay.java")).contains("recordSkip");
    }
}
