package de.kontaktcharta.source.lists;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.kontaktcharta.model.InteractionFact;
import de.kontaktcharta.model.MeetingFact;
import de.kontaktcharta.model.PersonRef;
import de.kontaktcharta.source.interactions.InteractionsKind;
import de.kontaktcharta.source.meetings.MeetingsKind;
import de.kontaktcharta.testing.ListFixtures;
import de.kontaktcharta.testing.ReadCapture;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MeetingAndInteractionListTest {

  @TempDir Path dir;

  private static List<String> names(MeetingFact m) {
    return m.participants().stream().map(PersonRef::displayName).toList();
  }

  @Test
  void meetingsWithSeveralPeoplePerRow() {
    Path file =
        ListFixtures.write(
            dir,
            "termine.csv",
            """
            Teilnehmer;E-Mail;Datum;Anlass;Ort;Status
            Max Mustermann, Erika Musterfrau;"max@example.com, erika@example.com";12.03.2024;Messe;Köln;
            "Mustermann, Max";;13.03.2024;;Berlin;
            Jürgen Müller <juergen@example.de>;;2024-03-14;Mittagessen;;
            Hans Meier;;15.03.2024;Workshop;;abgesagt
            Petra Schulz;;;Kaffee;;
            """);
    ReadCapture read = ReadCapture.read(file);

    assertEquals(MeetingsKind.KIND, read.detection().kind());
    List<MeetingFact> meetings = read.facts(MeetingFact.class);
    assertEquals(3, meetings.size());
    MeetingFact fair = meetings.get(0);
    assertEquals(List.of("Max Mustermann", "Erika Musterfrau"), names(fair));
    assertEquals(List.of("erika@example.com"), fair.participants().get(1).emails());
    assertEquals("Messe", fair.title());
    assertEquals(
        List.of("Max Mustermann"), names(meetings.get(1)), "\"Mustermann, Max\" read aloud");
    assertEquals("Berlin", meetings.get(1).title(), "the place when there is no title");
    assertEquals(List.of("juergen@example.de"), meetings.get(2).participants().get(0).emails());
    assertEquals(List.of("5: meeting-cancelled", "6: missing-date"), read.problemCodes());
    assertTrue(read.balanced());
  }

  @Test
  void aCellMayListAddressesAndNamesWithAddresses() {
    Path file =
        ListFixtures.write(
            dir,
            "treffen.csv",
            """
            Teilnehmer;Datum;Thema
            "x@y.de, sabine.koch@example.de";12.03.2024;Messe
            "alpha@eins.de, Zeta Sechs <zeta@sechs.de>";13.03.2024;Workshop
            """);
    List<MeetingFact> meetings = ReadCapture.read(file).facts(MeetingFact.class);
    assertEquals(
        List.of(List.of("x@y.de"), List.of("sabine.koch@example.de")),
        meetings.get(0).participants().stream().map(PersonRef::emails).toList());
    assertEquals(List.of("", "Zeta Sechs"), names(meetings.get(1)));
    assertEquals(List.of("zeta@sechs.de"), meetings.get(1).participants().get(1).emails());
  }

  @Test
  void interactionsLogWithChannelsAndDatesInSeveralShapes() {
    Path file =
        ListFixtures.write(
            dir,
            "austausch.csv",
            """
            Name,E-Mail,Kanal,Datum,Notiz
            Max Mustermann,max@example.com,E-Mail,2024-01-10,Angebot besprochen
            Max Mustermann,,Telefon,11.01.2024,
            ,,Mastodon,12.01.2024,
            Erika Musterfrau,,X/Twitter,45306,Thread über Datenschutz
            Erika Musterfrau,,Event,kein Datum,
            """);
    ReadCapture read = ReadCapture.read(file);

    assertEquals(InteractionsKind.KIND, read.detection().kind());
    List<InteractionFact> rows = read.facts(InteractionFact.class);
    assertEquals(3, rows.size());
    assertEquals("E-Mail", rows.get(0).channel());
    assertEquals(LocalDate.of(2024, 1, 11), rows.get(1).date());
    assertEquals(LocalDate.of(2024, 1, 15), rows.get(2).date(), "an Excel day number");
    assertEquals(List.of("4: missing-person", "6: bad-date"), read.problemCodes());
    assertTrue(read.balanced());
  }

  @Test
  void namesSplitOnlyWhereTheyAreLists() {
    assertEquals(List.of("Mustermann, Max"), Participants.split("Mustermann, Max"));
    assertEquals(
        List.of("Max Mustermann", "Erika Musterfrau"),
        Participants.split("Max Mustermann, Erika Musterfrau"));
    assertEquals(
        List.of("Mustermann, Max", "Musterfrau, Erika"),
        Participants.split("Mustermann, Max; Musterfrau, Erika"));
    assertEquals(List.of("A B", "C D"), Participants.split("A B\nC D"));
  }
}
