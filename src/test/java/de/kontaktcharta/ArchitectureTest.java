package de.kontaktcharta;

import static com.tngtech.archunit.base.DescribedPredicate.or;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.type;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import de.kontaktcharta.model.PersonRef;
import de.kontaktcharta.model.SourceRef;

/**
 * Keeps the layers visible: cli → app → {io, rules, report} → model; the {@code source.<kind>}
 * format packages sit beside io and stand alone.
 */
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
          .layer("source")
          .definedBy("de.kontaktcharta.source..")
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
          .whereLayer("source")
          .mayOnlyBeAccessedByLayers("app", "io")
          .whereLayer("model")
          .mayOnlyBeAccessedByLayers("cli", "app", "io", "rules", "report", "source");

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
  static final ArchRule csvOnlyInIoAndSources =
      noClasses()
          .that()
          .resideOutsideOfPackages("de.kontaktcharta.io..", "de.kontaktcharta.source..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("org.apache.commons.csv..");

  /**
   * A format package reads one kind of export with the JDK, Jackson's streaming parser, Commons CSV
   * and mime4j only, names places with {@link SourceRef} and people with {@link PersonRef}; the
   * integrator maps its records onto facts.
   */
  @ArchTest
  static final ArchRule sourcesStandAlone =
      classes()
          .that()
          .resideInAPackage("de.kontaktcharta.source..")
          .should()
          .onlyDependOnClassesThat(
              or(
                  resideInAnyPackage(
                      "java..",
                      "com.fasterxml.jackson.core..",
                      "org.apache.commons.csv..",
                      "org.apache.james.mime4j..",
                      "de.kontaktcharta.source.."),
                  type(SourceRef.class),
                  type(PersonRef.class)));

  @ArchTest
  static final ArchRule mime4jOnlyInTheMailSource =
      noClasses()
          .that()
          .resideOutsideOfPackage("de.kontaktcharta.source.mail..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("org.apache.james.mime4j..");

  @ArchTest
  static final ArchRule sourcesDoNotDependOnEachOther =
      slices().matching("de.kontaktcharta.source.(*)..").should().notDependOnEachOther();

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
