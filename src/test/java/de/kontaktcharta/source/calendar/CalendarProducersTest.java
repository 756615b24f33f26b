package de.kontaktcharta.source.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.kontaktcharta.model.MeetingFact;
import de.kontaktcharta.model.PersonRef;
import de.kontaktcharta.testing.Producers;
import de.kontaktcharta.testing.ReadCapture;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Calendars as Lotus Notes, Google, Outlook, GroupWise and Apple export them. */
class CalendarProducersTest {

  private static MeetingFact onlyMeeting(String name) {
    ReadCapture read = ReadCapture.read(Producers.file("calendar/" + name));
    assertEquals(CalendarKind.KIND, read.detection().kind());
    assertTrue(read.balanced(), read.problems::toString);
    List<MeetingFact> meetings = read.facts(MeetingFact.class);
    assertEquals(1, meetings.size(), meetings::toString);
    return meetings.get(0);
  }

  private static List<String> shown(MeetingFact meeting) {
    return meeting.participants().stream().map(PersonRef::shownName).toList();
  }

  @Test
  void lotusNotesNamesKeepTheNamePartWithoutTheOrganisation() {
    MeetingFact meeting = onlyMeeting("lotus-notes-cn-with-org.ics");

    assertEquals(LocalDate.of(2026, 3, 12), meeting.date());
    assertEquals(
        List.of("Katrin Albers", "Thomas Brandt", "j.mueller@beispiel.de"), shown(meeting));
    assertEquals(List.of("thomas.brandt@beispiel.de"), meeting.participants().get(1).emails());
  }

  @Test
  void notesNamesInEveryFormTheyComeIn() {
    assertEquals("Gary Pope", CalendarFileReader.notesName("Gary Pope/Certicom"));
    assertEquals("Thomas Brandt", CalendarFileReader.notesName("Thomas Brandt/Beispiel Handel/DE"));
    assertEquals("Gary Pope", CalendarFileReader.notesName("CN=Gary Pope/O=Certicom"));
    assertEquals("Gary Pope", CalendarFileReader.notesName("cn=Gary Pope"));
    assertEquals("Voß, Günter", CalendarFileReader.notesName("Voß, Günter"));
    assertEquals("/Certicom", CalendarFileReader.notesName("/Certicom"), "no name part to keep");
  }

  @Test
  void googleCalendarLeavesOutTheDeclinedAndTheRoomAndNamesItsOwner() {
    ReadCapture read = ReadCapture.read(Producers.file("calendar/google-calendar.ics"));
    MeetingFact meeting = read.facts(MeetingFact.class).get(0);

    assertEquals(LocalDate.of(2026, 4, 15), meeting.date());
    assertEquals(List.of("Katrin Albers", "anna.becker@steuer-markt.example"), shown(meeting));
    assertEquals(List.of(List.of("katrin.albers@gmail.example")), emails(read.owners));
  }

  @Test
  void outlookGroupWiseAndAppleMeetingsWithTheirOneGuest() {
    MeetingFact outlook = onlyMeeting("outlook-windows-tz.ics");
    assertEquals(LocalDate.of(2026, 3, 20), outlook.date());
    assertEquals("Günter Voß", outlook.participants().get(0).displayName());

    MeetingFact groupwise = onlyMeeting("groupwise-tz.ics");
    assertEquals(LocalDate.of(2026, 3, 18), groupwise.date());
    assertTrue(shown(groupwise).contains("Claudia Neumann"), shown(groupwise)::toString);

    MeetingFact apple = onlyMeeting("apple-calendar.ics");
    assertEquals(LocalDate.of(2026, 3, 5), apple.date());
    assertTrue(shown(apple).contains("Eva Roth"), shown(apple)::toString);
  }

  private static List<List<String>> emails(List<PersonRef> people) {
    return people.stream().map(PersonRef::emails).toList();
  }
}
