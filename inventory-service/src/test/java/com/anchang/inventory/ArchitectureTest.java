package com.anchang.inventory;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "com.anchang.inventory", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule domainIsFreeOfFrameworks = noClasses().that().resideInAPackage("..inventory.domain..")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "org.bson..", "com.mongodb..",
                    "org.apache.kafka..", "tools.jackson..", "com.fasterxml..", "jakarta..")
            .because("domain rules are plain Java");

    @ArchTest
    static final ArchRule domainKnowsNoCaller = noClasses().that().resideInAPackage("..inventory.domain..")
            .should().dependOnClassesThat().resideInAPackage("com.anchang.support.security..")
            .because("who may do what is checked in the application or web layer, from the verified token");

    @ArchTest
    static final ArchRule contractsStayOutOfTheDomain = noClasses().that().resideInAnyPackage("..inventory.domain..",
                    "..inventory.application..")
            .should().dependOnClassesThat().resideInAPackage("com.anchang.events..")
            .because("contract events are translated at the adapter");

    @ArchTest
    static final ArchRule applicationDoesNotKnowAdapters = noClasses().that().resideInAPackage("..inventory.application..")
            .should().dependOnClassesThat().resideInAPackage("..inventory.adapter..");

    @ArchTest
    static final ArchRule domainDoesNotKnowTheApplication = noClasses().that().resideInAPackage("..inventory.domain..")
            .should().dependOnClassesThat().resideInAnyPackage("..inventory.application..", "..inventory.adapter..");
}
