package com.anchang.support.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import com.anchang.support.archsample.violating.adapter.web.BreakerInWeb;
import com.anchang.support.archsample.violating.adapter.web.KafkaInWeb;
import com.anchang.support.archsample.violating.adapter.web.WebReachesTheStore;
import com.anchang.support.archsample.violating.application.ApplicationKnowsAnAdapter;
import com.anchang.support.archsample.violating.application.ApplicationKnowsConfig;
import com.anchang.support.archsample.violating.application.ClockByReference;
import com.anchang.support.archsample.violating.application.ContractInApplication;
import com.anchang.support.archsample.violating.application.CurrentTimeMillis;
import com.anchang.support.archsample.violating.application.LocalDateInZone;
import com.anchang.support.archsample.violating.application.SpringInApplication;
import com.anchang.support.archsample.violating.application.SystemClock;
import com.anchang.support.archsample.violating.config.ContractInConfig;
import com.anchang.support.archsample.violating.domain.BsonInDomain;
import com.anchang.support.archsample.violating.domain.CallerInDomain;
import com.anchang.support.archsample.violating.domain.ContractInDomain;
import com.anchang.support.archsample.violating.domain.DomainKnowsTheApplication;
import com.anchang.support.archsample.violating.domain.InstantNowInDomain;
import com.anchang.support.archsample.violating.domain.Jackson2InDomain;
import com.anchang.support.archsample.violating.domain.Jackson3InDomain;
import com.anchang.support.archsample.violating.domain.KafkaInDomain;
import com.anchang.support.archsample.violating.domain.ServletInDomain;
import com.anchang.support.archsample.violating.domain.SpringInDomain;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each shared architecture rule catches a class that breaks it, passes a layout that follows it, and fails on nothing. */
class AnchangArchitectureTest {

    static final String SAMPLES = "com.anchang.support.archsample";

    static Stream<Arguments> violations() {
        return Stream.of(
                arguments("DOMAIN_IS_PLAIN_JAVA", AnchangArchitecture.Layers.DOMAIN_IS_PLAIN_JAVA, SpringInDomain.class),
                arguments("DOMAIN_IS_PLAIN_JAVA", AnchangArchitecture.Layers.DOMAIN_IS_PLAIN_JAVA, BsonInDomain.class),
                arguments("DOMAIN_IS_PLAIN_JAVA", AnchangArchitecture.Layers.DOMAIN_IS_PLAIN_JAVA, KafkaInDomain.class),
                arguments("DOMAIN_IS_PLAIN_JAVA", AnchangArchitecture.Layers.DOMAIN_IS_PLAIN_JAVA, Jackson2InDomain.class),
                arguments("DOMAIN_IS_PLAIN_JAVA", AnchangArchitecture.Layers.DOMAIN_IS_PLAIN_JAVA, Jackson3InDomain.class),
                arguments("DOMAIN_IS_PLAIN_JAVA", AnchangArchitecture.Layers.DOMAIN_IS_PLAIN_JAVA, ServletInDomain.class),
                arguments("DOMAIN_KNOWS_NO_CALLER", AnchangArchitecture.Layers.DOMAIN_KNOWS_NO_CALLER, CallerInDomain.class),
                arguments("DOMAIN_KNOWS_ONLY_ITSELF", AnchangArchitecture.Layers.DOMAIN_KNOWS_ONLY_ITSELF,
                        DomainKnowsTheApplication.class),
                arguments("APPLICATION_IS_PLAIN_JAVA", AnchangArchitecture.Layers.APPLICATION_IS_PLAIN_JAVA,
                        SpringInApplication.class),
                arguments("APPLICATION_KNOWS_NO_ADAPTER", AnchangArchitecture.Layers.APPLICATION_KNOWS_NO_ADAPTER,
                        ApplicationKnowsAnAdapter.class),
                arguments("APPLICATION_KNOWS_NO_ADAPTER", AnchangArchitecture.Layers.APPLICATION_KNOWS_NO_ADAPTER,
                        ApplicationKnowsConfig.class),
                arguments("WEB_DOES_NOT_REACH_THE_STORE", AnchangArchitecture.Layers.WEB_DOES_NOT_REACH_THE_STORE,
                        WebReachesTheStore.class),
                arguments("ONLY_THE_HTTP_ADAPTER_CALLS_OTHER_SERVICES",
                        AnchangArchitecture.Layers.ONLY_THE_HTTP_ADAPTER_CALLS_OTHER_SERVICES, BreakerInWeb.class),
                arguments("NO_CLOCK_OF_ITS_OWN", AnchangArchitecture.Everywhere.NO_CLOCK_OF_ITS_OWN, InstantNowInDomain.class),
                arguments("NO_CLOCK_OF_ITS_OWN", AnchangArchitecture.Everywhere.NO_CLOCK_OF_ITS_OWN, LocalDateInZone.class),
                arguments("NO_CLOCK_OF_ITS_OWN", AnchangArchitecture.Everywhere.NO_CLOCK_OF_ITS_OWN, ClockByReference.class),
                arguments("NO_CLOCK_OF_ITS_OWN", AnchangArchitecture.Everywhere.NO_CLOCK_OF_ITS_OWN, SystemClock.class),
                arguments("NO_CLOCK_OF_ITS_OWN", AnchangArchitecture.Everywhere.NO_CLOCK_OF_ITS_OWN, CurrentTimeMillis.class),
                arguments("CONTRACTS_ONLY_IN_ADAPTERS", AnchangArchitecture.Everywhere.CONTRACTS_ONLY_IN_ADAPTERS,
                        ContractInDomain.class),
                arguments("CONTRACTS_ONLY_IN_ADAPTERS", AnchangArchitecture.Everywhere.CONTRACTS_ONLY_IN_ADAPTERS,
                        ContractInApplication.class),
                arguments("CONTRACTS_ONLY_IN_ADAPTERS", AnchangArchitecture.Everywhere.CONTRACTS_ONLY_IN_ADAPTERS,
                        ContractInConfig.class),
                arguments("MONGO_ONLY_IN_PERSISTENCE", AnchangArchitecture.Everywhere.MONGO_ONLY_IN_PERSISTENCE,
                        WebReachesTheStore.class),
                arguments("KAFKA_ONLY_IN_MESSAGING", AnchangArchitecture.Everywhere.KAFKA_ONLY_IN_MESSAGING, KafkaInWeb.class));
    }

    @ParameterizedTest(name = "{0} catches {2}")
    @MethodSource("violations")
    @DisplayName("each rule catches a sample class that breaks it, and names it")
    void catchesTheViolation(String name, ArchRule rule, Class<?> violator) {
        EvaluationResult result = rule.evaluate(new ClassFileImporter().importClasses(violator));

        assertThat(result.hasViolation()).as(name).isTrue();
        assertThat(String.join("\n", result.getFailureReport().getDetails())).contains(violator.getName());
    }

    @Test
    @DisplayName("every rule of the set has a sample that breaks it")
    void everyRuleHasAViolatingSample() {
        List<ArchRule> sampled = violations().map(arguments -> (ArchRule) arguments.get()[1]).toList();

        assertThat(allRules()).isNotEmpty().allSatisfy(rule -> assertThat(sampled).contains(rule));
    }

    @Test
    @DisplayName("a service laid out as the rules ask passes all of them (LocalDate.now(clock) and Clock.systemUTC() in config are fine)")
    void conformingLayoutPasses() {
        JavaClasses conforming = new ClassFileImporter().importPackages(SAMPLES + ".conforming");

        assertThat(allRules()).allSatisfy(rule ->
                assertThat(rule.evaluate(conforming).getFailureReport().getDetails()).as(rule.getDescription()).isEmpty());
    }

    @Test
    @DisplayName("the layer rules fail on a package without the layers they speak of, instead of passing on nothing")
    void layerRulesFailOnNothing() {
        JavaClasses onlyConfig = new ClassFileImporter().importPackages(SAMPLES + ".conforming.config");

        assertThat(rulesOf(AnchangArchitecture.Layers.class)).isNotEmpty().allSatisfy(rule ->
                assertThatThrownBy(() -> rule.check(onlyConfig)).as(rule.getDescription())
                        .isInstanceOf(AssertionError.class).hasMessageContaining("failed to check any classes"));
    }

    static List<ArchRule> allRules() {
        return Stream.concat(rulesOf(AnchangArchitecture.Layers.class).stream(),
                rulesOf(AnchangArchitecture.Everywhere.class).stream()).toList();
    }

    static List<ArchRule> rulesOf(Class<?> set) {
        return Arrays.stream(set.getFields())
                .filter(field -> Modifier.isStatic(field.getModifiers()) && field.getType() == ArchRule.class)
                .map(AnchangArchitectureTest::value)
                .toList();
    }

    private static ArchRule value(Field field) {
        try {
            return (ArchRule) field.get(null);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }
}
