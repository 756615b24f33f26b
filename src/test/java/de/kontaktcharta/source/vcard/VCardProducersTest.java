package de.kontaktcharta.source.vcard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.kontaktcharta.model.NetworkEntry;
import de.kontaktcharta.model.PersonRef;
import de.kontaktcharta.testing.Producers;
import de.kontaktcharta.testing.ReadCapture;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Cards as address books write them: the quirks of issue 16 in the producers' own structure. */
class VCardProducersTest {

  private static ReadCapture read(String name) {
    ReadCapture read = ReadCapture.read(Producers.file("vcard/" + name));
    assertTrue(read.balanced(), read.problems::toString);
    return read;
  }

  @Test
  void aCardWithOnlyAnAddressIsAContactShownByItsAddress() {
    // Android writes no N or FN at all in 2.1, empty ones in 3.0
    ReadCapture read = read("android-email-only.vcf");

    assertEquals(
        List.of("frieda.lohmann@example.de", "kontakt@hafenkontor.example"),
        read.network.stream().map(e -> e.person().shownName()).toList());
    for (NetworkEntry e : read.network) {
      assertEquals("", e.person().displayName(), "no name is made up");
      assertEquals(List.of(e.person().shownName()), e.person().emails());
    }
    assertEquals(List.of(1, 5), read.network.stream().map(e -> e.source().line()).toList());
    assertEquals(List.of(), read.problems);
  }

  @Test
  void anEvolutionOrganisationCardGoesToProblemsNotInAsANamelessPerson() {
    ReadCapture read = read("evolution-org-card.vcf");

    assertEquals(List.of("1: vcard-organisation"), read.problemCodes());
    assertEquals(1, read.network.size());
    PersonRef frieda = read.network.get(0).person();
    assertEquals("Frieda Lohmann", frieda.displayName());
    assertEquals("Hafenkontor Nord GmbH", frieda.company());
    assertEquals("Disponentin", frieda.position());
    assertEquals(List.of("f.lohmann@hafenkontor.example"), frieda.emails());
  }

  @Test
  void anAppleCompanyCardGoesToProblems() {
    ReadCapture read = read("iphone-item-groups.vcf");

    assertEquals(List.of("15: vcard-organisation"), read.problemCodes());
    PersonRef anna = read.network.get(0).person();
    assertEquals("Anna Becker", anna.displayName());
    assertEquals("Steuerbüro am Markt", anna.company());
    assertEquals(List.of("https://www.linkedin.com/in/anna-becker-steuer"), anna.profileUrls());
  }

  @Test
  void googlesAdditionalNameIsPartOfTheName() {
    ReadCapture read = read("google-contacts-30.vcf");

    PersonRef anton = read.network.get(0).person();
    assertEquals("Anton von Allmen", anton.displayName());
    assertEquals("Allmen Logistik AG", anton.company());
    assertEquals(2, anton.emails().size());
  }
}
