package de.kontaktcharta.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.kontaktcharta.input.file.DiskFile;
import de.kontaktcharta.model.Message;
import de.kontaktcharta.source.Detection;
import de.kontaktcharta.source.SourceKinds;
import de.kontaktcharta.source.calendar.CalendarKind;
import de.kontaktcharta.source.crm.CrmKind;
import de.kontaktcharta.source.interactions.InteractionsKind;
import de.kontaktcharta.source.linkedin.LinkedInKinds;
import de.kontaktcharta.source.meetings.MeetingsKind;
import de.kontaktcharta.source.vcard.VCardKind;
import de.kontaktcharta.testing.English;
import de.kontaktcharta.testing.Inputs;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Recognition by content: header signatures after a preamble, and what is not recognised. */
class DetectorTest {

  private static final String PREAMBLE =
      "Notes:\n\"When exporting your connection data, you may notice ...\"\n\n";

  @TempDir Path dir;

  private Detection detect(String name, String text) throws IOException {
    return Inputs.detect(Inputs.write(dir, name, text));
  }

  @Test
  void emptyFileIsNotRecognised() throws IOException {
    Detection d = detect("Connections.csv", "");
    assertTrue(d.recognised().isEmpty());
    assertEquals("empty file", English.text(d.note()));
  }

  @Test
  void fileOfOnlyThePreambleIsNotRecognised() throws IOException {
    Detection d = detect("Connections.csv", PREAMBLE);
    assertTrue(d.recognised().isEmpty(), "the file name is no evidence");
    assertEquals("no known header row in the first 40 lines", English.text(d.note()));
    assertEquals("UTF-8", d.encoding());
  }

  @Test
  void unknownCsvIsNotRecognisedWithItsReason() throws IOException {
    Detection d = detect("Connections.csv", "Artikel,Preis,Menge\nSchraube,0.10,100\n");
    assertTrue(d.recognised().isEmpty());
    assertNull(d.header());
    assertEquals("no known header row in the first 40 lines", English.text(d.note()));
  }

  @Test
  void aColumnCalledArtHoldsChannelsInALogAndRelationsInACrmList() throws IOException {
    Detection log =
        detect(
            "kontaktprotokoll.csv",
            "Datum;Art;Name;E-Mail;Notiz\n"
                + "03.11.2026;Telefon;Karin Ohm;karin@ohm.example;Angebot besprochen\n"
                + "10.11.2026;E-Mail;Karin Ohm;;Unterlagen\n"
                + "12.11.2026;Treffen;Eva Ampere;;Messe\n");
    assertEquals(InteractionsKind.KIND, log.kind());
    Detection crm =
        detect(
            "kunden.csv",
            "Datum;Art;Name;E-Mail;Notiz\n"
                + "03.11.2026;Kunde;Karin Ohm;karin@ohm.example;\n"
                + "10.11.2026;Lieferant;Eva Ampere;;\n");
    assertEquals(CrmKind.KIND, crm.kind());
    Detection both =
        detect("kunden.csv", "Datum;Beziehung;Art;Name\n" + "03.11.2026;Kunde;Telefon;Karin Ohm\n");
    assertEquals(CrmKind.KIND, both.kind(), "a relation column by its name decides");
    Detection logWithSubject =
        detect(
            "log.csv",
            "Person,Type,When,Summary\n"
                + "Karin Ohm,Phone call,2026-11-03,Offer\n"
                + "Karin Ohm,Zoom,2026-11-10,Follow-up\n"
                + "Eva Ampere,Email,2026-11-12,Documents\n");
    assertEquals(InteractionsKind.KIND, logWithSubject.kind());
    Detection meetings =
        detect(
            "treffen.csv",
            "Name,Typ,Datum,Thema\n" + "Karin Ohm,Workshop-Reihe A,2026-11-03,Kick-off\n");
    assertEquals(MeetingsKind.KIND, meetings.kind());
  }

  @Test
  void aScriptWithAHeaderLikeStringIsNoTable() throws IOException {
    Detection d =
        detect(
            "gen.csv",
            "import os, datetime\n"
                + "ws.append(['Firma','Ansprechpartner','E-Mail','Beziehung','Kunde seit'])\n"
                + "ws.append(['ACME','Max Muster','max@acme.example','Kunde','2024'])\n");
    assertTrue(d.recognised().isEmpty());
    assertTrue(d.isDocument(), English.text(d.note()));
    assertEquals(
        CrmKind.KIND,
        detect("kunden.csv", "Firma,Ansprechpartner,Beziehung\nImport GmbH,Max Muster,Kunde\n")
            .kind(),
        "a company called Import is no program");
  }

  @Test
  void recommendationsGivenShareTheHeaderButAreNoEvidence() throws IOException {
    String text =
        "First Name,Last Name,Company,Job Title,Text,Creation Date,Status\n"
            + "Max,Muster,Acme,Buyer,\"Max is a great buyer.\",\"12/09/22, 07:18 PM\",\n";
    assertEquals(
        LinkedInKinds.RECOMMENDATIONS, detect("Recommendations_Received.csv", text).kind());
    assertEquals(LinkedInKinds.OTHER, detect("Recommendations_Given.csv", text).kind());
    assertEquals(LinkedInKinds.RECOMMENDATIONS, detect("empfehlungen.csv", text).kind());
  }

  @Test
  void headerIsFoundAfterThePreambleAndNamedByContentNotName() throws IOException {
    Detection d =
        detect(
            "export-2024.txt",
            PREAMBLE + "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n");
    assertEquals(LinkedInKinds.CONNECTIONS, d.kind());
    assertEquals(4, d.header().line());
    assertEquals("UTF-8, delimiter ',', header in line 4", d.format());
    assertFalse(d.forced());
  }

  @Test
  void headerBeyondTheSearchWindowIsNotFound() throws IOException {
    String text = "Notiz\n".repeat(40) + "First Name,Last Name,Connected On\n";
    assertTrue(detect("c.csv", text).recognised().isEmpty());
    String within = "Notiz\n".repeat(39) + "First Name,Last Name,Connected On\n";
    assertEquals(40, detect("c.csv", within).header().line());
  }

  @Test
  void byteOrderMarkAndQuotesAreNotPartOfTheHeader() throws IOException {
    byte[] bom = {(byte) 0xef, (byte) 0xbb, (byte) 0xbf};
    byte[] text =
        "\"First Name\";\"Last Name\";\"Connected On\"\r\nA;B;16 Dec 2024\r\n"
            .getBytes(StandardCharsets.UTF_8);
    byte[] all = new byte[bom.length + text.length];
    System.arraycopy(bom, 0, all, 0, bom.length);
    System.arraycopy(text, 0, all, bom.length, text.length);
    Detection d = Inputs.detect(Inputs.write(dir, "c.csv", all));
    assertEquals(LinkedInKinds.CONNECTIONS, d.kind());
    assertEquals("UTF-8 with BOM", d.encoding());
    assertEquals(';', d.delimiter());
    assertEquals("first name", d.header().normalised().get(0));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "linkedin-invitations|From,To,Sent At,Message,Direction",
        "linkedin-messages|From,To,Date,Subject,Content,Direction,Folder",
        "linkedin-endorsements|Endorsement Date,Skill Name,Endorser First Name,Endorser Last"
            + " Name,Endorsement Status",
        "linkedin-recommendations|First Name,Last Name,Company,Job Title,Text,Creation"
            + " Date,Status",
        "linkedin-profile|First Name,Last Name,Maiden Name,Address,Birth Date,Headline,Summary",
        "linkedin-other|Endorsement Date,Skill Name,Endorsee First Name,Endorsee Last"
            + " Name,Endorsee Public Url,Endorsement Status",
        "linkedin-other|Company Name,Title,Description,Location,Started On,Finished On",
        "linkedin-other|Name",
        "linkedin-other|Organization,Followed On",
      })
  void linkedInHeaders(String kind, String header) throws IOException {
    Detection d = detect("file.csv", header + "\n");
    assertEquals(SourceKinds.standard().byCode(kind).orElseThrow(), d.kind(), header);
  }

  @Test
  void skillsHeaderOnlyWhenItIsTheWholeRow() throws IOException {
    assertTrue(detect("file.csv", "Name,Something Else\nx,y\n").recognised().isEmpty());
  }

  @Test
  void binaryFormatsAreNamed() throws IOException {
    assertEquals(
        "a PDF document",
        English.text(
            Inputs.detect(
                    Inputs.write(dir, "a.csv", "%PDF-1.7\n...".getBytes(StandardCharsets.UTF_8)))
                .note()));
    assertEquals(
        "an old Office file that is damaged or cut off",
        English.text(
            Inputs.detect(
                    Inputs.write(
                        dir, "b.xls", new byte[] {(byte) 0xd0, (byte) 0xcf, 0x11, (byte) 0xe0}))
                .note()));
    assertTrue(
        English.text(
                Inputs.detect(Inputs.write(dir, "c.zip", new byte[] {'P', 'K', 3, 4, 0, 0})).note())
            .startsWith("a ZIP container"));
    Detection nul = Inputs.detect(Inputs.write(dir, "d.bin", new byte[4000]));
    assertTrue(nul.recognised().isEmpty());
  }

  @Test
  void vcardAndCalendarMarkers() throws IOException {
    assertEquals(
        VCardKind.KIND, detect("x.txt", "\n  BEGIN:VCARD\r\nVERSION:3.0\r\nEND:VCARD\r\n").kind());
    assertEquals(CalendarKind.KIND, detect("x.txt", "begin:vcalendar\r\nEND:VCALENDAR\r\n").kind());
  }

  @Test
  void forcedKindIsLookedForAndContradictionsAreNamed() throws IOException {
    Path invitations = Inputs.write(dir, "i.csv", "From,To,Sent At,Message,Direction\n");
    Detector detector = new Detector();
    DiskFile file = new DiskFile(invitations, invitations.toString());
    Detection forced = detector.detect(file, LinkedInKinds.INVITATIONS);
    assertEquals(LinkedInKinds.INVITATIONS, forced.kind());
    assertTrue(forced.forced());
    Detection wrong = detector.detect(file, LinkedInKinds.CONNECTIONS);
    assertTrue(wrong.recognised().isEmpty());
    assertEquals(
        "no header row of a linkedin-connections file in the first 40 lines",
        English.text(wrong.note()));

    Path card = Inputs.write(dir, "c.vcf", "BEGIN:VCARD\nEND:VCARD\n");
    Detection notCsv =
        detector.detect(new DiskFile(card, card.toString()), LinkedInKinds.CONNECTIONS);
    assertEquals(
        "given as linkedin-connections, but the content is vcard", English.text(notCsv.note()));
  }

  @Test
  void tabSeparatedWinsOverCommaWhenTheHeaderHasBoth() throws IOException {
    Detection d = detect("c.tsv", "First Name\tLast Name\tCompany, Inc\tConnected On\n");
    assertEquals('\t', d.delimiter());
    assertEquals(4, d.header().size());
    assertEquals("TAB", Detection.delimiterName(d.delimiter()));
  }

  @Test
  void withKindKeepsTheRest() throws IOException {
    Detection d = detect("Rich_Media.csv", "Irgendwas,Anderes\n");
    Detection member = d.withKind(LinkedInKinds.OTHER, Message.of("cause.archive-member"));
    assertEquals(LinkedInKinds.OTHER, member.kind());
    assertEquals("part of a data archive", English.text(member.note()));
    assertEquals(d.encoding(), member.encoding());
  }
}
