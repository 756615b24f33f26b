package de.kontaktcharta.io;

import de.kontaktcharta.model.PersonRef;
import java.io.IOException;
import java.util.List;

/** LinkedIn's {@code Profile.csv}: who the archive belongs to. */
final class LinkedInProfileReader implements TableReader {

  @Override
  public void read(RowSource rows, RowCounter counter, InputSink sink) throws IOException {
    Header h = rows.header();
    int first = h.indexOf("first name");
    int last = h.indexOf("last name");
    int headline = h.indexOf("headline");
    Row row;
    while ((row = rows.next()) != null) {
      PersonRef owner =
          new PersonRef(
              row.get(first), row.get(last), "", "", row.get(headline), List.of(), List.of());
      if (owner.displayName().isEmpty()) {
        counter.skip(row.line(), "missing-person", "profile row without a name");
        continue;
      }
      sink.owner(owner, counter.at(row.line()));
      counter.used();
    }
  }
}
