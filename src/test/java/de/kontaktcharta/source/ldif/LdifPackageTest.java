package de.kontaktcharta.source.ldif;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.type;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import de.kontaktcharta.model.Message;
import de.kontaktcharta.model.PersonRef;
import de.kontaktcharta.model.SourceRef;

/**
 * The LDIF format layer stands on its own; only the kind and its file reader, which register it as
 * an input kind, know the rest of the tool.
 */
@AnalyzeClasses(
    packages = "de.kontaktcharta.source.ldif",
    importOptions = ImportOption.DoNotIncludeTests.class)
class LdifPackageTest {

  @ArchTest
  static final ArchRule theFormatLayerUsesOnlyTheJdkAndThreeModelTypes =
      classes()
          .that()
          .resideInAPackage("de.kontaktcharta.source.ldif..")
          .and()
          .doNotHaveSimpleName("LdifKind")
          .and()
          .doNotHaveSimpleName("LdifFileReader")
          .should()
          .onlyDependOnClassesThat(
              resideInAnyPackage("java..", "de.kontaktcharta.source.ldif..")
                  .or(type(SourceRef.class))
                  .or(type(PersonRef.class))
                  // problems are text keys with values, worded in the report's language
                  .or(type(Message.class)));
}
