package dev.macai.song;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The layering of ARCHITECTURE §8: rest → service → domain/repository/client. */
@AnalyzeClasses(packages = "dev.macai.song", importOptions = ImportOption.DoNotIncludeTests.class)
class LayeringTest {

  @ArchTest
  static final ArchRule restNeverTouchesStorageOrProviders =
      noClasses()
          .that()
          .resideInAPackage("..rest..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("..repository..", "..client..");

  @ArchTest
  static final ArchRule domainDependsOnNothingElse =
      noClasses()
          .that()
          .resideInAPackage("..domain..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "..rest..",
              "..service..",
              "..repository..",
              "..client..",
              "..config..",
              "..health..",
              "io.quarkus..",
              "jakarta..",
              "io.smallrye..");

  @ArchTest
  static final ArchRule repositoryNeverCallsUp =
      noClasses()
          .that()
          .resideInAPackage("..repository..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("..service..", "..rest..");
}
