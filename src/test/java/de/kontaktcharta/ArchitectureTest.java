package de.kontaktcharta;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * Keeps the layers visible: {@code cli → app → {input, source, identity, review, rules, charter,
 * report} → model}, each library in the packages that need it, and the input kinds apart.
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
          .layer("input")
          .definedBy("de.kontaktcharta.input..")
          .layer("source")
          .definedBy("de.kontaktcharta.source..")
          .layer("identity")
          .definedBy("de.kontaktcharta.identity..")
          .layer("review")
          .definedBy("de.kontaktcharta.review..")
          .layer("rules")
          .definedBy("de.kontaktcharta.rules..")
          .layer("charter")
          .definedBy("de.kontaktcharta.charter..")
          .layer("report")
          .definedBy("de.kontaktcharta.report..")
          .layer("model")
          .definedBy("de.kontaktcharta.model..")
          .whereLayer("cli")
          .mayNotBeAccessedByAnyLayer()
          .whereLayer("app")
          .mayOnlyBeAccessedByLayers("cli")
          .whereLayer("input")
          .mayOnlyBeAccessedByLayers("app", "source", "review")
          .whereLayer("source")
          .mayOnlyBeAccessedByLayers("app", "input", "review")
          .whereLayer("identity")
          .mayOnlyBeAccessedByLayers("app", "source", "rules")
          .whereLayer("review")
          .mayOnlyBeAccessedByLayers("app")
          .whereLayer("rules")
          .mayOnlyBeAccessedByLayers("app")
          .whereLayer("charter")
          .mayOnlyBeAccessedByLayers("app")
          .whereLayer("report")
          .mayOnlyBeAccessedByLayers("app", "review")
          .whereLayer("model")
          .mayOnlyBeAccessedByLayers(
              "cli", "app", "input", "source", "identity", "review", "rules", "charter", "report");

  /** Every input kind is a package of its own; only the shared list support is common to them. */
  @ArchTest
  static final ArchRule kindsAreIndependent =
      slices()
          .matching("de.kontaktcharta.source.(*)..")
          .should()
          .notDependOnEachOther()
          .ignoreDependency(
              com.tngtech.archunit.base.DescribedPredicate.alwaysTrue(),
              com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage(
                  "de.kontaktcharta.source.lists.."));

  @ArchTest static final ArchRule picocliOnlyInCli = only("picocli..", "de.kontaktcharta.cli..");

  @ArchTest
  static final ArchRule poiOnlyWhereWorkbooksAreReadOrWritten =
      only(
          "org.apache.poi..",
          "de.kontaktcharta.input.table..",
          "de.kontaktcharta.report.xlsx..",
          "de.kontaktcharta.review..");

  /** OpenDocument spreadsheets are one more workbook format behind the table rows. */
  @ArchTest
  static final ArchRule odfLibraryOnlyInTableRows =
      only("com.github.miachm.sods..", "de.kontaktcharta.input.table..");

  @ArchTest
  static final ArchRule csvOnlyInTablesReportAndLedger =
      only(
          "org.apache.commons.csv..",
          "de.kontaktcharta.input.table..",
          "de.kontaktcharta.report.csv..",
          "de.kontaktcharta.review..",
          "de.kontaktcharta.source.xingexport..");

  /**
   * The kinds read through what input offers them (files, text, table rows), never through its
   * entry point, which lists the kinds itself.
   */
  @ArchTest
  static final ArchRule kindsUseOnlyTheReadingParts =
      noClasses()
          .that()
          .resideInAPackage("de.kontaktcharta.source..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("de.kontaktcharta.input");

  /** The charter's judges are pure: no files, no YAML, no readers or writers. */
  @ArchTest
  static final ArchRule rulesDoNoInputOrOutput =
      noClasses()
          .that()
          .resideInAPackage("de.kontaktcharta.rules..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "java.io..",
              "java.nio.file..",
              "org.yaml..",
              "de.kontaktcharta.input..",
              "de.kontaktcharta.source..",
              "de.kontaktcharta.charter..",
              "de.kontaktcharta.report..");

  /**
   * Threads are made only by the seams of docs/design.md §2: row prefetch and report writing, the
   * parallel streams that recognise the input files and make the merge's keys, and the evidence
   * counted beside the merge in {@code app}. (The commands of {@code cli} are picocli's Callables,
   * which run on the calling thread.)
   */
  @ArchTest
  static final ArchRule threadsOnlyInTheDocumentedSeams =
      noClasses()
          .that()
          .resideOutsideOfPackages(
              "de.kontaktcharta.app",
              "de.kontaktcharta.input",
              "de.kontaktcharta.input.table..",
              "de.kontaktcharta.identity",
              "de.kontaktcharta.report.xlsx..",
              "de.kontaktcharta.cli..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("java.util.concurrent..")
          .orShould()
          .callConstructor(Thread.class, Runnable.class, String.class)
          .orShould()
          .callMethodWhere(
              com.tngtech.archunit.core.domain.JavaCall.Predicates.target(
                  com.tngtech.archunit.core.domain.properties.HasName.Predicates.name(
                      "parallelStream")));

  @ArchTest
  static final ArchRule yamlOnlyInCharter = only("org.yaml..", "de.kontaktcharta.charter..");

  @ArchTest
  static final ArchRule vcardLibraryOnlyInVcardSource =
      only("ezvcard..", "de.kontaktcharta.source.vcard..");

  @ArchTest
  static final ArchRule calendarLibraryOnlyInCalendarSource =
      only("biweekly..", "de.kontaktcharta.source.calendar..");

  @ArchTest
  static final ArchRule jsonLibraryOnlyInJsonReport =
      only(
          "com.fasterxml.jackson..",
          "de.kontaktcharta.report.json..",
          "de.kontaktcharta.source.x..",
          "de.kontaktcharta.source.mastodon..",
          "de.kontaktcharta.source.telegram..",
          "de.kontaktcharta.source.meta..");

  @ArchTest
  static final ArchRule mailLibraryOnlyInMailSource =
      only("org.apache.james.mime4j..", "de.kontaktcharta.source.mail..");

  @ArchTest
  static final ArchRule phoneLibraryOnlyInIdentity =
      only("com.google.i18n.phonenumbers..", "de.kontaktcharta.identity..");

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
              "picocli..",
              "de.kontaktcharta.cli..",
              "de.kontaktcharta.app..",
              "de.kontaktcharta.input..",
              "de.kontaktcharta.source..",
              "de.kontaktcharta.identity..",
              "de.kontaktcharta.review..",
              "de.kontaktcharta.rules..",
              "de.kontaktcharta.charter..",
              "de.kontaktcharta.report..");

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

  /** A rule that confines a library to the given packages of the tool. */
  private static ArchRule only(String library, String... packages) {
    return noClasses()
        .that()
        .resideOutsideOfPackages(packages)
        .should()
        .dependOnClassesThat()
        .resideInAPackage(library);
  }
}
