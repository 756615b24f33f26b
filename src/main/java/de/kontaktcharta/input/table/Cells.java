package de.kontaktcharta.input.table;

import de.kontaktcharta.model.TextFold;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** Small readings of cell values shared by the table readers. */
public final class Cells {

  private static final Pattern LIST = Pattern.compile("\\s*(?:,|;|:::)\\s*");

  /** What spreadsheet users type into empty cells. */
  private static final Set<String> MISSING = Set.of("na", "n/a", "#n/a", "-", "--", "null", "none");

  /** The longest of {@link #MISSING}: longer values (nearly all) need no lower-cased copy. */
  private static final int LONGEST_MISSING = 4;

  private Cells() {}

  /** The trimmed value, or empty when the cell holds a "not available" marker. */
  public static String optional(String value) {
    String v = TextFold.clean(value);
    return v.length() <= LONGEST_MISSING && MISSING.contains(v.toLowerCase(java.util.Locale.ROOT))
        ? ""
        : v;
  }

  /** A one-element list of the value, or an empty list when the value is empty. */
  public static List<String> listOf(String value) {
    String v = optional(value);
    return v.isEmpty() ? List.of() : List.of(v);
  }

  /** Values separated by commas, semicolons or Google's " ::: ". */
  public static List<String> split(String value) {
    String v = optional(value);
    if (v.isEmpty()) {
      return List.of();
    }
    return java.util.Arrays.stream(LIST.split(v))
        .map(Cells::optional)
        .filter(s -> !s.isEmpty())
        .toList();
  }
}
