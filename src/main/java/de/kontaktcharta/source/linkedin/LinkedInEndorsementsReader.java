package de.kontaktcharta.source.linkedin;

import de.kontaktcharta.input.table.BadDateException;
import de.kontaktcharta.input.table.Cells;
import de.kontaktcharta.input.table.ColumnMap;
import de.kontaktcharta.input.table.DateParser;
import de.kontaktcharta.input.table.Field;
import de.kontaktcharta.input.table.Row;
import de.kontaktcharta.input.table.RowCounter;
import de.kontaktcharta.input.table.RowSource;
import de.kontaktcharta.model.EndorsementFact;
import de.kontaktcharta.model.Message;
import de.kontaktcharta.model.PersonRef;
import de.kontaktcharta.model.Severity;
import de.kontaktcharta.model.TextFold;
import de.kontaktcharta.source.InputSink;
import de.kontaktcharta.source.TableReader;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/** LinkedIn's endorsements received, with or without the endorser's URL (2022 had none). */
public final class LinkedInEndorsementsReader implements TableReader {

  private static final Field DATE = Field.of("endorsement date", "endorsement date");
  private static final Field SKILL = Field.of("skill name", "skill name");
  private static final Field FIRST = Field.of("endorser first name", "endorser first name");
  private static final Field LAST = Field.of("endorser last name", "endorser last name");
  private static final Field URL = Field.of("endorser public url", "endorser public url");
  private static final Field STATUS = Field.of("endorsement status", "endorsement status");

  private final DateParser dates;

  public LinkedInEndorsementsReader(DateParser dates) {
    this.dates = dates;
  }

  @Override
  public List<Field> fields() {
    return List.of(DATE, SKILL, FIRST, LAST, URL, STATUS);
  }

  @Override
  public void read(RowSource rows, RowCounter counter, InputSink sink) throws IOException {
    ColumnMap cols = ColumnMap.of(rows.header(), fields());
    int date = cols.index(DATE);
    int skill = cols.index(SKILL);
    int first = cols.index(FIRST);
    int last = cols.index(LAST);
    int url = cols.index(URL);
    int status = cols.index(STATUS);
    Row row;
    while ((row = rows.next()) != null) {
      String state = TextFold.clean(row.get(status)).toLowerCase(Locale.ROOT);
      if (!state.isEmpty() && !state.equals("accepted")) {
        counter.skip(
            row.line(), Severity.INFO, Message.of("problem.endorsement-status", row.get(status)));
        continue;
      }
      PersonRef endorser =
          new PersonRef(
              row.get(first),
              row.get(last),
              "",
              "",
              "",
              java.util.List.of(),
              Cells.listOf(row.get(url)));
      if (endorser.isEmpty()) {
        counter.skip(row.line(), Message.of("problem.missing-person.endorsement"));
        continue;
      }
      LocalDate day = null;
      try {
        day = dates.parse(row.get(date)).orElse(null);
      } catch (DateTimeException e) {
        counter.note(
            row.line(),
            Message.of("problem.bad-date.kept", "Endorsement Date", BadDateException.why(e)));
      }
      sink.fact(new EndorsementFact(endorser, row.get(skill), day, counter.at(row.line())));
      counter.used();
    }
  }
}
