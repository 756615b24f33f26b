package de.kontaktcharta.source.calendar;

import de.kontaktcharta.model.InputKind;
import de.kontaktcharta.model.InputKind.Role;
import de.kontaktcharta.model.Message;
import de.kontaktcharta.source.DocumentKind;

/** iCalendar files: every event with other people in it is a meeting. */
public final class CalendarKind {

  public static final InputKind KIND = new InputKind("calendar", Role.EVIDENCE);

  public static final DocumentKind SOURCE =
      new DocumentKind(
          KIND, "BEGIN:VCALENDAR", new CalendarFileReader(), Message.of("cause.no-events"));

  private CalendarKind() {}
}
