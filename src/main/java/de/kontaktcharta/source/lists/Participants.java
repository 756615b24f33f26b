package de.kontaktcharta.source.lists;

import static de.kontaktcharta.source.lists.ListFields.EMAIL;
import static de.kontaktcharta.source.lists.ListFields.FIRST;
import static de.kontaktcharta.source.lists.ListFields.LAST;

import de.kontaktcharta.identity.Keys;
import de.kontaktcharta.input.table.Cells;
import de.kontaktcharta.input.table.ColumnMap;
import de.kontaktcharta.input.table.Field;
import de.kontaktcharta.input.table.Row;
import de.kontaktcharta.model.PersonRef;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The people of one meeting row. A row with given and family name columns is one person; a name
 * cell may list several people, separated by semicolons, line breaks, " ::: " or, when every part
 * is a full name or an address, commas ("Max Mustermann, erika@example.de", but not "Mustermann,
 * Max"). Names and the addresses of the e-mail column pair up when their counts agree.
 */
public final class Participants {

  private static final Pattern LIST = Pattern.compile("\\s*(?:;|\\n|\\r|:::|\\|)\\s*");
  private static final Pattern COMMA = Pattern.compile("\\s*,\\s*");

  private final ColumnMap cols;
  private final Field names;
  private final PersonColumns people;

  /**
   * @param cols the table's columns
   * @param names the field of the name cells
   */
  public Participants(ColumnMap cols, Field names) {
    this.cols = cols;
    this.names = names;
    this.people = new PersonColumns(cols, names);
  }

  public List<PersonRef> of(Row row) {
    PersonRef single = people.person(row);
    if (single.isEmpty() || cols.has(FIRST) || cols.has(LAST)) {
      return single.isEmpty() ? List.of() : List.of(single);
    }
    List<PersonRef> named = new ArrayList<>();
    for (String part : split(Cells.optional(cols.get(row, names)))) {
      Matcher m = PersonColumns.NAME_AND_ADDRESS.matcher(part);
      if (m.matches()) {
        named.add(new PersonRef("", "", m.group(1).trim(), "", "", List.of(m.group(2)), List.of()));
      } else if (isAddress(part)) {
        named.add(new PersonRef("", "", "", "", "", List.of(part), List.of()));
      } else {
        named.add(PersonRef.named(part));
      }
    }
    List<String> emails = new ArrayList<>();
    cols.all(row, EMAIL).forEach(c -> emails.addAll(PersonColumns.emails(c)));
    if (named.size() + emails.size() <= 1 || named.size() == 1 && emails.size() <= 1) {
      return List.of(single);
    }
    List<PersonRef> out = new ArrayList<>();
    boolean paired = named.size() == emails.size();
    for (int i = 0; i < named.size(); i++) {
      PersonRef p = named.get(i);
      List<String> email = paired && p.emails().isEmpty() ? List.of(emails.get(i)) : p.emails();
      out.add(new PersonRef("", "", p.fullName(), single.company(), "", email, List.of()));
    }
    if (!paired) {
      for (String email : emails) {
        out.add(new PersonRef("", "", "", "", "", List.of(email), List.of()));
      }
    }
    for (String profile : single.profileUrls()) {
      out.add(PersonRef.named("", profile));
    }
    return out;
  }

  private static boolean isAddress(String text) {
    return text.indexOf('<') < 0 && Keys.forEmail(text).isPresent();
  }

  /** The names in one cell. */
  static List<String> split(String cell) {
    List<String> out = new ArrayList<>();
    for (String part : LIST.split(cell)) {
      String p = Cells.optional(part);
      if (p.isEmpty()) {
        continue;
      }
      String[] byComma = COMMA.split(p);
      boolean fullNames = byComma.length > 1;
      for (String name : byComma) {
        // "Mustermann, Max" is one name; "Max Mustermann, a@b.de" are two people
        fullNames &= name.trim().split("\\s+").length >= 2 || isAddress(name.trim());
      }
      if (fullNames) {
        for (String name : byComma) {
          out.add(name.trim());
        }
      } else {
        out.add(p);
      }
    }
    return out;
  }
}
