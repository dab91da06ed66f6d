package com.anchang.commission;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "com.anchang.commission", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule domainIsFreeOfFrameworks = noClasses().that().resideInAPackage("..commission.domain..")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "org.bson..", "com.mongodb..",
                    "org.apache.kafka..", "tools.jackson..", "com.fasterxml..", "jakarta..")
            .because("domain rules are plain Java");

    @ArchTest
    static final ArchRule contractsStayOutOfTheDomain = noClasses().that().resideInAnyPackage("..commission.domain..",
                    "..commission.application..")
            .should().dependOnClassesThat().resideInAPackage("com.anchang.events..")
            .because("contract events are translated at the adapter");

    @ArchTest
    static final ArchRule applicationDoesNotKnowAdapters = noClasses().that().resideInAPackage("..commission.application..")
            .should().dependOnClassesThat().resideInAPackage("..commission.adapter..");

    @ArchTest
    static final ArchRule domainKnowsNoCaller = noClasses().that().resideInAPackage("..commission.domain..")
            .should().dependOnClassesThat().resideInAPackage("com.anchang.support.security..")
            .because("who may read what is decided from the verified token in the application and web layers");

    @ArchTest
    static final ArchRule domainDoesNotKnowTheApplication = noClasses().that().resideInAPackage("..commission.domain..")
            .should().dependOnClassesThat().resideInAnyPackage("..commission.application..", "..commission.adapter..");
}
