package de.kontaktcharta.input.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.kontaktcharta.model.InteractionFact;
import de.kontaktcharta.model.MeetingFact;
import de.kontaktcharta.model.RelationFact;
import de.kontaktcharta.testing.English;
import de.kontaktcharta.testing.ReadCapture;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Lists kept in LibreOffice's own format are read like their Excel and CSV twins. */
class OdsInputTest {

  private static final Path DIR = Path.of("src/test/resources/ods");

  @TempDir Path tmp;

  @Test
  void aContactListKeepsItsUmlautsAndNumbers() {
    ReadCapture read = ReadCapture.read(DIR.resolve("kontakte.ods"));
    assertEquals("contacts", read.detection().kind().code());
    assertEquals("kontakte", read.detection().sheet());
    assertEquals(3, read.network.size());
    assertEquals("Jürgen Weiß", read.network.get(0).person().displayName());
    assertEquals("Özlem Yıldız", read.network.get(2).person().displayName());
    assertEquals("anna.berg@example.org", read.network.get(1).person().emails().get(0));
    assertTrue(read.balanced());
  }

  @Test
  void aCustomerListGivesRelationsWithTheirDates() {
    ReadCapture read = ReadCapture.read(DIR.resolve("kunden.ods"));
    assertEquals("crm", read.detection().kind().code());
    var relations = read.facts(RelationFact.class);
    assertEquals(2, relations.size());
    assertEquals(LocalDate.of(2024, 3, 14), relations.get(0).date());
    assertEquals(2, read.summary().rowsUsed());
  }

  @Test
  void meetingsAndInteractionsAreReadFromDateCells() {
    ReadCapture meetings = ReadCapture.read(DIR.resolve("termine.ods"));
    assertEquals("meetings", meetings.detection().kind().code());
    assertEquals(LocalDate.of(2026, 10, 14), meetings.facts(MeetingFact.class).get(0).date());
    ReadCapture log = ReadCapture.read(DIR.resolve("austausch.ods"));
    assertEquals("interactions", log.detection().kind().code());
    assertEquals(3, log.facts(InteractionFact.class).size());
    assertEquals("WhatsApp", log.facts(InteractionFact.class).get(1).channel());
  }

  @Test
  void invitationsKeptByHandKeepTheirMessages() {
    ReadCapture read = ReadCapture.read(DIR.resolve("einladungen.ods"));
    assertEquals("invitations", read.detection().kind().code());
    assertEquals(2, read.invitations.size());
    assertEquals(
        "Hallo, wir haben uns auf der Messe in Köln getroffen.", read.invitations.get(0).message());
    assertEquals(LocalDate.of(2026, 11, 2), read.invitations.get(0).sentOn());
  }

  @Test
  void aDamagedSpreadsheetIsNamedInWords() throws IOException {
    byte[] whole = Files.readAllBytes(DIR.resolve("kontakte.ods"));
    Path cut = tmp.resolve("kontakte.ods");
    Files.write(cut, java.util.Arrays.copyOf(whole, whole.length / 2));
    ReadCapture read = ReadCapture.read(cut);
    assertEquals(null, read.detection().kind());
    String note = English.text(read.detection().note());
    assertTrue(note.contains("damaged or cut off"), note);
  }

  @Test
  void cellValuesReadAsPeopleTypedThem() {
    assertEquals("20095", OdsSpreadsheet.text(20095.0));
    assertEquals("3.25", OdsSpreadsheet.text(3.25));
    assertEquals("2026-03-14", OdsSpreadsheet.text(LocalDate.of(2026, 3, 14)));
    assertEquals(
        "2026-03-14 09:30", OdsSpreadsheet.text(java.time.LocalDateTime.of(2026, 3, 14, 9, 30)));
    assertEquals("2026-03-14", OdsSpreadsheet.text(LocalDate.of(2026, 3, 14).atStartOfDay()));
    assertEquals("09:05", OdsSpreadsheet.text(java.time.Duration.ofMinutes(545)));
    assertEquals("TRUE", OdsSpreadsheet.text(Boolean.TRUE));
    assertEquals("", OdsSpreadsheet.text(null));
  }
}
