package de.kontaktcharta.source.linkedin;

import de.kontaktcharta.input.table.BadDateException;
import de.kontaktcharta.input.table.Cells;
import de.kontaktcharta.input.table.ColumnMap;
import de.kontaktcharta.input.table.DateParser;
import de.kontaktcharta.input.table.Field;
import de.kontaktcharta.input.table.Row;
import de.kontaktcharta.input.table.RowCounter;
import de.kontaktcharta.input.table.RowSource;
import de.kontaktcharta.model.Message;
import de.kontaktcharta.model.NetworkEntry;
import de.kontaktcharta.model.PersonRef;
import de.kontaktcharta.model.Platform;
import de.kontaktcharta.model.Severity;
import de.kontaktcharta.source.InputSink;
import de.kontaktcharta.source.TableReader;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;

/** LinkedIn's {@code Connections.csv} in every known version (see docs/formats/linkedin.md). */
public final class LinkedInConnectionsReader implements TableReader {

  private static final Field FIRST = Field.of("first name", "first name|vorname");
  private static final Field LAST = Field.of("last name", "last name|nachname");
  private static final Field URL = Field.of("url", "url|profile url");
  private static final Field EMAIL =
      Field.of("email address", "email address|e-mail-adresse|e-mail address");
  private static final Field COMPANY = Field.of("company", "company|unternehmen");
  private static final Field POSITION = Field.of("position", "position");
  private static final Field CONNECTED = Field.of("connected on", "connected on|verbunden am");

  private final DateParser dates;

  public LinkedInConnectionsReader(DateParser dates) {
    this.dates = dates;
  }

  @Override
  public List<Field> fields() {
    return List.of(FIRST, LAST, URL, EMAIL, COMPANY, POSITION, CONNECTED);
  }

  @Override
  public void read(RowSource rows, RowCounter counter, InputSink sink) throws IOException {
    ColumnMap cols = ColumnMap.of(rows.header(), fields());
    int first = cols.index(FIRST);
    int last = cols.index(LAST);
    int url = cols.index(URL);
    int email = cols.index(EMAIL);
    int company = cols.index(COMPANY);
    int position = cols.index(POSITION);
    int connected = cols.index(CONNECTED);
    Row row;
    while ((row = rows.next()) != null) {
      PersonRef person =
          new PersonRef(
              row.get(first),
              row.get(last),
              "",
              Cells.optional(row.get(company)),
              Cells.optional(row.get(position)),
              Cells.listOf(row.get(email)),
              Cells.listOf(row.get(url)));
      if (person.isEmpty() || onlyMissingMarkers(row, connected)) {
        counter.skip(row.line(), Severity.INFO, Message.of("problem.empty-member"));
        continue;
      }
      LocalDate date = null;
      try {
        date = dates.parse(Cells.optional(row.get(connected))).orElse(null);
      } catch (DateTimeException e) {
        counter.note(
            row.line(),
            Message.of("problem.bad-date.kept", "Connected On", BadDateException.why(e)));
      }
      sink.network(
          new NetworkEntry(
              person, date, Platform.LINKEDIN, LinkedInKinds.CONNECTIONS, counter.at(row.line())));
      counter.used();
    }
  }

  /**
   * True when every cell but the date is empty or a "not available" marker: an empty-member row in
   * a copy that a spreadsheet program filled with {@code NA}. Names are otherwise kept as written,
   * since "Na" is a real family name.
   */
  private static boolean onlyMissingMarkers(Row row, int dateColumn) {
    for (int i = 0; i < row.size(); i++) {
      if (i != dateColumn && !Cells.optional(row.get(i)).isEmpty()) {
        return false;
      }
    }
    return true;
  }
}
