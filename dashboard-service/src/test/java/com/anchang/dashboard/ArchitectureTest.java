package com.anchang.dashboard;

import com.anchang.support.test.AnchangArchitecture;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;

/** The shared architecture rules (support's test-jar) on this service. */
@AnalyzeClasses(packages = "com.anchang.dashboard", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchTests layers = ArchTests.in(AnchangArchitecture.Layers.class);

    @ArchTest
    static final ArchTests everywhere = ArchTests.in(AnchangArchitecture.Everywhere.class);
}
