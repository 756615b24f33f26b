package de.kontaktcharta.io;

import static de.kontaktcharta.io.ListFields.FULL;
import static de.kontaktcharta.io.ListFields.PLATFORM;
import static de.kontaktcharta.io.ListFields.SINCE;

import de.kontaktcharta.model.InputKind;
import de.kontaktcharta.model.NetworkEntry;
import de.kontaktcharta.model.PersonRef;
import de.kontaktcharta.model.Platform;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * An address book or contact list: any CSV or sheet with name columns, Google and Outlook exports
 * included. Each row is a person in the network; a row says XING or LinkedIn when its profile link
 * or a platform column does, or when the file's name mentions XING.
 */
final class ContactListReader implements TableReader {

  private final DateParser dates;

  ContactListReader(DateParser dates) {
    this.dates = dates;
  }

  @Override
  public List<Field> fields() {
    List<Field> fields = new ArrayList<>(PersonColumns.fields(FULL, true));
    fields.add(SINCE);
    fields.add(PLATFORM);
    return fields;
  }

  @Override
  public void read(RowSource rows, RowCounter counter, InputSink sink) throws IOException {
    ColumnMap cols = ColumnMap.of(rows.header(), fields());
    PersonColumns people = new PersonColumns(cols, FULL);
    Platform fallback = ProfileLinks.named(counter.file()).orElse(Platform.OTHER);
    String since = cols.name(cols.index(SINCE));
    Row row;
    while ((row = rows.next()) != null) {
      PersonRef person = people.person(row);
      if (person.isEmpty()) {
        counter.skip(
            row.line(), "missing-person", "row without a name, e-mail or usable profile link");
        continue;
      }
      LocalDate date = dates.parseOrNote(cols.get(row, SINCE), counter, row.line(), since);
      Platform platform =
          ProfileLinks.named(cols.get(row, PLATFORM))
              .orElse(ProfileLinks.platformOf(person.profileUrls(), fallback));
      sink.network(
          new NetworkEntry(person, date, platform, InputKind.CONTACTS, counter.at(row.line())));
      counter.used();
    }
  }
}
