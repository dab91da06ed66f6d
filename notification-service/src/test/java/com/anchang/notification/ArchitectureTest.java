package com.anchang.notification;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "com.anchang.notification", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule domainIsFreeOfFrameworks = noClasses().that().resideInAPackage("..notification.domain..")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "org.bson..", "com.mongodb..",
                    "org.apache.kafka..", "tools.jackson..", "com.fasterxml..", "jakarta..")
            .because("domain rules are plain Java");

    @ArchTest
    static final ArchRule contractsStayOutOfTheDomain = noClasses().that().resideInAnyPackage("..notification.domain..",
                    "..notification.application..")
            .should().dependOnClassesThat().resideInAPackage("com.anchang.events..")
            .because("contract events are translated at the adapter");

    @ArchTest
    static final ArchRule applicationDoesNotKnowAdapters = noClasses().that().resideInAPackage("..notification.application..")
            .should().dependOnClassesThat().resideInAnyPackage("..notification.adapter..", "org.springframework..");

    @ArchTest
    static final ArchRule domainKnowsNoCaller = noClasses().that().resideInAPackage("..notification.domain..")
            .should().dependOnClassesThat().resideInAPackage("com.anchang.support.security..")
            .because("who may read what is decided from the verified token in the application and web layers");

    @ArchTest
    static final ArchRule domainDoesNotKnowTheApplication = noClasses().that().resideInAPackage("..notification.domain..")
            .should().dependOnClassesThat().resideInAnyPackage("..notification.application..", "..notification.adapter..");

    @ArchTest
    static final ArchRule domainHasNoClockOfItsOwn = noClasses().that().resideInAPackage("..notification.domain..")
            .should().callMethod(java.time.Instant.class, "now")
            .orShould().callMethod(java.time.LocalDate.class, "now")
            .orShould().callMethod(java.time.Clock.class, "systemUTC")
            .because("time comes from the injected Clock, so plans are testable and the same everywhere");
}
