package com.anchang.events.lead;

import static org.assertj.core.api.Assertions.assertThat;

import com.anchang.events.GoldenSamples;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The rotation's contracts (ROT-1..3, ROT-7, ROT-10), held to the same checks as GoldenSamplesTest's. */
class RotationContractsTest {

    static Stream<Class<? extends Record>> contracts() {
        return Stream.of(ConsultantCheckedIn.class, ConsultantCheckedOut.class, ReceptionAssigned.class);
    }

    @ParameterizedTest
    @MethodSource("contracts")
    @DisplayName("every rotation contract has a TYPE, a VERSION and a golden sample naming each of its fields")
    void everyContractHasAGoldenSample(Class<? extends Record> contract) throws Exception {
        String type = (String) contract.getField("TYPE").get(null);
        int version = contract.getField("VERSION").getInt(null);

        String json = GoldenSamples.json(type, version);

        assertThat(type).matches("lead\\.[a-z-]+");
        for (RecordComponent component : contract.getRecordComponents()) {
            assertThat(json).as("%s sample names %s", type, component.getName())
                    .contains("\"" + component.getName() + "\"");
        }
    }

    @Test
    @DisplayName("rotation contracts use only JDK types")
    void contractsUseOnlyTheJdk() {
        contracts().flatMap(c -> Arrays.stream(c.getRecordComponents()))
                .forEach(component -> assertThat(component.getType().getName()).startsWith("java."));
    }
}
