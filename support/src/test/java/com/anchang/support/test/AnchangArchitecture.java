package com.anchang.support.test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.AccessTarget;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.time.Clock;

/**
 * The one architecture rule set of every Anchang service. A service applies it to its base package:
 * <pre>
 * &#64;AnalyzeClasses(packages = "com.anchang.lead", importOptions = ImportOption.DoNotIncludeTests.class)
 * class ArchitectureTest {
 *     &#64;ArchTest
 *     static final ArchTests layers = ArchTests.in(AnchangArchitecture.Layers.class);
 *     &#64;ArchTest
 *     static final ArchTests everywhere = ArchTests.in(AnchangArchitecture.Everywhere.class);
 * }
 * </pre>
 * Packages are matched below the analysed base package ({@code ..domain..}, {@code ..application..},
 * {@code ..adapter.web..}, {@code ..config..}). Every rule fails when the classes it speaks of do not
 * exist, so a rule over a missing or renamed package cannot pass by checking nothing.
 */
public final class AnchangArchitecture {

    /** Frameworks and wire formats; domain and application are plain Java and know none of them. */
    static final String[] FRAMEWORKS = {"org.springframework..", "org.bson..", "com.mongodb..", "org.apache.kafka..",
            "tools.jackson..", "com.fasterxml..", "jakarta..", "feign..", "io.github.resilience4j..", "com.nimbusds.."};

    /** The event contracts between services. */
    static final String CONTRACTS = "com.anchang.events..";

    private AnchangArchitecture() {
    }

    /** Rules for a service laid out as {@code domain}, {@code application}, {@code adapter.*} and {@code config}. */
    public static final class Layers {

        @ArchTest
        public static final ArchRule DOMAIN_IS_PLAIN_JAVA = noClasses().that().resideInAPackage("..domain..")
                .should().dependOnClassesThat().resideInAnyPackage(FRAMEWORKS)
                .because("domain rules are plain Java: no Spring, MongoDB/BSON, Kafka, Jackson, web or HTTP clients")
                .allowEmptyShould(false);

        @ArchTest
        public static final ArchRule DOMAIN_KNOWS_NO_CALLER = noClasses().that().resideInAPackage("..domain..")
                .should().dependOnClassesThat().resideInAPackage("com.anchang.support.security..")
                .because("who may do what is decided from the verified token in the application and web layers")
                .allowEmptyShould(false);

        @ArchTest
        public static final ArchRule DOMAIN_KNOWS_ONLY_ITSELF = noClasses().that().resideInAPackage("..domain..")
                .should().dependOnClassesThat().resideInAnyPackage("..application..", "..adapter..", "..config..")
                .because("the domain is the centre: use cases, adapters and wiring depend on it, never the reverse")
                .allowEmptyShould(false);

        @ArchTest
        public static final ArchRule APPLICATION_IS_PLAIN_JAVA = noClasses().that().resideInAPackage("..application..")
                .should().dependOnClassesThat().resideInAnyPackage(FRAMEWORKS)
                .because("use cases are plain Java; their Spring wiring lives in config")
                .allowEmptyShould(false);

        @ArchTest
        public static final ArchRule APPLICATION_KNOWS_NO_ADAPTER = noClasses().that().resideInAPackage("..application..")
                .should().dependOnClassesThat().resideInAnyPackage("..adapter..", "..config..")
                .because("use cases reach the outside through their ports only")
                .allowEmptyShould(false);

        @ArchTest
        public static final ArchRule WEB_DOES_NOT_REACH_THE_STORE = noClasses().that().resideInAPackage("..adapter.web..")
                .should().dependOnClassesThat().resideInAnyPackage("..adapter.persistence..", "org.springframework.data..",
                        "com.mongodb..", "org.bson..")
                .because("controllers call use cases, which reach the store through their ports")
                .allowEmptyShould(false);

        @ArchTest
        public static final ArchRule ONLY_THE_HTTP_ADAPTER_CALLS_OTHER_SERVICES = noClasses()
                .that().resideOutsideOfPackages("..adapter.http..", "..config..")
                .should().dependOnClassesThat().resideInAnyPackage("feign..", "org.springframework.cloud..",
                        "io.github.resilience4j..")
                .because("synchronous calls to other services live behind a port, in adapter.http")
                .allowEmptyShould(false);

        private Layers() {
        }
    }

    /** Rules for any Anchang module, whatever its layout (the gateway's too). */
    public static final class Everywhere {

        @ArchTest
        public static final ArchRule NO_CLOCK_OF_ITS_OWN = noClasses().that().resideOutsideOfPackage("..config..")
                .should().accessTargetWhere(readsTheSystemClock())
                .because("time comes from the injected Clock (only config builds one), so tests can fix and move it")
                .allowEmptyShould(false);

        @ArchTest
        public static final ArchRule CONTRACTS_ONLY_IN_ADAPTERS = noClasses().that().resideOutsideOfPackage("..adapter..")
                .should().dependOnClassesThat().resideInAPackage(CONTRACTS)
                .because("contract events are translated at the adapter and go no further")
                .allowEmptyShould(false);

        @ArchTest
        public static final ArchRule MONGO_ONLY_IN_PERSISTENCE = noClasses()
                .that().resideOutsideOfPackages("..adapter.persistence..", "..config..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework.data.mongodb..", "com.mongodb..",
                        "org.bson..")
                .because("documents and queries belong to the persistence adapter")
                .allowEmptyShould(false);

        @ArchTest
        public static final ArchRule KAFKA_ONLY_IN_MESSAGING = noClasses()
                .that().resideOutsideOfPackages("..adapter.messaging..", "..config..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework.kafka..", "org.apache.kafka..")
                .because("records and listeners belong to the messaging adapter")
                .allowEmptyShould(false);

        private Everywhere() {
        }
    }

    /**
     * Reads the system's clock: {@code now()} of any {@code java.time} type without a {@link Clock} argument
     * ({@code LocalDate.now(clock)} is fine, {@code LocalDate.now(zone)} is not), {@code Clock.system*()},
     * {@code System.currentTimeMillis()}; calls and method references alike.
     */
    static DescribedPredicate<JavaAccess<?>> readsTheSystemClock() {
        return DescribedPredicate.describe("reads the system clock", access -> {
            if (!(access.getTarget() instanceof AccessTarget.CodeUnitAccessTarget target)) {
                return false;
            }
            String owner = target.getOwner().getName();
            String name = target.getName();
            if (owner.startsWith("java.time.") && name.equals("now")) {
                return target.getRawParameterTypes().stream().noneMatch(type -> type.isEquivalentTo(Clock.class));
            }
            return owner.equals(Clock.class.getName()) && name.startsWith("system")
                    || owner.equals(System.class.getName()) && name.equals("currentTimeMillis");
        });
    }
}
