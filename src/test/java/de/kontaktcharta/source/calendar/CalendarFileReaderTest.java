package de.kontaktcharta.source.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.kontaktcharta.model.MeetingFact;
import de.kontaktcharta.model.PersonRef;
import de.kontaktcharta.testing.ReadCapture;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CalendarFileReaderTest {

  @TempDir Path dir;

  private ReadCapture read(String name, String ics) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, ics.replace("\n", "\r\n"), StandardCharsets.UTF_8);
    return ReadCapture.read(file);
  }

  private static List<String> emails(MeetingFact m) {
    return m.participants().stream().flatMap(p -> p.emails().stream()).toList();
  }

  @Test
  void googleExportWithUtcTimesAndAttendeesWithoutNames() throws IOException {
    ReadCapture read =
        read(
            "google.ics",
            """
            BEGIN:VCALENDAR
            PRODID:-//Google Inc//Google Calendar 70.9054//EN
            VERSION:2.0
            CALSCALE:GREGORIAN
            X-WR-CALNAME:owner@example.com
            X-WR-TIMEZONE:Europe/Berlin
            BEGIN:VEVENT
            DTSTART:20240314T230000Z
            DTEND:20240314T233000Z
            DTSTAMP:20240401T101010Z
            ORGANIZER;CN=owner@example.com:mailto:owner@example.com
            UID:abc123@google.com
            ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=max@example.
             com;X-NUM-GUESTS=0:mailto:max@example.com
            ATTENDEE;CUTYPE=RESOURCE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Raum Berl
             in;X-NUM-GUESTS=0:mailto:c_188@resource.calendar.google.com
            ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=DECLINED;CN=Erika Mu
             sterfrau;X-NUM-GUESTS=0:mailto:erika@example.com
            SUMMARY:Spätes Gespräch
            STATUS:CONFIRMED
            END:VEVENT
            END:VCALENDAR
            """);

    assertEquals(CalendarKind.KIND, read.detection().kind());
    MeetingFact m = read.facts(MeetingFact.class).get(0);
    // 23:00 UTC is the next day in the calendar's own zone
    assertEquals(LocalDate.of(2024, 3, 15), m.date());
    assertEquals(List.of("owner@example.com", "max@example.com"), emails(m));
    assertTrue(m.participants().stream().allMatch(p -> p.displayName().isEmpty()));
    assertEquals("Spätes Gespräch", m.title());
    assertEquals(7, m.source().line());
    assertEquals(
        List.of(List.of("owner@example.com")),
        read.owners.stream().map(PersonRef::emails).toList(),
        "Google names the calendar by its owner's address");
  }

  @Test
  void theOneAddressInEveryEventIsTheOwners() {
    Map<String, Integer> eventsOf = Map.of("me@example.com", 4, "max@example.com", 2);
    assertEquals(Optional.of("me@example.com"), CalendarFileReader.owner("Kalender", eventsOf, 4));
    assertEquals(Optional.empty(), CalendarFileReader.owner("", eventsOf, 5));
    assertEquals(
        Optional.empty(),
        CalendarFileReader.owner("", Map.of("me@example.com", 4, "max@example.com", 4), 4),
        "two people in every event: nobody can tell which is the owner");
    assertEquals(Optional.empty(), CalendarFileReader.owner("", eventsOf, 2), "too few events");
  }

  @Test
  void outlookExportWithWindowsTimeZoneNamesAndQuotedNames() throws IOException {
    ReadCapture read =
        read(
            "outlook.ics",
            """
            BEGIN:VCALENDAR
            PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
            VERSION:2.0
            METHOD:PUBLISH
            BEGIN:VTIMEZONE
            TZID:W. Europe Standard Time
            BEGIN:STANDARD
            DTSTART:16011028T030000
            RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10
            TZOFFSETFROM:+0200
            TZOFFSETTO:+0100
            END:STANDARD
            END:VTIMEZONE
            BEGIN:VEVENT
            ATTENDEE;CN="Mustermann, Max";RSVP=TRUE:mailto:max@example.com
            ATTENDEE;CN=Info;ROLE=NON-PARTICIPANT:mailto:info@example.com
            CLASS:PUBLIC
            DTSTART;TZID=W. Europe Standard Time:20240610T093000
            DTEND;TZID=W. Europe Standard Time:20240610T103000
            ORGANIZER;CN=Owner:mailto:owner@example.com
            SUMMARY;LANGUAGE=de-de:Projektstart
            RRULE:FREQ=WEEKLY;COUNT=10;BYDAY=MO
            UID:040000008200E00074C5B7101A82E008
            END:VEVENT
            BEGIN:VEVENT
            DTSTART;VALUE=DATE:20240701
            SUMMARY:Urlaub
            END:VEVENT
            BEGIN:VEVENT
            DTSTART;VALUE=DATE:20240702
            SUMMARY:Abgesagt
            STATUS:CANCELLED
            ORGANIZER;CN=Owner:mailto:owner@example.com
            END:VEVENT
            END:VCALENDAR
            """);

    List<MeetingFact> meetings = read.facts(MeetingFact.class);
    assertEquals(1, meetings.size());
    MeetingFact m = meetings.get(0);
    assertEquals(LocalDate.of(2024, 6, 10), m.date());
    assertEquals("Projektstart (recurring, first on 2024-06-10)", m.title());
    PersonRef max = m.participants().get(1);
    assertEquals("Mustermann, Max", max.fullName(), "as written");
    assertEquals("Max Mustermann", max.displayName(), "as read aloud");
    assertEquals(2, m.participants().size(), "the non-participant is left out");
    assertEquals(List.of("25: event-without-people", "29: event-cancelled"), read.problemCodes());
    assertEquals(3, read.summary().rowsRead());
    assertTrue(read.balanced());
  }

  @Test
  void appleExportWithAllDayEventAndABrokenLine() throws IOException {
    ReadCapture read =
        read(
            "apple.ics",
            """
            BEGIN:VCALENDAR
            VERSION:2.0
            PRODID:-//Apple Inc.//macOS 14.4//EN
            BEGIN:VEVENT
            DTSTART;VALUE=DATE:20241224
            DTEND;VALUE=DATE:20241225
            SUMMARY:Besuch bei Jürgen
            ATTENDEE;CN=Jürgen Müller;PARTSTAT=ACCEPTED:mailto:juergen@example.de
            this line is broken
            X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC
            END:VEVENT
            BEGIN:VEVENT
            SUMMARY:Ohne Datum
            ATTENDEE;CN=Jürgen Müller:mailto:juergen@example.de
            END:VEVENT
            END:VCALENDAR
            """);

    MeetingFact m = read.facts(MeetingFact.class).get(0);
    assertEquals(LocalDate.of(2024, 12, 24), m.date());
    assertEquals("Jürgen Müller", m.participants().get(0).displayName());
    assertEquals(List.of("9: calendar-line", "12: missing-date"), read.problemCodes());
    assertTrue(read.balanced());
  }
}
