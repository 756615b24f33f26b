package de.kontaktcharta.io;

import de.kontaktcharta.model.EndorsementFact;
import de.kontaktcharta.model.PersonRef;
import de.kontaktcharta.model.Severity;
import de.kontaktcharta.model.TextFold;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;

/** LinkedIn's endorsements received, with or without the endorser's URL (2022 had none). */
final class LinkedInEndorsementsReader implements TableReader {

  private final DateParser dates;

  LinkedInEndorsementsReader(DateParser dates) {
    this.dates = dates;
  }

  @Override
  public void read(RowSource rows, RowCounter counter, InputSink sink) throws IOException {
    Header h = rows.header();
    int date = h.indexOf("endorsement date");
    int skill = h.indexOf("skill name");
    int first = h.indexOf("endorser first name");
    int last = h.indexOf("endorser last name");
    int url = h.indexOf("endorser public url");
    int status = h.indexOf("endorsement status");
    Row row;
    while ((row = rows.next()) != null) {
      String state = TextFold.clean(row.get(status)).toLowerCase(Locale.ROOT);
      if (!state.isEmpty() && !state.equals("accepted")) {
        counter.skip(
            row.line(),
            Severity.INFO,
            "endorsement-status",
            "endorsement with status '" + row.get(status) + "' not counted");
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
        counter.skip(row.line(), "missing-person", "endorsement without the endorser's name");
        continue;
      }
      LocalDate day = null;
      try {
        day = dates.parse(row.get(date)).orElse(null);
      } catch (DateTimeException e) {
        counter.note(
            row.line(), "bad-date", "Endorsement Date: " + e.getMessage() + "; date left empty");
      }
      sink.fact(new EndorsementFact(endorser, row.get(skill), day, counter.at(row.line())));
      counter.used();
    }
  }
}
