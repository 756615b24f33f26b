package de.kontaktcharta.source.interactions;

import static de.kontaktcharta.source.lists.ListFields.CHANNEL;
import static de.kontaktcharta.source.lists.ListFields.MEETING_DATE;
import static de.kontaktcharta.source.lists.ListFields.NOTE;
import static de.kontaktcharta.source.lists.ListFields.PARTICIPANT;

import de.kontaktcharta.input.table.Cells;
import de.kontaktcharta.input.table.ColumnMap;
import de.kontaktcharta.input.table.DateParser;
import de.kontaktcharta.input.table.Field;
import de.kontaktcharta.input.table.Row;
import de.kontaktcharta.input.table.RowCounter;
import de.kontaktcharta.input.table.RowSource;
import de.kontaktcharta.model.InteractionFact;
import de.kontaktcharta.model.Message;
import de.kontaktcharta.model.PersonRef;
import de.kontaktcharta.source.InputSink;
import de.kontaktcharta.source.TableReader;
import de.kontaktcharta.source.lists.PersonColumns;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A log of exchanges on other channels (e-mail, phone, X/Twitter, Mastodon, events): one row per
 * exchange with the person, the channel and the date, and an optional note. The charter counts them
 * per person within its window.
 */
public final class InteractionLogReader implements TableReader {

  private final DateParser dates;

  public InteractionLogReader(DateParser dates) {
    this.dates = dates;
  }

  @Override
  public List<Field> fields() {
    List<Field> fields = new ArrayList<>(PersonColumns.fields(PARTICIPANT, false));
    fields.add(MEETING_DATE);
    fields.add(CHANNEL);
    fields.add(NOTE);
    return fields;
  }

  @Override
  public void read(RowSource rows, RowCounter counter, InputSink sink) throws IOException {
    ColumnMap cols = ColumnMap.of(rows.header(), fields());
    PersonColumns people = new PersonColumns(cols, PARTICIPANT);
    String dateColumn = cols.name(cols.index(MEETING_DATE));
    Row row;
    while ((row = rows.next()) != null) {
      PersonRef person = people.person(row);
      if (person.isEmpty()) {
        counter.skip(row.line(), Message.of("problem.missing-person.interaction"));
        continue;
      }
      Optional<LocalDate> date =
          dates.parseRequired(cols.get(row, MEETING_DATE), counter, row.line(), dateColumn);
      if (date.isEmpty()) {
        continue;
      }
      sink.fact(
          new InteractionFact(
              person,
              Cells.optional(cols.get(row, CHANNEL)),
              date.get(),
              cols.get(row, NOTE),
              counter.at(row.line())));
      counter.used();
    }
  }
}
