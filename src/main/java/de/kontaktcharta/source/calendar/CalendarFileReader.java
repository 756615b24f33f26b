package de.kontaktcharta.source.calendar;

import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.io.ParseWarning;
import biweekly.io.text.ICalReader;
import biweekly.parameter.CalendarUserType;
import biweekly.parameter.ParticipationLevel;
import biweekly.parameter.ParticipationStatus;
import biweekly.property.Attendee;
import biweekly.property.Organizer;
import biweekly.util.DateTimeComponents;
import biweekly.util.ICalDate;
import de.kontaktcharta.identity.Keys;
import de.kontaktcharta.input.table.BadDateException;
import de.kontaktcharta.input.table.ColumnUse;
import de.kontaktcharta.input.table.RowCounter;
import de.kontaktcharta.input.text.TextBlocks;
import de.kontaktcharta.input.text.TextEncoding;
import de.kontaktcharta.model.MeetingFact;
import de.kontaktcharta.model.Message;
import de.kontaktcharta.model.PersonRef;
import de.kontaktcharta.model.Severity;
import de.kontaktcharta.model.SourceRef;
import de.kontaktcharta.model.TextFold;
import de.kontaktcharta.source.Detection;
import de.kontaktcharta.source.DocumentReader;
import de.kontaktcharta.source.InputSink;
import java.io.IOException;
import java.io.Reader;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * iCalendar files (Google, Outlook and Apple exports), read with biweekly one event at a time. Each
 * event with other people in it is a meeting: the organiser and every attendee who did not decline,
 * without rooms and resources. The day is the start date as the event gives it (in its own time
 * zone; UTC times in the calendar's {@code X-WR-TIMEZONE}, else the local zone). A recurring event
 * counts once, on its first occurrence: that is when the people first met, and for a series still
 * to come it is the nearest date, which is what the charter's "soon" window asks.
 */
public final class CalendarFileReader implements DocumentReader {

  /** biweekly's warnings about unknown time zone IDs: the date as written is used anyway. */
  private static final Set<Integer> TIMEZONE_WARNINGS = Set.of(37, 38);

  /** The columns {@code charta check} shows for a calendar. */
  @Override
  public List<ColumnUse> columns() {
    return List.of(
        new ColumnUse("participants", "ORGANIZER, ATTENDEE", -1),
        new ColumnUse("date", "DTSTART", -1),
        new ColumnUse("title", "SUMMARY", -1));
  }

  @Override
  public void read(Detection detection, RowCounter counter, InputSink sink) throws IOException {
    TextEncoding encoding = TextEncoding.byLabel(detection.encoding());
    Map<String, Integer> eventsOf = new HashMap<>();
    int events = 0;
    try (Reader reader = encoding.reader(detection.file().open());
        TextBlocks blocks = new TextBlocks(reader, "VEVENT", Set.of("ATTACH"))) {
      TextBlocks.Block block;
      while ((block = blocks.next()) != null) {
        List<PersonRef> people = event(block, blocks, counter, sink);
        events += people.isEmpty() ? 0 : 1;
        for (PersonRef p : people) {
          p.emails().forEach(e -> eventsOf.merge(e.toLowerCase(Locale.ROOT), 1, Integer::sum));
        }
      }
      owner(blocks.outer("X-WR-CALNAME"), eventsOf, events)
          .ifPresent(
              address ->
                  sink.owner(
                      new PersonRef("", "", "", "", "", List.of(address), List.of()),
                      SourceRef.wholeFile(counter.file())));
    }
  }

  /**
   * The calendar's owner, who is in their own meetings and no contact of their own: the address
   * Google gives as the calendar's name, else the one address in every event of three or more.
   */
  static Optional<String> owner(String calendarName, Map<String, Integer> eventsOf, int events) {
    String name = calendarName.trim();
    if (Keys.forEmail(name).isPresent() && name.indexOf(' ') < 0) {
      return Optional.of(name);
    }
    if (events < 3) {
      return Optional.empty();
    }
    List<String> inEvery =
        eventsOf.entrySet().stream()
            .filter(e -> e.getValue() == events)
            .map(Map.Entry::getKey)
            .toList();
    // two people in every event: a series with one colleague, and no telling who the owner is
    return inEvery.size() == 1 ? Optional.of(inEvery.get(0)) : Optional.empty();
  }

  /**
   * Reads one event; its participants when it was used. Kept in one piece, like a vCard's card:
   * each way an event is skipped (no date, cancelled, nobody else in it) stands beside the others.
   */
  private List<PersonRef> event(
      TextBlocks.Block block, TextBlocks blocks, RowCounter counter, InputSink sink)
      throws IOException {
    int line = block.firstLine();
    if (block.tooLarge()) {
      counter.skip(line, Message.of("problem.event-too-large"));
      return List.of();
    }
    String version = blocks.outer("VERSION").isEmpty() ? "2.0" : blocks.outer("VERSION");
    // the event alone, in a calendar of its own: two lines before the event's first line
    String text =
        "BEGIN:VCALENDAR\r\nVERSION:" + version + "\r\n" + block.text() + "END:VCALENDAR\r\n";
    VEvent event;
    try (ICalReader reader = new ICalReader(text)) {
      ICalendar calendar = reader.readNext();
      event =
          calendar == null || calendar.getEvents().isEmpty() ? null : calendar.getEvents().get(0);
      warnings(reader.getWarnings(), line, counter);
    } catch (RuntimeException e) {
      counter.skip(line, Message.of("problem.event-broken.why", String.valueOf(e.getMessage())));
      return List.of();
    }
    if (event == null) {
      counter.skip(line, Message.of("problem.event-broken"));
      return List.of();
    }
    if (!block.terminated()) {
      counter.note(
          line, Message.of("problem.event-unterminated", String.valueOf(block.lastLine())));
    }
    if (event.getStatus() != null && event.getStatus().isCancelled()) {
      counter.skip(line, Severity.INFO, Message.of("problem.event-cancelled"));
      return List.of();
    }
    if (event.getDateStart() == null || event.getDateStart().getValue() == null) {
      counter.skip(line, Message.of("problem.missing-date.event"));
      return List.of();
    }
    List<PersonRef> people = participants(event);
    if (people.isEmpty()) {
      counter.skip(line, Severity.INFO, Message.of("problem.event-without-people"));
      return List.of();
    }
    LocalDate date;
    try {
      date = day(event.getDateStart().getValue(), zone(blocks.outer("X-WR-TIMEZONE")));
    } catch (DateTimeException e) {
      counter.skip(line, Message.of("problem.bad-date", "DTSTART", BadDateException.why(e)));
      return List.of();
    }
    String title = event.getSummary() == null ? "" : TextFold.clean(event.getSummary().getValue());
    if (event.getRecurrenceRule() != null) {
      title = (title.isEmpty() ? "series" : title) + " (recurring, first on " + date + ")";
    }
    sink.fact(new MeetingFact(people, date, title, counter.at(line)));
    counter.used();
    return people;
  }

  private static void warnings(List<ParseWarning> warnings, int line, RowCounter counter) {
    for (ParseWarning w : warnings) {
      if (w.getLineNumber() == null
          || w.getCode() != null && TIMEZONE_WARNINGS.contains(w.getCode())) {
        continue;
      }
      // the event's first line is line 3 of the calendar built around it
      int at = Math.max(line, line + w.getLineNumber() - 3);
      counter.note(
          at, Message.of("problem.calendar-line", w.getMessage().replaceAll("\\s+", " ").trim()));
    }
  }

  /** The organiser and the attendees who are people and did not decline, each once. */
  static List<PersonRef> participants(VEvent event) {
    List<PersonRef> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    Organizer organizer = event.getOrganizer();
    if (organizer != null) {
      add(out, seen, organizer.getCommonName(), organizer.getEmail(), organizer.getUri());
    }
    for (Attendee a : event.getAttendees()) {
      if (a.getParticipationStatus() == ParticipationStatus.DECLINED
          || a.getParticipationLevel() == ParticipationLevel.FYI
          || a.getCalendarUserType() == CalendarUserType.ROOM
          || a.getCalendarUserType() == CalendarUserType.RESOURCE) {
        continue;
      }
      add(out, seen, a.getCommonName(), a.getEmail(), a.getUri());
    }
    return out;
  }

  private static void add(
      List<PersonRef> out, Set<String> seen, String cn, String email, String uri) {
    String address = email;
    if ((address == null || address.isBlank())
        && uri != null
        && uri.regionMatches(true, 0, "mailto:", 0, 7)) {
      address = uri.substring(7);
    }
    address = address == null ? "" : address.trim();
    String name = notesName(TextFold.clean(cn));
    if (name.indexOf('@') >= 0) {
      // Google writes the address as the name when it knows no name
      name = "";
    }
    PersonRef person =
        new PersonRef(
            "", "", name, "", "", address.isEmpty() ? List.of() : List.of(address), List.of());
    String key = address.isEmpty() ? "name:" + name : address.toLowerCase(Locale.ROOT);
    if (!person.isEmpty() && seen.add(key)) {
      out.add(person);
    }
  }

  /**
   * The person's part of a Lotus Notes hierarchical name: Notes writes {@code CN="Gary
   * Pope/Certicom"}, also with more parts ({@code Name/Org/Country}) or in canonical form ({@code
   * CN=Gary Pope/O=Certicom}); what follows the first {@code /} is the organisation.
   */
  static String notesName(String cn) {
    String name = cn;
    if (name.regionMatches(true, 0, "CN=", 0, 3)) {
      name = name.substring(3);
    }
    int slash = name.indexOf('/');
    return TextFold.clean(slash > 0 ? name.substring(0, slash) : name);
  }

  /** The start day as the event writes it; UTC times are moved into the calendar's zone first. */
  static LocalDate day(ICalDate start, ZoneId zone) {
    DateTimeComponents raw = start.getRawComponents();
    if (raw == null) {
      return start.toInstant().atZone(zone).toLocalDate();
    }
    if (raw.isUtc() && raw.hasTime()) {
      return raw.toDate().toInstant().atZone(zone).toLocalDate();
    }
    return LocalDate.of(raw.getYear(), raw.getMonth(), raw.getDate());
  }

  private static ZoneId zone(String id) {
    try {
      return id.isBlank() ? ZoneId.systemDefault() : ZoneId.of(id.trim());
    } catch (DateTimeException e) {
      return ZoneId.systemDefault();
    }
  }
}
