package com.anchang.events.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import com.anchang.events.GoldenSamples;
import java.lang.reflect.RecordComponent;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The sales-control contracts of issue 5, checked like GoldenSamplesTest checks the first ones. */
class SalesControlGoldenSamplesTest {

    static Stream<Class<? extends Record>> contracts() {
        return Stream.of(UnitWithheld.class, UnitReleased.class, UnitContracted.class, HoldExpired.class,
                DiscountApproved.class, DiscountRejected.class, OpeningStarted.class);
    }

    @ParameterizedTest
    @MethodSource("contracts")
    @DisplayName("every sales-control contract has a TYPE, a VERSION, JDK-only fields and a golden sample naming each field")
    void everyContractHasAGoldenSample(Class<? extends Record> contract) throws Exception {
        String type = (String) contract.getField("TYPE").get(null);
        int version = contract.getField("VERSION").getInt(null);

        String json = GoldenSamples.json(type, version);

        assertThat(type).matches("inventory\\.[a-z-]+");
        for (RecordComponent component : contract.getRecordComponents()) {
            assertThat(json).as("%s sample names %s", type, component.getName())
                    .contains("\"" + component.getName() + "\"");
            assertThat(component.getType().isPrimitive() || component.getType().getName().startsWith("java.")).isTrue();
        }
    }
}
