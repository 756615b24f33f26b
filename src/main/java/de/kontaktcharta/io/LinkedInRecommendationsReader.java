package de.kontaktcharta.io;

import de.kontaktcharta.model.PersonRef;
import de.kontaktcharta.model.RecommendationFact;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;

/** LinkedIn's {@code Recommendations_Received.csv}. */
final class LinkedInRecommendationsReader implements TableReader {

  private final DateParser dates;

  LinkedInRecommendationsReader(DateParser dates) {
    this.dates = dates;
  }

  @Override
  public void read(RowSource rows, RowCounter counter, InputSink sink) throws IOException {
    Header h = rows.header();
    int first = h.indexOf("first name");
    int last = h.indexOf("last name");
    int company = h.indexOf("company");
    int title = h.indexOf("job title");
    int text = h.indexOf("text");
    int created = h.indexOf("creation date");
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
        counter.skip(row.line(), "missing-person", "recommendation without the author's name");
        continue;
      }
      LocalDate day = null;
      try {
        day = dates.parse(row.get(created)).orElse(null);
      } catch (DateTimeException e) {
        counter.note(
            row.line(), "bad-date", "Creation Date: " + e.getMessage() + "; date left empty");
      }
      sink.fact(new RecommendationFact(author, row.get(text), day, counter.at(row.line())));
      counter.used();
    }
  }
}
