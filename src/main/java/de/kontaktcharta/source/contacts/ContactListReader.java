package de.kontaktcharta.source.contacts;

import static de.kontaktcharta.source.lists.ListFields.FULL;
import static de.kontaktcharta.source.lists.ListFields.PLATFORM;
import static de.kontaktcharta.source.lists.ListFields.SINCE;

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
import de.kontaktcharta.source.InputSink;
import de.kontaktcharta.source.TableReader;
import de.kontaktcharta.source.lists.PersonColumns;
import de.kontaktcharta.source.lists.ProfileLinks;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * An address book or contact list: any CSV or sheet with name columns, Google and Outlook exports
 * included. Each row is a person in the network; a row says XING or LinkedIn when its profile link
 * or a platform column does, or when the file's name mentions XING.
 */
public final class ContactListReader implements TableReader {

  private final DateParser dates;

  public ContactListReader(DateParser dates) {
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
        counter.skip(row.line(), Message.of("problem.missing-person.contact"));
        continue;
      }
      LocalDate date = dates.parseOrNote(cols.get(row, SINCE), counter, row.line(), since);
      Platform platform =
          ProfileLinks.named(cols.get(row, PLATFORM))
              .orElse(ProfileLinks.platformOf(person.profileUrls(), fallback));
      sink.network(
          new NetworkEntry(person, date, platform, ContactsKind.KIND, counter.at(row.line())));
      counter.used();
    }
  }
}
