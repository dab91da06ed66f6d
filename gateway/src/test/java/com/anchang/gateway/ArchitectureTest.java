package com.anchang.gateway;

import com.anchang.support.test.AnchangArchitecture;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;

/**
 * The shared rules that fit the gateway. It has no domain, use cases or adapters (it routes, checks
 * tokens and signs in), so {@link AnchangArchitecture.Layers} does not apply; no clock of its own, no
 * event contracts, no store and no Kafka do.
 */
@AnalyzeClasses(packages = "com.anchang.gateway", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchTests everywhere = ArchTests.in(AnchangArchitecture.Everywhere.class);
}
