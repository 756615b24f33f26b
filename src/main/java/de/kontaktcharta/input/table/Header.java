package de.kontaktcharta.input.table;

import de.kontaktcharta.model.TextFold;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A header row with its names normalised for lookup: trimmed, byte-order mark and quotes removed,
 * lower case, inner white space collapsed. Duplicate and empty names are allowed; lookup takes the
 * first.
 *
 * @param line the header's line in the file (1-based)
 * @param names the names as written
 */
public record Header(int line, List<String> names) {

  public Header {
    names = List.copyOf(names);
  }

  /** The normalised form of a header name. */
  public static String normalise(String name) {
    String n = TextFold.clean(name == null ? "" : name.replace("\ufeff", ""));
    if (n.length() >= 2 && n.startsWith("\"") && n.endsWith("\"")) {
      n = n.substring(1, n.length() - 1).trim();
    }
    // no-break spaces too: headers pasted from web pages or re-saved by spreadsheets carry them
    return n.toLowerCase(Locale.ROOT).replaceAll("[\\s\\u00a0\\u202f]+", " ");
  }

  /** The normalised names in column order. */
  public List<String> normalised() {
    List<String> out = new ArrayList<>(names.size());
    for (String name : names) {
      out.add(normalise(name));
    }
    return out;
  }

  /** The index of the first column with one of the names (already normalised), else -1. */
  public int indexOf(String... candidates) {
    List<String> normalised = normalised();
    for (String candidate : candidates) {
      int i = normalised.indexOf(candidate);
      if (i >= 0) {
        return i;
      }
    }
    return -1;
  }

  public boolean has(String name) {
    return indexOf(name) >= 0;
  }

  public int size() {
    return names.size();
  }
}
