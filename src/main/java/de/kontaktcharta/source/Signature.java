package de.kontaktcharta.source;

import de.kontaktcharta.input.table.Field;
import de.kontaktcharta.model.InputKind;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * How a table kind is recognised from its header: every group of alternative column names must be
 * present (compared in the compact form of {@link Field#compact}).
 *
 * @param kind the kind it reveals
 * @param required groups of alternative compact names, all of which must match
 * @param weight breaks ties: the more specific signature wins
 * @param exact true when the header must consist of the required names only
 * @param forcedOnly true for looser signatures that only count when the user named the kind with
 *     {@code --as}, e.g. a customer list without a relation column
 */
public record Signature(
    InputKind kind, List<Set<String>> required, int weight, boolean exact, boolean forcedOnly) {

  public Signature {
    required = List.copyOf(required);
  }

  public static Signature of(InputKind kind, int weight, String... groups) {
    return of(kind, weight, false, List.of(groups));
  }

  public static Signature of(InputKind kind, int weight, boolean exact, List<String> groups) {
    List<Set<String>> sets = new ArrayList<>();
    for (String group : groups) {
      Set<String> names = new LinkedHashSet<>();
      for (String name : group.split("\\|")) {
        names.add(Field.compact(name));
      }
      sets.add(names);
    }
    return new Signature(kind, sets, weight, exact, false);
  }

  /** A signature whose groups are the names of reader fields. */
  public static Signature ofFields(InputKind kind, int weight, List<List<Field>> groups) {
    return new Signature(kind, fieldGroups(groups), weight, false, false);
  }

  /** A looser signature for {@code --as KIND=FILE} only. */
  public static Signature forcedOnly(InputKind kind, List<List<Field>> groups) {
    return new Signature(kind, fieldGroups(groups), 0, false, true);
  }

  private static List<Set<String>> fieldGroups(List<List<Field>> groups) {
    List<Set<String>> sets = new ArrayList<>();
    for (List<Field> group : groups) {
      Set<String> names = new LinkedHashSet<>();
      group.forEach(f -> names.addAll(f.aliases()));
      sets.add(names);
    }
    return sets;
  }

  /** True when every required group has a column in the header (compact names). */
  public boolean matches(Set<String> header) {
    if (exact && header.size() != required.size()) {
      return false;
    }
    for (Set<String> group : required) {
      if (!anyIn(group, header)) {
        return false;
      }
    }
    return true;
  }

  private static boolean anyIn(Set<String> group, Set<String> header) {
    for (String name : group) {
      if (name.indexOf('*') < 0) {
        if (header.contains(name)) {
          return true;
        }
        continue;
      }
      for (String column : header) {
        if (Field.matches(name, column)) {
          return true;
        }
      }
    }
    return false;
  }

  /** The score of a match: the number of required groups times ten plus the weight. */
  public int score() {
    return required.size() * 10 + weight;
  }
}
