package de.kontaktcharta;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Keeps the layers visible: cli → app → {io, rules, report} → model. */
@AnalyzeClasses(packages = "de.kontaktcharta", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  @ArchTest
  static final ArchRule layers =
      layeredArchitecture()
          .consideringOnlyDependenciesInLayers()
          .layer("cli")
          .definedBy("de.kontaktcharta.cli..")
          .layer("app")
          .definedBy("de.kontaktcharta.app..")
          .layer("io")
          .definedBy("de.kontaktcharta.io..")
          .layer("rules")
          .definedBy("de.kontaktcharta.rules..")
          .layer("report")
          .definedBy("de.kontaktcharta.report..")
          .layer("model")
          .definedBy("de.kontaktcharta.model..")
          .whereLayer("cli")
          .mayNotBeAccessedByAnyLayer()
          .whereLayer("app")
          .mayOnlyBeAccessedByLayers("cli")
          .whereLayer("io")
          .mayOnlyBeAccessedByLayers("app")
          .whereLayer("rules")
          .mayOnlyBeAccessedByLayers("app")
          .whereLayer("report")
          .mayOnlyBeAccessedByLayers("app", "io")
          .whereLayer("model")
          .mayOnlyBeAccessedByLayers("cli", "app", "io", "rules", "report");

  @ArchTest
  static final ArchRule picocliOnlyInCli =
      noClasses()
          .that()
          .resideOutsideOfPackage("de.kontaktcharta.cli..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("picocli..");

  @ArchTest
  static final ArchRule poiOnlyInIo =
      noClasses()
          .that()
          .resideOutsideOfPackage("de.kontaktcharta.io..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("org.apache.poi..");

  @ArchTest
  static final ArchRule csvOnlyInIo =
      noClasses()
          .that()
          .resideOutsideOfPackage("de.kontaktcharta.io..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("org.apache.commons.csv..");

  @ArchTest
  static final ArchRule modelIsPlainJava =
      noClasses()
          .that()
          .resideInAPackage("de.kontaktcharta.model..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "java.io..",
              "java.nio.file..",
              "java.nio.channels..",
              "org.apache..",
              "org.yaml..",
              "picocli..");

  @ArchTest
  static final ArchRule noUtilOrManagerClasses =
      noClasses()
          .should()
          .haveSimpleNameEndingWith("Util")
          .orShould()
          .haveSimpleNameEndingWith("Utils")
          .orShould()
          .haveSimpleNameEndingWith("Manager")
          .orShould()
          .haveSimpleNameEndingWith("Helper");
}
