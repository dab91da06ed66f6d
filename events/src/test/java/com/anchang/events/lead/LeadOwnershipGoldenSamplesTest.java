package com.anchang.events.lead;

import static org.assertj.core.api.Assertions.assertThat;

import com.anchang.events.GoldenSamples;
import java.lang.reflect.RecordComponent;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The lead ownership contracts (LEAD-3/4/5/8), checked like GoldenSamplesTest checks the first ones. */
class LeadOwnershipGoldenSamplesTest {

    static Stream<Class<? extends Record>> contracts() {
        return Stream.of(LeadFollowUpLogged.class, LeadProtectionExtended.class, LeadProtectionLapsing.class,
                LeadReleased.class, LeadReassigned.class, LeadCollisionOpened.class, LeadCollisionResolved.class,
                LeadStageChanged.class);
    }

    @ParameterizedTest
    @MethodSource("contracts")
    @DisplayName("every lead ownership contract has a TYPE, a VERSION, JDK-only fields and a golden sample naming each field")
    void everyContractHasAGoldenSample(Class<? extends Record> contract) throws Exception {
        String type = (String) contract.getField("TYPE").get(null);
        int version = contract.getField("VERSION").getInt(null);

        String json = GoldenSamples.json(type, version);

        assertThat(type).matches("lead\\.[a-z-]+");
        for (RecordComponent component : contract.getRecordComponents()) {
            assertThat(json).as("%s sample names %s", type, component.getName())
                    .contains("\"" + component.getName() + "\"");
            assertThat(component.getType().getName()).startsWith(component.getType().isPrimitive() ? "" : "java.");
        }
    }

    @org.junit.jupiter.api.Test
    @DisplayName("lead ownership contract types are unique and differ from lead.lead-registered")
    void typesAreUnique() {
        assertThat(contracts().map(c -> {
            try {
                return (String) c.getField("TYPE").get(null);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }).toList()).doesNotHaveDuplicates().doesNotContain(LeadRegistered.TYPE);
    }
}
