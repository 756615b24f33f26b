package de.kontaktcharta.source;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import de.kontaktcharta.model.SourceRef;

/**
 * The archive formats stand alone until they are wired in: the JDK, Jackson's streaming parser (no
 * data binding) and {@link SourceRef}, nothing else of the tool, and no format leans on another.
 */
@AnalyzeClasses(
    packages = "de.kontaktcharta.source",
    importOptions = ImportOption.DoNotIncludeTests.class)
class SourceArchitectureTest {

  @ArchTest
  static final ArchRule onlyTheJdkJacksonCoreAndSourceRef =
      classes()
          .that()
          .resideInAPackage("de.kontaktcharta.source..")
          .should()
          .onlyDependOnClassesThat(
              describe(
                  "the JDK, jackson-core, SourceRef or their own package",
                  (JavaClass c) ->
                      c.getPackageName().startsWith("java.")
                          || c.getPackageName().startsWith("com.fasterxml.jackson.core")
                          || c.getPackageName().startsWith("de.kontaktcharta.source.")
                          || c.isEquivalentTo(SourceRef.class)
                          || c.isPrimitive()
                          || (c.isArray() && c.getBaseComponentType().isPrimitive())));

  @ArchTest
  static final ArchRule formatsDoNotDependOnEachOther =
      slices().matching("de.kontaktcharta.source.(*)..").should().notDependOnEachOther();
}
