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
import de.kontaktcharta.model.PersonRef;
import de.kontaktcharta.model.RecommendationFact;
import de.kontaktcharta.source.InputSink;
import de.kontaktcharta.source.TableReader;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;

/** LinkedIn's {@code Recommendations_Received.csv}. */
public final class LinkedInRecommendationsReader implements TableReader {

  private static final Field FIRST = Field.of("first name", "first name");
  private static final Field LAST = Field.of("last name", "last name");
  private static final Field COMPANY = Field.of("company", "company");
  private static final Field TITLE = Field.of("job title", "job title");
  private static final Field TEXT = Field.of("text", "text");
  private static final Field CREATED = Field.of("creation date", "creation date");

  private final DateParser dates;

  public LinkedInRecommendationsReader(DateParser dates) {
    this.dates = dates;
  }

  @Override
  public List<Field> fields() {
    return List.of(FIRST, LAST, COMPANY, TITLE, TEXT, CREATED);
  }

  @Override
  public void read(RowSource rows, RowCounter counter, InputSink sink) throws IOException {
    ColumnMap cols = ColumnMap.of(rows.header(), fields());
    int first = cols.index(FIRST);
    int last = cols.index(LAST);
    int company = cols.index(COMPANY);
    int title = cols.index(TITLE);
    int text = cols.index(TEXT);
    int created = cols.index(CREATED);
    Row row;
    while ((row = rows.next()) != null) {
      PersonRef author =
          new PersonRef(
              row.get(first),
              row.get(last),
              "",
              Cells.optional(row.get(company)),
              Cells.optional(row.get(title)),
              List.of(),
              List.of());
      if (author.isEmpty()) {
        counter.skip(row.line(), Message.of("problem.missing-person.recommendation"));
        continue;
      }
      LocalDate day = null;
      try {
        day = dates.parse(row.get(created)).orElse(null);
      } catch (DateTimeException e) {
        counter.note(
            row.line(),
            Message.of("problem.bad-date.kept", "Creation Date", BadDateException.why(e)));
      }
      sink.fact(new RecommendationFact(author, row.get(text), day, counter.at(row.line())));
      counter.used();
    }
  }
}
