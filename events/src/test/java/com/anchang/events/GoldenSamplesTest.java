package com.anchang.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.anchang.events.inventory.UnitHeld;
import com.anchang.events.inventory.UnitReserved;
import com.anchang.events.lead.LeadRegistered;
import com.anchang.events.transaction.DealOpened;
import com.anchang.events.transaction.DepositReceived;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class GoldenSamplesTest {

    static Stream<Class<? extends Record>> contracts() {
        return Stream.of(LeadRegistered.class, UnitHeld.class, UnitReserved.class, DealOpened.class,
                DepositReceived.class);
    }

    @ParameterizedTest
    @MethodSource("contracts")
    @DisplayName("every contract has a TYPE, a VERSION and a golden sample naming each of its fields")
    void everyContractHasAGoldenSample(Class<? extends Record> contract) throws Exception {
        String type = (String) contract.getField("TYPE").get(null);
        int version = contract.getField("VERSION").getInt(null);

        String json = GoldenSamples.json(type, version);

        assertThat(type).matches("[a-z]+\\.[a-z-]+");
        for (RecordComponent component : contract.getRecordComponents()) {
            assertThat(json).as("%s sample names %s", type, component.getName())
                    .contains("\"" + component.getName() + "\"");
        }
    }

    @Test
    void typesAreUnique() {
        assertThat(contracts().map(c -> {
            try {
                return c.getField("TYPE").get(null);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        })).doesNotHaveDuplicates();
    }

    @Test
    void anUnknownSampleIsAnError() {
        assertThatThrownBy(() -> GoldenSamples.json("inventory.no-such-event", 1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void contractsUseOnlyTheJdk() {
        contracts().flatMap(c -> Arrays.stream(c.getRecordComponents()))
                .forEach(component -> assertThat(component.getType().getName()).startsWith("java."));
    }
}
