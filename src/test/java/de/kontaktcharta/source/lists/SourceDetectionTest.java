package de.kontaktcharta.source.lists;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.kontaktcharta.input.table.ColumnMap;
import de.kontaktcharta.input.table.Field;
import de.kontaktcharta.input.table.Header;
import de.kontaktcharta.model.InputKind;
import de.kontaktcharta.source.calendar.CalendarKind;
import de.kontaktcharta.source.crm.CrmKind;
import de.kontaktcharta.source.interactions.InteractionsKind;
import de.kontaktcharta.source.meetings.MeetingsKind;
import de.kontaktcharta.source.vcard.VCardKind;
import de.kontaktcharta.testing.ListFixtures;
import de.kontaktcharta.testing.ReadCapture;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which header makes which kind: the generic lists next to LinkedIn's own files. */
class SourceDetectionTest {

  @TempDir Path dir;

  private InputKind kindOf(String header, InputKind forced) {
    Path file = ListFixtures.write(dir, "input.csv", header + "\nx,y,z\n");
    return ReadCapture.read(file, forced).detection().kind();
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "First Name,Last Name,URL,Email Address,Company,Position,Connected On | linkedin-connections",
        "From,To,Sent At,Message,Direction | linkedin-invitations",
        "Vorname;Nachname;Firma;E-Mail | contacts",
        "Name,E-Mail | contacts",
        "\"Title\",\"First Name\",\"Middle Name\",\"Last Name\",\"Company\",\"Job Title\" | contacts",
        "Name,Given Name,Additional Name,Family Name,Group Membership,E-mail 1 - Value | contacts",
        "First Name,Middle Name,Last Name,Organization Name,Labels,E-mail 1 - Value | contacts",
        "first_name;last_name;company | contacts",
        "Firma;Ansprechpartner;Status;Letzter Kontakt | crm",
        "Vorname,Nachname,Firma,Beziehung | crm",
        "First Name,Last Name,Email,Company,Lead Status,Source | crm",
        "Von;Datum;Nachricht | invitations",
        "From,Date,Message,Direction | invitations",
        "Name;Datum;Nachricht | invitations",
        "Absender;Einladungstext | invitations",
        "\"Anrede\";\"Vorname\";\"Nachname\";\"Firma\";\"Position\";\"E-Mail-Adresse\";\"E-Mail 2: Adresse\" | contacts",
        "First Name,Last Name,Display Name,Primary Email,Secondary Email,Job Title,Organization,Web Page 1 | contacts",
        "First Name,Last Name,Email,Company Name,Lifecycle Stage,Lead Status,Last Activity Date | crm",
        "Name,Organization,Email,Label | crm",
        "Teilnehmer;Datum;Anlass | meetings",
        "E-Mail,Datum,Betreff | meetings",
        "Name;Kanal;Datum;Notiz | interactions",
        "Name,Email,Channel,Date,Note | interactions",
        "Date,Status,FullName | linkedin-other",
        "Source,FirstName,LastName,Companies,Title,Emails,PhoneNumbers,CreatedAt,Addresses,Sites,"
            + "InstantMessageHandles,FullName | linkedin-other",
      })
  void headerGivesKind(String header, String kind) {
    assertEquals(kind, kindOf(header, null).code());
  }

  @Test
  void unknownTableIsNotGuessed() {
    assertNull(kindOf("Monat,Umsatz,Kosten", null));
  }

  @Test
  void looseHeadersCountOnlyWhenTheKindIsGiven() {
    assertNull(kindOf("Name,Datum", null));
    assertEquals(MeetingsKind.KIND, kindOf("Name,Datum", MeetingsKind.KIND));
    assertEquals(InteractionsKind.KIND, kindOf("Name,Datum", InteractionsKind.KIND));
    assertEquals(CrmKind.KIND, kindOf("Firma,Umsatz", CrmKind.KIND));
  }

  @Test
  void vcardAndCalendarMarkersWinOverTheirNames() {
    Path vcf =
        ListFixtures.write(
            dir, "notes.txt", "\uFEFF\nBEGIN:VCARD\nVERSION:3.0\nFN:A B\nEND:VCARD\n");
    Path ics = ListFixtures.write(dir, "x.csv", "BEGIN:VCALENDAR\nVERSION:2.0\nEND:VCALENDAR\n");

    assertEquals(VCardKind.KIND, ReadCapture.read(vcf).detection().kind());
    assertEquals(CalendarKind.KIND, ReadCapture.read(ics).detection().kind());
    assertNull(ReadCapture.read(ics, VCardKind.KIND).detection().kind());
  }

  @Test
  void headerNamesCompareByLettersAndDigits() {
    assertEquals("emailadresse", Field.compact("E-Mail-Adresse"));
    assertEquals("empfaenger", Field.compact("Empfänger"));
    assertTrue(Field.matches("email*value", "email12value"));
    assertFalse(Field.matches("email*value", "emailvalue"));
    assertFalse(Field.matches("email*value", "emailxvalue"));
    assertTrue(ListFields.FIRST.accepts(Field.compact("FirstName")));
  }

  @Test
  void aColumnFeedsOneFieldAndRepeatedFieldsTakeEveryColumn() {
    Header header =
        new Header(
            1, List.of("Title", "First Name", "Job Title", "E-mail Address", "E-mail 2 Address"));
    ColumnMap map =
        ColumnMap.of(header, List.of(ListFields.FIRST, ListFields.POSITION, ListFields.EMAIL));

    assertEquals(2, map.index(ListFields.POSITION), "Job Title before the salutation");
    assertEquals(List.of(3, 4), map.indexes(ListFields.EMAIL));
    assertEquals(List.of("Title"), map.unused());
    assertEquals("first name <- column 2 \"First Name\"", map.uses().get(0).toString());
  }
}
