package com.anchang.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.anchang.events.lead.LeadRegistered;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every contract of this module, found by walking its compiled classes (so a new one cannot be
 * forgotten here): a record with {@code TYPE} and {@code VERSION}, JDK-only fields, and a golden
 * sample naming each field; and every golden sample belongs to a contract.
 */
class GoldenSamplesTest {

    static List<Class<? extends Record>> contracts() {
        try {
            Path classes = Path.of(LeadRegistered.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            try (Stream<Path> files = Files.walk(classes.resolve("com/anchang/events"))) {
                return files.filter(file -> file.toString().endsWith(".class") && !file.toString().contains("$"))
                        .map(file -> classes.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", ""))
                        .map(GoldenSamplesTest::load)
                        .filter(type -> type.isRecord() && hasConstant(type, "TYPE"))
                        .<Class<? extends Record>>map(type -> type.asSubclass(Record.class))
                        .sorted(java.util.Comparator.comparing(Class::getName))
                        .toList();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    @DisplayName("the contracts are found: one per golden sample, and no sample without its contract")
    void everySampleHasItsContract() throws IOException, URISyntaxException {
        Path golden = Path.of(GoldenSamples.class.getResource("/golden").toURI());
        Set<String> samples;
        try (Stream<Path> files = Files.list(golden)) {
            samples = files.map(file -> file.getFileName().toString()).collect(Collectors.toSet());
        }
        Set<String> expected = contracts().stream()
                .map(contract -> constant(contract, "TYPE") + ".v" + constant(contract, "VERSION") + ".json")
                .collect(Collectors.toSet());

        assertThat(contracts()).hasSizeGreaterThanOrEqualTo(20).contains(LeadRegistered.class);
        assertThat(samples).isEqualTo(expected);
    }

    @ParameterizedTest
    @MethodSource("contracts")
    @DisplayName("every contract has a TYPE, a VERSION, JDK-only fields and a golden sample naming each of its fields")
    void everyContractHasAGoldenSample(Class<? extends Record> contract) {
        String type = (String) constant(contract, "TYPE");
        int version = (Integer) constant(contract, "VERSION");

        String json = GoldenSamples.json(type, version);

        String producer = contract.getPackageName().substring(contract.getPackageName().lastIndexOf('.') + 1);
        assertThat(type).as("the type is named for its producer's package").matches(producer + "\\.[a-z-]+");
        for (RecordComponent component : contract.getRecordComponents()) {
            assertThat(json).as("%s sample names %s", type, component.getName())
                    .contains("\"" + component.getName() + "\"");
            assertThat(component.getType().isPrimitive() || component.getType().getName().startsWith("java."))
                    .as("%s.%s is a JDK type", type, component.getName()).isTrue();
        }
    }

    @Test
    void typesAreUnique() {
        assertThat(contracts().stream().map(contract -> constant(contract, "TYPE")).toList()).doesNotHaveDuplicates();
    }

    @Test
    void anUnknownSampleIsAnError() {
        assertThatThrownBy(() -> GoldenSamples.json("inventory.no-such-event", 1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean hasConstant(Class<?> type, String name) {
        try {
            return Modifier.isStatic(type.getField(name).getModifiers());
        } catch (NoSuchFieldException e) {
            return false;
        }
    }

    private static Object constant(Class<?> type, String name) {
        try {
            return type.getField(name).get(null);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
