package de.kontaktcharta.source.lists;

import static de.kontaktcharta.source.lists.ListFields.COMPANY;
import static de.kontaktcharta.source.lists.ListFields.EMAIL;
import static de.kontaktcharta.source.lists.ListFields.FIRST;
import static de.kontaktcharta.source.lists.ListFields.LAST;
import static de.kontaktcharta.source.lists.ListFields.MASTODON_ACCOUNT;
import static de.kontaktcharta.source.lists.ListFields.MIDDLE;
import static de.kontaktcharta.source.lists.ListFields.PHONE;
import static de.kontaktcharta.source.lists.ListFields.POSITION;
import static de.kontaktcharta.source.lists.ListFields.PROFILE;
import static de.kontaktcharta.source.lists.ListFields.TELEGRAM_ACCOUNT;
import static de.kontaktcharta.source.lists.ListFields.X_ACCOUNT;

import de.kontaktcharta.input.table.Cells;
import de.kontaktcharta.input.table.ColumnMap;
import de.kontaktcharta.input.table.Field;
import de.kontaktcharta.input.table.Row;
import de.kontaktcharta.model.NameParts;
import de.kontaktcharta.model.PersonRef;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the person a row of a generic list names: given, middle and family name or a full name
 * (also as "Nachname, Vorname", which the name key reorders), company, position, every e-mail
 * column (Google's {@code a@x ::: b@y} included) and the LinkedIn or XING profile links.
 */
public final class PersonColumns {

  /** {@code Max Mustermann <max@example.com>}, as mail programs write people. */
  static final Pattern NAME_AND_ADDRESS =
      Pattern.compile("^\\s*\"?([^<>\"]*?)\"?\\s*<\\s*(?:mailto:)?([^<>\\s]+@[^<>\\s]+)\\s*>\\s*$");

  private final ColumnMap cols;
  private final Field full;

  /**
   * @param cols the table's columns
   * @param full the field that holds full names in this kind of list
   */
  public PersonColumns(ColumnMap cols, Field full) {
    this.cols = cols;
    this.full = full;
  }

  /** The fields a person is read from, for a reader's field list. */
  public static List<Field> fields(Field full, boolean withPosition) {
    List<Field> fields = new ArrayList<>(List.of(FIRST, MIDDLE, LAST, full, COMPANY));
    if (withPosition) {
      fields.add(POSITION);
    }
    fields.add(EMAIL);
    fields.add(PROFILE);
    fields.add(PHONE);
    fields.addAll(List.of(X_ACCOUNT, MASTODON_ACCOUNT, TELEGRAM_ACCOUNT));
    return fields;
  }

  public PersonRef person(Row row) {
    // a middle name belongs to the given names: "Anton" "von" "Allmen" is Anton von Allmen
    String first =
        NameParts.withMiddle(
            Cells.optional(cols.get(row, FIRST)), Cells.optional(cols.get(row, MIDDLE)));
    String last = Cells.optional(cols.get(row, LAST));
    String name = Cells.optional(cols.get(row, full));
    List<String> emails = new ArrayList<>();
    Matcher m = NAME_AND_ADDRESS.matcher(name);
    if (m.matches()) {
      name = m.group(1).trim();
      emails.add(m.group(2));
    }
    for (String cell : cols.all(row, EMAIL)) {
      emails.addAll(emails(cell));
    }
    return new PersonRef(
        first,
        last,
        first.isEmpty() && last.isEmpty() ? name : "",
        Cells.optional(cols.get(row, COMPANY)),
        Cells.optional(cols.get(row, POSITION)),
        emails,
        profiles(row),
        phones(row),
        handles(row));
  }

  /**
   * The accounts of the X, Mastodon and Telegram columns, each written as its channel's account
   * ({@code x:@name}) unless the cell holds a link to the profile.
   */
  private List<String> handles(Row row) {
    List<String> out = new ArrayList<>();
    accounts(row, X_ACCOUNT, "x:", out);
    accounts(row, MASTODON_ACCOUNT, "mastodon:", out);
    accounts(row, TELEGRAM_ACCOUNT, "telegram:", out);
    return out;
  }

  private void accounts(Row row, Field field, String channel, List<String> out) {
    for (String cell : cols.all(row, field)) {
      for (String part : Cells.split(cell)) {
        String account = part.strip();
        if (!account.isEmpty()) {
          out.add(account.contains("/") ? account : channel + account);
        }
      }
    }
  }

  /** Every phone column's numbers; Google joins several in one cell with " ::: ". */
  private List<String> phones(Row row) {
    List<String> out = new ArrayList<>();
    for (String cell : cols.all(row, PHONE)) {
      for (String part : cell.split(":::|;")) {
        if (part.chars().filter(Character::isDigit).count() >= 5) {
          out.add(part.strip());
        }
      }
    }
    return out;
  }

  /** The LinkedIn and XING profiles of a row. */
  List<String> profiles(Row row) {
    List<String> out = new ArrayList<>();
    for (int i : cols.indexes(PROFILE)) {
      out.addAll(ProfileLinks.inCell(row.get(i), cols.name(i)));
    }
    return out;
  }

  /** The e-mail addresses in a cell: several separated by commas, semicolons or " ::: ". */
  public static List<String> emails(String cell) {
    List<String> out = new ArrayList<>();
    for (String part : Cells.split(cell)) {
      Matcher m = NAME_AND_ADDRESS.matcher(part);
      String address = m.matches() ? m.group(2) : part;
      if (address.regionMatches(true, 0, "mailto:", 0, 7)) {
        address = address.substring(7);
      }
      if (address.indexOf('@') > 0) {
        out.add(address.trim());
      }
    }
    return out;
  }
}
