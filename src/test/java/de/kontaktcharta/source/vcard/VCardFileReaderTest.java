package de.kontaktcharta.source.vcard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.kontaktcharta.RealWorld;
import de.kontaktcharta.input.InputScanner;
import de.kontaktcharta.input.InputSet;
import de.kontaktcharta.input.file.InputFile;
import de.kontaktcharta.model.NetworkEntry;
import de.kontaktcharta.model.PersonRef;
import de.kontaktcharta.model.Platform;
import de.kontaktcharta.model.Problem;
import de.kontaktcharta.testing.English;
import de.kontaktcharta.testing.ReadCapture;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VCardFileReaderTest {

  static final Path REALWORLD = RealWorld.path("ez-vcard");

  @TempDir Path dir;

  private Path write(String name, String text, Charset charset) throws IOException {
    Path file = dir.resolve(name);
    Files.write(file, text.replace("\n", "\r\n").getBytes(charset));
    return file;
  }

  @Test
  void xingCardInLatin1WithQuotedPrintableGivesTheXingProfile() throws IOException {
    Path file =
        write(
            "Jürgen Müller.vcf",
            """
            BEGIN:VCARD
            VERSION:2.1
            PRODID:-//XING//www.xing.com//epublica//www.epublica.de//Version 1.3
            N;CHARSET=ISO-8859-1;ENCODING=QUOTED-PRINTABLE:M=FCller;J=FCrgen;;Dr.;
            FN;CHARSET=ISO-8859-1:Dr. Jürgen Müller
            ORG;CHARSET=ISO-8859-1:Bäckerei Müller GmbH
            TITLE;CHARSET=ISO-8859-1:Geschäftsführer
            EMAIL;TYPE=internet;type=WORK;type=pref:j.mueller@example.de
            URL;TYPE=work:https://www.xing.com/profile/Juergen_Mueller2
            PHOTO;VALUE=URI:https://www.xing.com/img/users/x.jpg
            END:VCARD
            """,
            StandardCharsets.ISO_8859_1);
    ReadCapture read = ReadCapture.read(file);

    assertEquals(VCardKind.KIND, read.detection().kind());
    assertEquals("Windows-1252", read.detection().encoding());
    NetworkEntry entry = read.network.get(0);
    PersonRef p = entry.person();
    assertEquals("Jürgen", p.firstName());
    assertEquals("Müller", p.lastName());
    assertEquals("Bäckerei Müller GmbH", p.company());
    assertEquals("Geschäftsführer", p.position());
    assertEquals(List.of("j.mueller@example.de"), p.emails());
    assertEquals(List.of("https://www.xing.com/profile/Juergen_Mueller2"), p.profileUrls());
    assertEquals(Platform.XING, entry.platform());
    assertEquals(VCardKind.KIND, entry.kind());
    assertEquals(1, entry.source().line());
    assertTrue(read.balanced());
  }

  @Test
  void manyCardsInOneUtf8FileEachWithItsLine() throws IOException {
    Path file =
        write(
            "export.vcf",
            """
            BEGIN:VCARD
            VERSION:3.0
            N:Musterfrau;Erika;;;
            FN:Erika Musterfrau
            item1.URL:https\\://www.linkedin.com/in/erika-musterfrau
            item1.X-ABLabel:LinkedIn
            URL:https://www.musterfrau.example
            END:VCARD

            BEGIN:VCARD
            VERSION:4.0
            FN:José Núñez
            ORG:Núñez & Söhne;Vertrieb
            EMAIL;TYPE=work:jose@nunez.example
            X-SOCIALPROFILE;TYPE=xing:Jose_Nunez
            END:VCARD
            """,
            StandardCharsets.UTF_8);
    ReadCapture read = ReadCapture.read(file);

    assertEquals(2, read.network.size());
    PersonRef erika = read.network.get(0).person();
    assertEquals("Erika Musterfrau", erika.displayName());
    // the company website is no identity; the LinkedIn profile is
    assertEquals(List.of("https://www.linkedin.com/in/erika-musterfrau"), erika.profileUrls());
    assertEquals(Platform.LINKEDIN, read.network.get(0).platform());
    PersonRef jose = read.network.get(1).person();
    assertEquals("José Núñez", jose.displayName());
    assertEquals("Núñez & Söhne", jose.company());
    assertEquals(List.of("https://www.xing.com/profile/Jose_Nunez"), jose.profileUrls());
    assertEquals(10, read.network.get(1).source().line());
  }

  @Test
  void cardsOfOrganisationsAreNoContacts() throws IOException {
    Path file =
        write(
            "firmen.vcf",
            """
            BEGIN:VCARD
            VERSION:4.0
            KIND:org
            FN:Nur Organisation
            EMAIL:info@org.example
            END:VCARD
            BEGIN:VCARD
            VERSION:3.0
            N:;;;;
            FN:Firma Ohne Person
            ORG:Firma Ohne Person
            X-ABShowAs:COMPANY
            END:VCARD
            BEGIN:VCARD
            VERSION:3.0
            N:Muster;Max;;;
            FN:Max Muster
            END:VCARD
            BEGIN:VCARD
            VERSION:2.1
            N:;;;;
            FN:Hanse Druck GmbH
            ORG:Hanse Druck GmbH
            END:VCARD
            """,
            StandardCharsets.UTF_8);
    ReadCapture read = ReadCapture.read(file);

    assertEquals(
        List.of("Max Muster"), read.network.stream().map(e -> e.person().displayName()).toList());
    assertEquals(
        List.of("1: vcard-organisation", "7: vcard-organisation", "19: vcard-organisation"),
        read.problemCodes());
    assertTrue(read.balanced());
  }

  @Test
  void brokenLineIsReportedWithItsLineAndTheCardStillCounts() throws IOException {
    Path file =
        write(
            "broken.vcf",
            """
            BEGIN:VCARD
            VERSION:3.0
            FN:Max Mustermann
            this line is broken
            EMAIL:max@example.com
            END:VCARD
            BEGIN:VCARD
            VERSION:3.0
            FN:Second Card
            END:VCARD
            """,
            StandardCharsets.UTF_8);
    ReadCapture read = ReadCapture.read(file);

    assertEquals(2, read.network.size());
    Problem broken = read.problems.get(0);
    assertEquals("vcard-line", broken.code());
    assertEquals(file + ":4", broken.source().toString());
    assertTrue(English.text(broken).contains("this line is broken"), English.text(broken));
    assertEquals(2, read.summary().rowsUsed());
  }

  @Test
  void cardWithoutEndIsReadUpToTheNextCardAndReported() throws IOException {
    Path file =
        write(
            "noend.vcf",
            """
            BEGIN:VCARD
            VERSION:3.0
            FN:First Person
            BEGIN:VCARD
            VERSION:3.0
            FN:Second Person
            END:VCARD
            stray text
            """,
            StandardCharsets.UTF_8);
    ReadCapture read = ReadCapture.read(file);

    assertEquals(
        List.of("First Person", "Second Person"),
        read.network.stream().map(e -> e.person().displayName()).toList());
    assertEquals(List.of("1: vcard-unterminated", "8: vcard-stray-line"), read.problemCodes());
  }

  @Test
  void cardWithoutAnyIdentityIsSkippedAndCounted() throws IOException {
    Path file =
        write(
            "empty.vcf",
            """
            BEGIN:VCARD
            VERSION:3.0
            TEL:+49 30 1234567
            END:VCARD
            """,
            StandardCharsets.UTF_8);
    ReadCapture read = ReadCapture.read(file);

    assertTrue(read.network.isEmpty());
    assertEquals(List.of("1: missing-person"), read.problemCodes());
    assertEquals(1, read.summary().rowsSkipped());
    assertTrue(read.balanced());
  }

  @Test
  void androidSampleWithQuotedPrintableUtf8() {
    Path file = REALWORLD.resolve("John_Doe_ANDROID.vcf");
    ReadCapture read = ReadCapture.read(file);

    assertEquals(6, read.network.size());
    assertEquals(List.of("john.doe@company.com"), read.network.get(0).person().emails());
    assertEquals("Ñ Ñ Ñ Ñ", read.network.get(2).person().displayName());
    assertTrue(read.balanced());
    assertTrue(read.problems.isEmpty(), read.problems::toString);
  }

  @Test
  void gmailAndOutlookSamplesUseGivenMiddleAndFamilyName() {
    // both keep the middle names "Richter, James"; the comma in them is no "Family, Given"
    for (String name : List.of("John_Doe_GMAIL.vcf", "John_Doe_MS_OUTLOOK.vcf")) {
      ReadCapture read = ReadCapture.read(REALWORLD.resolve(name));
      PersonRef john = read.network.get(0).person();
      assertEquals("John Richter James Doe", john.displayName(), name);
      assertEquals("IBM", john.company(), name);
      assertEquals("Money Counter", john.position(), name);
      // www.ibm.com is a company website, not John's profile
      assertTrue(john.profileUrls().isEmpty(), name);
    }
  }

  @Test
  void folderOfSingleCardsGivesOneEntryPerFile() throws IOException {
    for (String name : List.of("a", "b", "c")) {
      write(
          name + ".vcf",
          "BEGIN:VCARD\nVERSION:3.0\nFN:Person " + name.toUpperCase() + " Test\nEND:VCARD\n",
          StandardCharsets.UTF_8);
    }
    InputSet set = new InputScanner().scan(List.of(dir));
    int entries = 0;
    for (InputFile f : set.files()) {
      ReadCapture read = ReadCapture.read(Path.of(f.name()));
      entries += read.network.size();
    }
    assertEquals(3, entries);
  }
}
