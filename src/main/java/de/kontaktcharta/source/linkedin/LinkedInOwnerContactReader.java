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

/**
 * LinkedIn's {@code Email Addresses.csv} and {@code PhoneNumbers.csv}: the owner's own addresses
 * and numbers, by which the owner is recognised in mailboxes and chats.
 */
public final class LinkedInOwnerContactReader implements TableReader {

  private static final Field EMAIL = Field.of("e-mail", "email address");
  private static final Field NUMBER = Field.of("number", "number");

  @Override
  public List<Field> fields() {
    return List.of(EMAIL, NUMBER);
  }

  @Override
  public void read(RowSource rows, RowCounter counter, InputSink sink) throws IOException {
    ColumnMap cols = ColumnMap.of(rows.header(), fields());
    int email = cols.index(EMAIL);
    int number = cols.index(NUMBER);
    Row row;
    while ((row = rows.next()) != null) {
      String address = email < 0 ? "" : row.get(email).strip();
      String phone = number < 0 ? "" : row.get(number).strip();
      if (address.indexOf('@') <= 0 && phone.chars().filter(Character::isDigit).count() < 5) {
        counter.skip(row.line(), Message.of("problem.missing-person.owner-contact"));
        continue;
      }
      List<String> emails = address.indexOf('@') > 0 ? List.of(address) : List.of();
      List<String> phones = phone.isEmpty() ? List.of() : List.of(phone);
      sink.owner(
          new PersonRef("", "", "", "", "", emails, List.of(), phones, List.of()),
          counter.at(row.line()));
      counter.used();
    }
  }
}
