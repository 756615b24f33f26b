package de.kontaktcharta.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.kontaktcharta.input.table.DateParser;
import de.kontaktcharta.model.InputKind;
import de.kontaktcharta.source.linkedin.LinkedInKinds;
import de.kontaktcharta.source.reasons.ReasonsKind;
import de.kontaktcharta.source.vcard.VCardKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

class SourceKindsTest {

  private final SourceKinds kinds = SourceKinds.standard();

  @Test
  void kindsAreFoundByTheirCodeIgnoringCaseAndSpace() {
    assertEquals(Optional.of(LinkedInKinds.CONNECTIONS), kinds.byCode(" LinkedIn-Connections "));
    assertEquals(Optional.empty(), kinds.byCode("xing-csv"));
    assertEquals(InputKind.Role.OWNER, LinkedInKinds.PROFILE.role());
  }

  @Test
  void linkedInsFilesAreReadFirstAndTheLedgerLast() {
    List<InputKind> order = kinds.kinds();
    assertEquals(LinkedInKinds.CONNECTIONS, order.get(0));
    assertEquals(ReasonsKind.KIND, order.get(order.size() - 1));
    assertTrue(kinds.order().compare(LinkedInKinds.OTHER, VCardKind.KIND) < 0);
  }

  @Test
  void everySignatureNamesTheKindThatDeclaresIt() {
    for (SourceKind s : kinds.all()) {
      if (s instanceof TableKind table) {
        assertFalse(table.signatures().isEmpty(), s.kind().code());
        table.signatures().forEach(sig -> assertEquals(s.kind(), sig.kind(), s.kind().code()));
      }
    }
  }

  /** {@code charta check} names the value each column feeds in the user's language. */
  @Test
  void everyValueAReaderTakesHasWordsInBothLanguages() {
    List<String> fields = new ArrayList<>();
    for (SourceKind s : kinds.all()) {
      if (s instanceof TableKind table && table.reader() != null) {
        table.reader().apply(new DateParser()).fields().forEach(f -> fields.add(f.name()));
      } else if (s instanceof DocumentKind document) {
        document.reader().columns().forEach(c -> fields.add(c.field()));
      } else if (s instanceof ContentKind content) {
        content.reader().columns().forEach(c -> fields.add(c.field()));
      }
    }
    assertTrue(fields.size() > 30, fields::toString);
    for (String language : List.of("de", "en")) {
      ResourceBundle labels = labels(language);
      for (String field : fields) {
        assertTrue(labels.containsKey("field." + field.replace(' ', '_')), language + ": " + field);
      }
    }
  }

  private static ResourceBundle labels(String language) {
    return ResourceBundle.getBundle(
        "de.kontaktcharta.report.labels",
        Locale.forLanguageTag(language),
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }

  @Test
  void everyKindHasALabelInBothLanguages() {
    for (String language : List.of("de", "en")) {
      ResourceBundle labels =
          ResourceBundle.getBundle(
              "de.kontaktcharta.report.labels",
              Locale.forLanguageTag(language),
              ResourceBundle.Control.getNoFallbackControl(
                  ResourceBundle.Control.FORMAT_PROPERTIES));
      for (InputKind kind : kinds.kinds()) {
        assertTrue(labels.containsKey("kind." + kind.code()), language + ": " + kind.code());
      }
    }
  }

  @Test
  void onlyReadKindsHaveAReaderAndNoCodeIsTakenTwice() {
    for (SourceKind s : kinds.all()) {
      if (s instanceof TableKind table) {
        assertEquals(s.kind().role() == InputKind.Role.NOT_USED, table.reader() == null);
      }
    }
    SourceKind vcard = kinds.of(VCardKind.KIND);
    assertThrows(IllegalArgumentException.class, () -> new SourceKinds(List.of(vcard, vcard)));
    assertThrows(
        IllegalArgumentException.class,
        () -> kinds.of(new InputKind("xing-export", InputKind.Role.NETWORK)));
  }
}
