package de.kontaktcharta.input.table;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The columns of one header that feed a reader's fields. Fields are resolved in the order given and
 * a column feeds one field only, so that a broad name such as {@code Title} is left to the field
 * that asked for it first.
 */
public final class ColumnMap {

  private final Header header;
  private final Map<Field, List<Integer>> columns = new LinkedHashMap<>();
  private final boolean[] claimed;

  private ColumnMap(Header header, List<Field> fields) {
    this.header = header;
    List<String> compact = new ArrayList<>(header.size());
    for (String name : header.names()) {
      compact.add(Field.compact(name));
    }
    claimed = new boolean[compact.size()];
    for (Field field : fields) {
      columns.put(field, resolve(field, compact));
    }
  }

  public static ColumnMap of(Header header, List<Field> fields) {
    return new ColumnMap(header, fields);
  }

  private List<Integer> resolve(Field field, List<String> compact) {
    List<Integer> found = new ArrayList<>();
    for (String alias : field.aliases()) {
      for (int i = 0; i < compact.size(); i++) {
        if (!claimed[i] && !compact.get(i).isEmpty() && Field.matches(alias, compact.get(i))) {
          claimed[i] = true;
          found.add(i);
          if (!field.repeated()) {
            return found;
          }
        }
      }
    }
    found.sort(Comparator.naturalOrder());
    return found;
  }

  /** The field's first column, or -1. */
  public int index(Field field) {
    List<Integer> list = columns.getOrDefault(field, List.of());
    return list.isEmpty() ? -1 : list.get(0);
  }

  public boolean has(Field field) {
    return index(field) >= 0;
  }

  /** Every column of the field, in column order. */
  public List<Integer> indexes(Field field) {
    return columns.getOrDefault(field, List.of());
  }

  /** The header name of a column as written. */
  public String name(int index) {
    return index < 0 || index >= header.size() ? "" : header.names().get(index);
  }

  /** The value of the field's first column, empty when the table has none. */
  public String get(Row row, Field field) {
    return row.get(index(field));
  }

  /** The non-blank values of every column of the field, in column order. */
  public List<String> all(Row row, Field field) {
    List<String> values = new ArrayList<>();
    for (int i : columns.getOrDefault(field, List.of())) {
      String v = row.get(i);
      if (!v.isBlank()) {
        values.add(v);
      }
    }
    return values;
  }

  /** Which column feeds which field, in the order the fields were given. */
  public List<ColumnUse> uses() {
    List<ColumnUse> uses = new ArrayList<>();
    columns.forEach(
        (field, list) -> {
          for (int i : list) {
            uses.add(new ColumnUse(field.name(), header.names().get(i).trim(), i));
          }
        });
    return uses;
  }

  /** The named columns that feed no field. */
  public List<String> unused() {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < claimed.length; i++) {
      String name = header.names().get(i);
      if (!claimed[i] && name != null && !name.isBlank()) {
        out.add(name.trim());
      }
    }
    return out;
  }
}
