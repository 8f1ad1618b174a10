package dev.macai.chat;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import dev.macai.testkit.architecture.ServiceArchitecture;

/** The layers and feature packages of ARCHITECTURE §8, with the rules every service shares. */
@AnalyzeClasses(packages = "dev.macai.chat", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  @ArchTest static final ArchTests structure = ArchTests.in(ServiceArchitecture.class);
}
