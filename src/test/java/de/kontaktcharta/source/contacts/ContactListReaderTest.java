package de.kontaktcharta.source.contacts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.kontaktcharta.RealWorld;
import de.kontaktcharta.model.NetworkEntry;
import de.kontaktcharta.model.PersonRef;
import de.kontaktcharta.model.Platform;
import de.kontaktcharta.source.Detection;
import de.kontaktcharta.testing.ReadCapture;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContactListReaderTest {

  static final Path GOOGLE_LEGACY = RealWorld.path("google-contacts/google-legacy-layout.csv");

  @TempDir Path dir;

  private Path write(String name, String text, Charset charset) throws IOException {
    Path file = dir.resolve(name);
    Files.write(file, text.getBytes(charset));
    return file;
  }

  @Test
  void germanExcelCsvWithSemicolonsWindows1252AndGermanDates() throws IOException {
    Path file =
        write(
            "kontakte.csv",
            "Vorname;Nachname;Firma;Position;E-Mail-Adresse;XING;Kontakt seit\r\n"
                + "Jürgen;Müller;\"Müller, Söhne & Co. KG\";Geschäftsführer;j.mueller@example.de;"
                + "Juergen_Mueller2;14.03.2019\r\n"
                + "Erika;Musterfrau;;;;https://www.xing.com/profile/Erika_Musterfrau;01.02.20\r\n"
                + ";;;;;;\r\n"
                + "Ohne;Datum;ACME;;;;gestern\r\n",
            Charset.forName("windows-1252"));
    ReadCapture read = ReadCapture.read(file);

    Detection d = read.detection();
    assertEquals(ContactsKind.KIND, d.kind());
    assertEquals("Windows-1252", d.encoding());
    assertEquals(';', d.delimiter());
    List<NetworkEntry> entries = read.network;
    assertEquals(3, entries.size());
    PersonRef juergen = entries.get(0).person();
    assertEquals("Jürgen Müller", juergen.displayName());
    assertEquals("Müller, Söhne & Co. KG", juergen.company());
    assertEquals("Geschäftsführer", juergen.position());
    assertEquals(List.of("https://www.xing.com/profile/Juergen_Mueller2"), juergen.profileUrls());
    assertEquals(Platform.XING, entries.get(0).platform());
    assertEquals(LocalDate.of(2019, 3, 14), entries.get(0).connectedOn());
    assertEquals(LocalDate.of(2020, 2, 1), entries.get(1).connectedOn());
    assertEquals(null, entries.get(2).connectedOn());
    assertEquals(List.of("4: empty-row", "5: bad-date"), read.problemCodes());
    assertTrue(read.balanced());
  }

  @Test
  void outlookCsvUsesJobTitleNotTheSalutation() throws IOException {
    Path file =
        write(
            "outlook.csv",
            "\"Title\",\"First Name\",\"Middle Name\",\"Last Name\",\"Suffix\",\"Company\","
                + "\"Department\",\"Job Title\",\"Business Street\",\"E-mail Address\","
                + "\"E-mail Type\",\"E-mail Display Name\",\"E-mail 2 Address\",\"Web Page\"\r\n"
                + "\"Dr.\",\"Anna\",\"\",\"Schmidt\",\"\",\"Beispiel AG\",\"\",\"CTO\",\"\","
                + "\"anna@beispiel.example\",\"SMTP\",\"Anna Schmidt (anna@beispiel.example)\","
                + "\"anna.private@example.com\",\"https://de.linkedin.com/in/anna-schmidt/\"\r\n",
            StandardCharsets.UTF_8);
    ReadCapture read = ReadCapture.read(file);

    assertEquals(ContactsKind.KIND, read.detection().kind());
    PersonRef anna = read.network.get(0).person();
    assertEquals("Anna Schmidt", anna.displayName());
    assertEquals("CTO", anna.position());
    assertEquals(List.of("anna@beispiel.example", "anna.private@example.com"), anna.emails());
    assertEquals(List.of("https://de.linkedin.com/in/anna-schmidt/"), anna.profileUrls());
    assertEquals(Platform.LINKEDIN, read.network.get(0).platform());
  }

  @Test
  void germanOutlookExport() throws IOException {
    Path file =
        write(
            "outlook-de.csv",
            "\"Anrede\";\"Vorname\";\"Weitere Vornamen\";\"Nachname\";\"Firma\";\"Abteilung\";"
                + "\"Position\";\"E-Mail-Adresse\";\"E-Mail-Typ\";\"E-Mail 2: Adresse\";\"Webseite\"\r\n"
                + "\"Herr\";\"Jörg\";\"\";\"Schäfer\";\"Beta GmbH\";\"\";\"Einkauf\";"
                + "\"js@beta.example\";\"SMTP\";\"joerg@example.com\";\"www.beta.example\"\r\n",
            Charset.forName("windows-1252"));
    ReadCapture read = ReadCapture.read(file);

    PersonRef joerg = read.network.get(0).person();
    assertEquals("Jörg Schäfer", joerg.displayName());
    assertEquals("Einkauf", joerg.position());
    assertEquals(List.of("js@beta.example", "joerg@example.com"), joerg.emails());
    assertEquals(Platform.OTHER, read.network.get(0).platform());
  }

  @Test
  void googleCsvWithMultiValuesAndNumberedColumns() throws IOException {
    Path file =
        write(
            "google.csv",
            "First Name,Middle Name,Last Name,Organization Name,Organization Title,Labels,"
                + "E-mail 1 - Label,E-mail 1 - Value,E-mail 2 - Label,E-mail 2 - Value,"
                + "Website 1 - Label,Website 1 - Value\n"
                + "Max,,Mustermann,ACME GmbH,Einkauf,* myContacts ::: Kunden,* Work,"
                + "max@acme.example ::: m.mustermann@acme.example,Home,max@example.org,"
                + "Profile,https://www.linkedin.com/in/max-mustermann\n",
            StandardCharsets.UTF_8);
    ReadCapture read = ReadCapture.read(file);

    PersonRef max = read.network.get(0).person();
    assertEquals("ACME GmbH", max.company());
    assertEquals("Einkauf", max.position());
    assertEquals(
        List.of("max@acme.example", "m.mustermann@acme.example", "max@example.org"), max.emails());
    assertEquals(List.of("https://www.linkedin.com/in/max-mustermann"), max.profileUrls());
  }

  @Test
  void fullNameColumnWithNameAndAddressAndLastNameFirst() throws IOException {
    Path file =
        write(
            "liste.csv",
            "Name,Unternehmen,Website\n"
                + "\"Mustermann, Max\",ACME,https://www.acme.example\n"
                + "Erika Musterfrau <erika@example.com>,,\n",
            StandardCharsets.UTF_8);
    ReadCapture read = ReadCapture.read(file);

    assertEquals(ContactsKind.KIND, read.detection().kind());
    assertEquals("Mustermann, Max", read.network.get(0).person().fullName());
    assertTrue(read.network.get(0).person().profileUrls().isEmpty());
    PersonRef erika = read.network.get(1).person();
    assertEquals("Erika Musterfrau", erika.displayName());
    assertEquals(List.of("erika@example.com"), erika.emails());
  }

  @Test
  void semicolonFileWithCommasInsideQuotes() throws IOException {
    Path file =
        write(
            "semi.csv",
            "Vorname;Nachname;Firma\n\"Max\";\"Mustermann\";\"ACME, Inc.\"\nErika;Musterfrau;\"A;B\"\n",
            StandardCharsets.UTF_8);
    ReadCapture read = ReadCapture.read(file);

    assertEquals(';', read.detection().delimiter());
    assertEquals("ACME, Inc.", read.network.get(0).person().company());
    assertEquals("A;B", read.network.get(1).person().company());
  }

  @Test
  void rowsThatEndEarlyAreReadWithEmptyFields() throws IOException {
    Path file =
        write(
            "kurz.csv",
            "Vorname,Nachname,Firma,E-Mail\nMax,Mustermann\nErika,Musterfrau,ACME,e@x.de\n"
                + "Hans,Meier,\"Beta, Gamma\",h@x.de,zu viel\n",
            StandardCharsets.UTF_8);
    ReadCapture read = ReadCapture.read(file);

    assertEquals(2, read.network.size());
    assertEquals("", read.network.get(0).person().company());
    assertEquals(List.of("4: malformed-row", "2: short-rows"), read.problemCodes());
    assertTrue(read.balanced());
  }

  @Test
  void mixedEncodingIsReadAndReported() throws IOException {
    byte[] utf8 = "Vorname,Nachname,Firma\nJürgen,Müller,ACME\n".getBytes(StandardCharsets.UTF_8);
    byte[] latin = "Jörg,Schäfer,Beta\n".getBytes(StandardCharsets.ISO_8859_1);
    Path file = dir.resolve("mixed.csv");
    byte[] all = new byte[utf8.length + latin.length];
    System.arraycopy(utf8, 0, all, 0, utf8.length);
    System.arraycopy(latin, 0, all, utf8.length, latin.length);
    Files.write(file, all);
    ReadCapture read = ReadCapture.read(file);

    assertEquals("Jürgen Müller", read.network.get(0).person().displayName());
    assertEquals("Jörg Schäfer", read.network.get(1).person().displayName());
    assertEquals(List.of("0: mixed-encoding"), read.problemCodes());
  }

  @Test
  void googleLegacyLayoutWithSeveralValuesAndAddressesOverSeveralLines() {
    ReadCapture read = ReadCapture.read(GOOGLE_LEGACY);

    assertEquals(ContactsKind.KIND, read.detection().kind());
    PersonRef p = read.network.get(0).person();
    assertEquals("Erika Mustermann", p.displayName());
    assertEquals("Beispiel GmbH", p.company());
    assertEquals("Einkaufsleiterin", p.position());
    assertEquals(
        List.of(
            "erika.mustermann@beispiel.example",
            "erika@privat.example",
            "e.mustermann@verein.example"),
        p.emails());
    assertTrue(p.profileUrls().isEmpty(), "'profile page' is no link");
    assertEquals(1, read.summary().rowsRead());
    assertTrue(read.balanced());
  }
}
