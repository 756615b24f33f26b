package de.kontaktcharta.source.linkedin;

import de.kontaktcharta.input.table.ColumnMap;
import de.kontaktcharta.input.table.Field;
import de.kontaktcharta.input.table.Row;
import de.kontaktcharta.input.table.RowCounter;
import de.kontaktcharta.input.table.RowSource;
import de.kontaktcharta.model.Message;
import de.kontaktcharta.model.PersonRef;
import de.kontaktcharta.source.InputSink;
import de.kontaktcharta.source.TableReader;
import java.io.IOException;
import java.util.List;

/** LinkedIn's {@code Profile.csv}: who the archive belongs to. */
public final class LinkedInProfileReader implements TableReader {

  private static final Field FIRST = Field.of("first name", "first name");
  private static final Field LAST = Field.of("last name", "last name");
  private static final Field HEADLINE = Field.of("headline", "headline");

  @Override
  public List<Field> fields() {
    return List.of(FIRST, LAST, HEADLINE);
  }

  @Override
  public void read(RowSource rows, RowCounter counter, InputSink sink) throws IOException {
    ColumnMap cols = ColumnMap.of(rows.header(), fields());
    int first = cols.index(FIRST);
    int last = cols.index(LAST);
    int headline = cols.index(HEADLINE);
    Row row;
    while ((row = rows.next()) != null) {
      PersonRef owner =
          new PersonRef(
              row.get(first), row.get(last), "", "", row.get(headline), List.of(), List.of());
      if (owner.displayName().isEmpty()) {
        counter.skip(row.line(), Message.of("problem.missing-person.profile"));
        continue;
      }
      sink.owner(owner, counter.at(row.line()));
      counter.used();
    }
  }
}
