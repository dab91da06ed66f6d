package com.anchang.identity.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.anchang.support.test.DomainSources;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A role scope added later must fail to compile until granting decides it")
class RoleScopeExhaustivenessTest {

    private final DomainSources domain = DomainSources.of("com.anchang.identity.domain");

    @Test
    @DisplayName("the domain as it is compiles, so the failure below comes from the added scope alone")
    void compilesAsItIs() {
        assertThat(domain.compile().errors()).isEmpty();
    }

    @Test
    @DisplayName("IDN-2/3: with a new Role.Scope, User.grant does not compile instead of granting without checks")
    void aNewScopeDoesNotCompileUntilDecided() {
        DomainSources.Compilation withNewScope = domain.withConstantAdded("Role.java", "Scope", "REGION").compile();

        assertThat(withNewScope.succeeded()).isFalse();
        assertThat(withNewScope.undecidedIn("User.java")).contains("grant");
    }
}
