package dev.macai.testkit.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The structure of ARCHITECTURE §8 for every service: the layers rest → service →
 * domain/repository/client, and no cycles between feature packages ({@code dev.macai.song.job} and
 * {@code dev.macai.song.storage} may not need each other). A service includes these rules with
 * {@code @ArchTest static final ArchTests rules = ArchTests.in(ServiceArchitecture.class);} in a
 * class annotated {@code @AnalyzeClasses(packages = "dev.macai.<service>")}.
 */
public final class ServiceArchitecture {

  private ServiceArchitecture() {}

  @ArchTest
  public static final ArchRule restNeverTouchesStorageOrProviders =
      noClasses()
          .that()
          .resideInAPackage("..rest..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("..repository..", "..client..");

  @ArchTest
  public static final ArchRule domainDependsOnNothingElse =
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
  public static final ArchRule repositoryNeverCallsUp =
      noClasses()
          .that()
          .resideInAPackage("..repository..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("..service..", "..rest..");

  /** {@code dev.macai.<service>.<feature>..}: one slice per feature, {@code common} included. */
  @ArchTest
  public static final ArchRule featuresFreeOfCycles =
      slices().matching("dev.macai.*.(*)..").should().beFreeOfCycles();
}
