package de.kontaktcharta;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
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

  /** The mail format layer stands alone until it is wired in: the JDK and mime4j only. */
  @ArchTest
  static final ArchRule mailSourceNeedsOnlyTheJdkAndMime4j =
      classes()
          .that()
          .resideInAPackage("de.kontaktcharta.source.mail..")
          .should()
          .onlyDependOnClassesThat()
          .resideInAnyPackage(
              "java..", "org.apache.james.mime4j..", "de.kontaktcharta.source.mail..");

  /** The WhatsApp format layer stands alone until it is wired in: the JDK only. */
  @ArchTest
  static final ArchRule whatsAppSourceNeedsOnlyTheJdk =
      classes()
          .that()
          .resideInAPackage("de.kontaktcharta.source.whatsapp..")
          .should()
          .onlyDependOnClassesThat()
          .resideInAnyPackage("java..", "de.kontaktcharta.source.whatsapp..");

  @ArchTest
  static final ArchRule mime4jOnlyInTheMailSource =
      noClasses()
          .that()
          .resideOutsideOfPackage("de.kontaktcharta.source.mail..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("org.apache.james.mime4j..");

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
