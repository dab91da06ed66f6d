package com.anchang.identity;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "com.anchang.identity", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule domainIsFreeOfFrameworks = noClasses().that().resideInAPackage("..identity.domain..")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "org.bson..", "com.mongodb..",
                    "org.apache.kafka..", "tools.jackson..", "com.fasterxml..", "jakarta..", "com.nimbusds..")
            .because("directory rules are plain Java");

    @ArchTest
    static final ArchRule applicationIsFreeOfSecurityAndStore = noClasses().that().resideInAPackage("..identity.application..")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "com.mongodb..", "com.nimbusds..")
            .because("use cases do not know Spring Security, Spring Authorization Server or MongoDB");

    @ArchTest
    static final ArchRule contractsStayOutOfTheDomain = noClasses().that().resideInAnyPackage("..identity.domain..",
                    "..identity.application..")
            .should().dependOnClassesThat().resideInAPackage("com.anchang.events..")
            .because("contract events are translated at the adapter");

    @ArchTest
    static final ArchRule applicationDoesNotKnowAdapters = noClasses().that().resideInAPackage("..identity.application..")
            .should().dependOnClassesThat().resideInAPackage("..identity.adapter..");

    @ArchTest
    static final ArchRule domainDoesNotKnowTheApplication = noClasses().that().resideInAPackage("..identity.domain..")
            .should().dependOnClassesThat().resideInAnyPackage("..identity.application..", "..identity.adapter..");

    @ArchTest
    static final ArchRule webDoesNotReachTheStore = noClasses().that().resideInAPackage("..identity.adapter.web..")
            .should().dependOnClassesThat().resideInAnyPackage("..identity.adapter.persistence..", "org.springframework.data..");
}
