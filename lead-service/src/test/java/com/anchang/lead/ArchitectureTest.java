package com.anchang.lead;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "com.anchang.lead", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule domainIsFreeOfFrameworks = noClasses().that().resideInAPackage("..lead.domain..")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "org.bson..", "com.mongodb..",
                    "org.apache.kafka..", "tools.jackson..", "com.fasterxml..", "jakarta..")
            .because("domain rules are plain Java");

    @ArchTest
    static final ArchRule domainIsFreeOfSecurity = noClasses().that().resideInAPackage("..lead.domain..")
            .should().dependOnClassesThat().resideInAPackage("com.anchang.support.security..")
            .because("who may see what is checked at the application and web layers; LEAD-10's decision takes plain values");

    @ArchTest
    static final ArchRule contractsStayOutOfTheDomain = noClasses().that().resideInAnyPackage("..lead.domain..",
                    "..lead.application..")
            .should().dependOnClassesThat().resideInAPackage("com.anchang.events..")
            .because("contract events are translated at the adapter");

    @ArchTest
    static final ArchRule applicationDoesNotKnowAdapters = noClasses().that().resideInAPackage("..lead.application..")
            .should().dependOnClassesThat().resideInAPackage("..lead.adapter..");

    @ArchTest
    static final ArchRule domainDoesNotKnowTheApplication = noClasses().that().resideInAPackage("..lead.domain..")
            .should().dependOnClassesThat().resideInAnyPackage("..lead.application..", "..lead.adapter..");
}
