package de.kontaktcharta.source.linkedin;

import static de.kontaktcharta.testing.Inputs.assertCounts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.kontaktcharta.identity.Keys;
import de.kontaktcharta.model.KeyKind;
import de.kontaktcharta.model.MatchKey;
import de.kontaktcharta.model.NetworkEntry;
import de.kontaktcharta.model.PersonRef;
import de.kontaktcharta.testing.Inputs;
import de.kontaktcharta.testing.ReadResult;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The versions of {@code Connections.csv} in docs/formats/linkedin.md, and what users make of them.
 */
class ConnectionsVariantsTest {

  private static final String PREAMBLE =
      "Notes:\n"
          + "\"When exporting your connection data, you may notice that some of the email"
          + " addresses are missing. You will only see email addresses for connections who have"
          + " allowed their connections to see or download their email address using this setting"
          + " https://www.linkedin.com/psettings/privacy/email. You can learn more here"
          + " https://www.linkedin.com/help/linkedin/answer/261\"\n"
          + "\n";

  @TempDir Path dir;

  @Test
  void excelResaveWithDayFirstSlashDatesIsReadDayFirst() throws IOException {
    // a spreadsheet set to British English writes 12/11/2026 for 12 November
    String text =
        "\uFEFFFirst Name,Last Name,URL,Email Address,Company,Position,Connected On\r\n"
            + "Anna,Berg,,,,,12/11/2026\r\n"
            + "Ben,Kurz,,,,,05/01/2021\r\n"
            + "Carl,Dorn,,,,,24/11/2025\r\n";
    ReadResult r = Inputs.read(Inputs.write(dir, "Connections.csv", text));
    assertCounts(r, 3, 3, 0);
    assertEquals(
        List.of(LocalDate.of(2026, 11, 12), LocalDate.of(2021, 1, 5), LocalDate.of(2025, 11, 24)),
        r.sink().network.stream().map(NetworkEntry::connectedOn).toList());
  }

  @Test
  void export2018WithoutPreambleAndUrlAndWithUsDates() throws IOException {
    ReadResult r = Inputs.read(Inputs.fixture("linkedin/connections/2018-no-preamble-no-url.csv"));
    assertEquals(LinkedInKinds.CONNECTIONS, r.kind());
    assertEquals(1, r.headerLine());
    assertCounts(r, 3, 3, 0);
    List<NetworkEntry> network = r.sink().network;
    assertEquals(LocalDate.of(2018, 1, 8), network.get(0).connectedOn());
    assertEquals(LocalDate.of(2017, 12, 31), network.get(1).connectedOn());
    assertEquals(LocalDate.of(2016, 10, 2), network.get(2).connectedOn());
    assertEquals("Geschäftsführerin", network.get(0).person().position());
    assertEquals("Muster & Co, KG", network.get(1).person().company());
    assertTrue(network.get(0).person().profileUrls().isEmpty());
    assertEquals(
        new MatchKey(KeyKind.EMAIL, "ben@example.org"),
        Keys.forRegion("DE").of(network.get(1).person()).get(0),
        "without URL the e-mail is the strongest key");
    assertEquals(List.of(2, 3, 4), network.stream().map(e -> e.source().line()).toList());
  }

  @Test
  void export2022WithPreambleWithoutUrl() throws IOException {
    ReadResult r = Inputs.read(Inputs.fixture("linkedin/connections/2022-preamble-no-url.csv"));
    assertEquals(LinkedInKinds.CONNECTIONS, r.kind());
    assertEquals(4, r.headerLine());
    assertCounts(r, 3, 2, 1);
    assertEquals(List.of(6), r.sink().skippedLines());
    assertEquals(LocalDate.of(2022, 9, 9), r.sink().network.get(0).connectedOn());
    NetworkEntry last = r.sink().network.get(1);
    assertEquals(7, last.source().line());
    assertEquals("Erik Lund", last.person().displayName());
    assertEquals(LocalDate.of(2022, 3, 18), last.connectedOn(), "last line without newline");
  }

  @Test
  void currentExportWithoutPreamble() throws IOException {
    ReadResult r = Inputs.read(Inputs.fixture("linkedin/connections/no-preamble-url.csv"));
    assertEquals(1, r.headerLine());
    assertCounts(r, 2, 2, 0);
    PersonRef fatma = r.sink().network.get(0).person();
    assertEquals(
        new MatchKey(KeyKind.URL, "linkedin.com/in/fatma-yılmaz"),
        Keys.forProfile(fatma.profileUrls().get(0)).orElseThrow());
    assertEquals("Berater, Coach", r.sink().network.get(1).person().position());
    assertEquals(LocalDate.of(2024, 1, 15), r.sink().network.get(1).connectedOn());
  }

  @Test
  void currentExportWithCrlfAndNoFinalNewline() throws IOException {
    String text =
        (PREAMBLE
                + "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
                + "Hanna,Berg,https://www.linkedin.com/in/hanna-berg,,Berg AG,CEO,16 Dec 2024\n"
                + ",,,,,,14 Sep 2024\n"
                + "Ivo,Horvat,https://www.linkedin.com/in/ivo-horvat-%C4%8D,,,,01 Aug 2024")
            .replace("\n", "\r\n");
    ReadResult r = Inputs.read(Inputs.write(dir, "Connections.csv", text));
    assertEquals(4, r.headerLine());
    assertCounts(r, 3, 2, 1);
    assertEquals(List.of(6), r.sink().skippedLines());
    NetworkEntry ivo = r.sink().network.get(1);
    assertEquals(7, ivo.source().line());
    assertEquals(LocalDate.of(2024, 8, 1), ivo.connectedOn());
    assertEquals(
        "linkedin.com/in/ivo-horvat-č",
        Keys.forProfile(ivo.person().profileUrls().get(0)).orElseThrow().value());
    assertEquals("CEO", r.sink().network.get(0).person().position(), "no stray CR in cells");
  }

  @Test
  void excelResavedCopyWithShortDatesNaCellsAndCrlf() throws IOException {
    String text =
        "First Name,Last Name,URL,Email Address,Company,Position,Connected On\r\n"
            + "Jana,Novak,https://www.linkedin.com/in/jananovak,NA,Novak s.r.o.,NA,6-Feb-26\r\n"
            + "NA,NA,NA,NA,NA,NA,14-Aug-25\r\n"
            + "Karl,Ober,NA,karl@example.at,NA,Projektleiter,1-Jan-25";
    ReadResult r = Inputs.read(Inputs.write(dir, "connections.csv", text));
    assertEquals(LinkedInKinds.CONNECTIONS, r.kind());
    assertEquals(1, r.headerLine());
    assertCounts(r, 3, 2, 1);
    assertEquals(List.of(3), r.sink().skippedLines(), "a row of NA only is an empty member");
    assertEquals("empty-member", r.sink().skippedRows().get(0).code());

    PersonRef jana = r.sink().network.get(0).person();
    assertEquals(LocalDate.of(2026, 2, 6), r.sink().network.get(0).connectedOn());
    assertTrue(jana.emails().isEmpty(), "NA is no e-mail");
    assertEquals("", jana.position(), "NA is no position");
    assertEquals(List.of("https://www.linkedin.com/in/jananovak"), jana.profileUrls());

    PersonRef karl = r.sink().network.get(1).person();
    assertEquals(4, r.sink().network.get(1).source().line());
    assertTrue(karl.profileUrls().isEmpty(), "NA is no URL");
    assertEquals(List.of("karl@example.at"), karl.emails());
    assertEquals("", karl.company());
    assertEquals(LocalDate.of(2025, 1, 1), r.sink().network.get(1).connectedOn());
  }

  @Test
  void utf16LittleEndianWithBomTabSeparatedAndFullyQuoted() throws IOException {
    String text =
        "\"First Name\"\t\"Last Name\"\t\"Email Address\"\t\"Company\"\t\"Position\"\t\"Connected On\"\n"
            + "\"Lukas\"\t\"Schäfer\"\t\"\"\t\"Schäfer, Lang & Co\"\t\"Architekt\"\t\"09 Sep 2022\"\n"
            + "\"\"\t\"\"\t\"\"\t\"\"\t\"\"\t\"01 Sep 2022\"\n"
            + "\"Marta\"\t\"Øster\"\t\"marta@example.no\"\t\"\"\t\"\"\t\"12 Aug 2022\"\n";
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    bytes.write(0xff);
    bytes.write(0xfe);
    bytes.writeBytes(text.getBytes(StandardCharsets.UTF_16LE));
    ReadResult r = Inputs.read(Inputs.write(dir, "Connections.csv", bytes.toByteArray()));
    assertEquals(LinkedInKinds.CONNECTIONS, r.kind());
    assertEquals("UTF-16LE with BOM", r.detection().encoding());
    assertEquals('\t', r.detection().delimiter());
    assertEquals(1, r.headerLine());
    assertCounts(r, 3, 2, 1);
    assertEquals(List.of(3), r.sink().skippedLines());
    PersonRef lukas = r.sink().network.get(0).person();
    assertEquals("Lukas", lukas.firstName(), "no byte-order mark or quote left in the cell");
    assertEquals("Schäfer", lukas.lastName());
    assertEquals("Schäfer, Lang & Co", lukas.company());
    assertEquals("Øster", r.sink().network.get(1).person().lastName());
    assertEquals(LocalDate.of(2022, 8, 12), r.sink().network.get(1).connectedOn());
  }

  @Test
  void germanSyntheticHeader() throws IOException {
    ReadResult r = Inputs.read(Inputs.fixture("linkedin/connections/german-header.csv"));
    assertEquals(LinkedInKinds.CONNECTIONS, r.kind());
    assertCounts(r, 2, 2, 0);
    PersonRef juergen = r.sink().network.get(0).person();
    assertEquals("Jürgen Weiß", juergen.displayName());
    assertEquals("Weiß GmbH", juergen.company());
    assertEquals("Vertrieb", juergen.position());
    assertEquals(List.of("j.weiss@example.de"), juergen.emails());
    assertEquals(LocalDate.of(2024, 12, 16), r.sink().network.get(0).connectedOn());
    assertEquals(LocalDate.of(2026, 10, 5), r.sink().network.get(1).connectedOn());
  }

  @Test
  void unreadableDateKeepsTheRowWithANote() throws IOException {
    String text =
        "First Name,Last Name,Connected On\n" + "Nora,Feld,sometime\n" + "Olaf,Berg,02 Jan 2025\n";
    ReadResult r = Inputs.read(Inputs.write(dir, "c.csv", text));
    assertCounts(r, 2, 2, 0);
    assertEquals(null, r.sink().network.get(0).connectedOn());
    assertEquals(1, r.sink().problems("bad-date").size());
    assertEquals(2, r.sink().problems("bad-date").get(0).source().line());
  }
}
