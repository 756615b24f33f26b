package de.kontaktcharta.source.contacts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.kontaktcharta.model.PersonRef;
import de.kontaktcharta.testing.Producers;
import de.kontaktcharta.testing.ReadCapture;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Contact lists as Google, Outlook and Thunderbird export them: the quirks of issue 16. */
class ContactListProducersTest {

  private static List<PersonRef> people(String name) {
    ReadCapture read = ReadCapture.read(Producers.file("contacts/" + name));
    assertEquals(ContactsKind.KIND, read.detection().kind());
    assertTrue(read.balanced(), read.problems::toString);
    assertEquals(List.of(), read.problems, "every row is used");
    return read.network.stream().map(e -> e.person()).toList();
  }

  @Test
  void googlesMiddleNameIsPartOfTheName() {
    List<PersonRef> people = people("google-2024-middle-name.csv");

    assertEquals("Anton von Allmen", people.get(0).displayName());
    assertEquals("Leiter Einkauf", people.get(0).position());
    assertEquals(
        List.of("https://www.linkedin.com/in/anton-von-allmen"), people.get(0).profileUrls());
    assertEquals("Eva Maria Roth", people.get(1).displayName());
    assertEquals(List.of("eva@roth.example", "eva.roth@privat.example"), people.get(1).emails());
  }

  @Test
  void outlooksWeitereVornamenArePartOfTheName() {
    List<PersonRef> people = people("outlook-de-windows1252.csv");

    assertEquals("Günter Voß", people.get(0).displayName());
    assertEquals("Anna Maria Becker", people.get(1).displayName());
    assertEquals("Steuerbüro am Markt", people.get(1).company());
  }

  @Test
  void aRowWithOnlyAnAddressIsAContactShownByItsAddress() {
    assertEquals(
        "info@hafenkontor.example", people("google-2024-middle-name.csv").get(2).shownName());
    List<PersonRef> legacy = people("google-legacy-email-only.csv");
    assertEquals("frieda.lohmann@example.de", legacy.get(0).shownName());
    assertEquals("Holger Brandt", legacy.get(1).shownName());
    assertEquals("Brandt Spedition", legacy.get(1).company());
    List<PersonRef> thunderbird = people("thunderbird-de.csv");
    assertEquals("info@hafenkontor.example", thunderbird.get(1).shownName());
    assertEquals("", thunderbird.get(1).displayName());
  }

  @Test
  void thunderbirdsSecondWebPageIsTheXingProfileNotTheCompanySite() {
    PersonRef sabine = people("thunderbird-de.csv").get(0);

    assertEquals("Sabine Berger", sabine.displayName());
    assertEquals("Nordlicht Werkzeuge AG", sabine.company());
    assertEquals(List.of("https://www.xing.com/profile/Sabine_Berger7"), sabine.profileUrls());
  }
}
