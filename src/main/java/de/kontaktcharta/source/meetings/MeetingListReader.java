package de.kontaktcharta.source.meetings;

import static de.kontaktcharta.source.lists.ListFields.COMPANY;
import static de.kontaktcharta.source.lists.ListFields.EMAIL;
import static de.kontaktcharta.source.lists.ListFields.FIRST;
import static de.kontaktcharta.source.lists.ListFields.LAST;
import static de.kontaktcharta.source.lists.ListFields.LOCATION;
import static de.kontaktcharta.source.lists.ListFields.MEETING_DATE;
import static de.kontaktcharta.source.lists.ListFields.PARTICIPANT;
import static de.kontaktcharta.source.lists.ListFields.PROFILE;
import static de.kontaktcharta.source.lists.ListFields.STATUS;
import static de.kontaktcharta.source.lists.ListFields.TITLE;

import de.kontaktcharta.input.table.Cells;
import de.kontaktcharta.input.table.ColumnMap;
import de.kontaktcharta.input.table.DateParser;
import de.kontaktcharta.input.table.Field;
import de.kontaktcharta.input.table.Row;
import de.kontaktcharta.input.table.RowCounter;
import de.kontaktcharta.input.table.RowSource;
import de.kontaktcharta.model.MeetingFact;
import de.kontaktcharta.model.Message;
import de.kontaktcharta.model.PersonRef;
import de.kontaktcharta.model.Severity;
import de.kontaktcharta.model.TextFold;
import de.kontaktcharta.source.InputSink;
import de.kontaktcharta.source.TableReader;
import de.kontaktcharta.source.lists.Participants;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A list of meetings: who (a name, e-mail or profile; several people in one cell separated by
 * semicolons or line breaks), when, and optionally a title or place. Cancelled meetings are
 * skipped.
 */
public final class MeetingListReader implements TableReader {

  private static final List<String> CANCELLED =
      List.of("abgesagt", "storniert", "ausgefallen", "cancelled", "canceled");

  private final DateParser dates;

  public MeetingListReader(DateParser dates) {
    this.dates = dates;
  }

  @Override
  public List<Field> fields() {
    return List.of(
        PARTICIPANT, FIRST, LAST, COMPANY, EMAIL, PROFILE, MEETING_DATE, TITLE, LOCATION, STATUS);
  }

  @Override
  public void read(RowSource rows, RowCounter counter, InputSink sink) throws IOException {
    ColumnMap cols = ColumnMap.of(rows.header(), fields());
    Participants participants = new Participants(cols, PARTICIPANT);
    String dateColumn = cols.name(cols.index(MEETING_DATE));
    Row row;
    while ((row = rows.next()) != null) {
      String status = TextFold.fold(cols.get(row, STATUS));
      if (CANCELLED.stream().anyMatch(status::contains)) {
        counter.skip(row.line(), Severity.INFO, Message.of("problem.meeting-cancelled"));
        continue;
      }
      List<PersonRef> people = participants.of(row);
      if (people.isEmpty()) {
        counter.skip(row.line(), Message.of("problem.missing-person.meeting"));
        continue;
      }
      Optional<LocalDate> date =
          dates.parseRequired(cols.get(row, MEETING_DATE), counter, row.line(), dateColumn);
      if (date.isEmpty()) {
        continue;
      }
      String title = Cells.optional(cols.get(row, TITLE));
      if (title.isEmpty()) {
        title = Cells.optional(cols.get(row, LOCATION));
      }
      sink.fact(new MeetingFact(people, date.get(), title, counter.at(row.line())));
      counter.used();
    }
  }
}
