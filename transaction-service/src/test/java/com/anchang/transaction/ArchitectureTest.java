package com.anchang.transaction;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "com.anchang.transaction", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule domainIsFreeOfFrameworks = noClasses().that().resideInAPackage("..transaction.domain..")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "org.bson..", "com.mongodb..",
                    "org.apache.kafka..", "tools.jackson..", "com.fasterxml..", "jakarta..", "feign..",
                    "io.github.resilience4j..")
            .because("domain rules are plain Java");

    @ArchTest
    static final ArchRule domainKnowsNoCaller = noClasses().that().resideInAPackage("..transaction.domain..")
            .should().dependOnClassesThat().resideInAPackage("com.anchang.support.security..")
            .because("who may do what is checked in the application or web layer, from the verified token");

    @ArchTest
    static final ArchRule contractsStayOutOfTheDomain = noClasses().that().resideInAnyPackage("..transaction.domain..",
                    "..transaction.application..")
            .should().dependOnClassesThat().resideInAPackage("com.anchang.events..")
            .because("contract events are translated at the adapter");

    @ArchTest
    static final ArchRule applicationDoesNotKnowAdapters = noClasses().that().resideInAPackage("..transaction.application..")
            .should().dependOnClassesThat().resideInAnyPackage("..transaction.adapter..", "org.springframework..");

    @ArchTest
    static final ArchRule domainDoesNotKnowTheApplication = noClasses().that().resideInAPackage("..transaction.domain..")
            .should().dependOnClassesThat().resideInAnyPackage("..transaction.application..", "..transaction.adapter..");

    @ArchTest
    static final ArchRule onlyTheHttpAdapterCallsOtherServices = noClasses().that()
            .resideOutsideOfPackages("..transaction.adapter.http..", "..transaction.config..")
            .should().dependOnClassesThat().resideInAnyPackage("feign..", "org.springframework.cloud..",
                    "io.github.resilience4j..")
            .because("synchronous calls to other services live behind a port, in adapter.http");

    @ArchTest
    static final ArchRule domainHasNoClockOfItsOwn = noClasses().that().resideInAPackage("..transaction.domain..")
            .should().callMethod(java.time.Instant.class, "now")
            .orShould().callMethod(java.time.LocalDate.class, "now")
            .orShould().callMethod(java.time.Clock.class, "systemUTC")
            .because("time comes from the injected Clock");
}
