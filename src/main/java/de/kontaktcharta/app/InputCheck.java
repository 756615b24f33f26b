package de.kontaktcharta.app;

import de.kontaktcharta.model.InputKind;
import de.kontaktcharta.model.InputSummary;
import de.kontaktcharta.model.Message;
import de.kontaktcharta.model.Problem;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What {@code charta check} found for one input file or workbook sheet.
 *
 * @param name the file, or {@code book.xlsx!Sheet}
 * @param kind the recognised kind, or null when not recognised
 * @param format encoding, delimiter and header line, or sheet and header row
 * @param columns which column feeds which value, e.g. {@code first name <- column 1 "Vorname"}
 * @param unused the named columns that feed nothing
 * @param summary the row accounting, or null when the file was not read
 * @param problems the problems met with this input
 * @param note why the input is not recognised, else {@link Message#NONE}
 */
public record InputCheck(
    String name,
    InputKind kind,
    String format,
    List<String> columns,
    List<String> unused,
    InputSummary summary,
    List<Problem> problems,
    Message note) {

  public InputCheck {
    Objects.requireNonNull(name, "name");
    columns = List.copyOf(columns);
    unused = List.copyOf(unused);
    problems = List.copyOf(problems);
    note = note == null ? Message.NONE : note;
  }

  public Optional<InputKind> recognised() {
    return Optional.ofNullable(kind);
  }

  public Optional<InputSummary> rows() {
    return Optional.ofNullable(summary);
  }
}
