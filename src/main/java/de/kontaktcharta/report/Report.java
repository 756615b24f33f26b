package de.kontaktcharta.report;

import java.util.List;
import java.util.Optional;

/**
 * A finished report, laid out and translated, ready for a writer.
 *
 * @param language the language code ({@code de} or {@code en})
 * @param datePattern the display pattern of date cells in spreadsheet notation
 * @param truncationNote what a cut-off cell ends with; {@code {0}} is the original length
 * @param sheets the sheets in order
 */
public record Report(
    String language, String datePattern, String truncationNote, List<Sheet> sheets) {

  public Report {
    sheets = List.copyOf(sheets);
  }

  public Optional<Sheet> sheet(SheetKind kind) {
    return sheets.stream().filter(s -> s.kind() == kind).findFirst();
  }
}
