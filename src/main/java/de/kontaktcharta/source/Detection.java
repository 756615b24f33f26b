package de.kontaktcharta.source;

import de.kontaktcharta.input.file.InputFile;
import de.kontaktcharta.input.table.DateOrder;
import de.kontaktcharta.input.table.Header;
import de.kontaktcharta.model.InputKind;
import de.kontaktcharta.model.Message;
import java.util.Objects;
import java.util.Optional;

/**
 * What an input file (or one sheet of a workbook) was recognised as, and how it is to be read.
 *
 * @param file the input
 * @param kind the kind, or null when the file is not recognised
 * @param encoding the text encoding's name, empty for binary formats
 * @param delimiter the CSV delimiter, or 0 for other formats
 * @param header the header row of a table, or null
 * @param note why the file is not recognised, or how it was recognised; {@link Message#NONE} for
 *     neither
 * @param forced true when the kind was given with {@code --as}
 * @param sheet the sheet's name when the input is a workbook sheet, else null
 * @param dateOrder the order the file's slash dates show in the part detection read
 */
public record Detection(
    InputFile file,
    InputKind kind,
    String encoding,
    char delimiter,
    Header header,
    Message note,
    boolean forced,
    String sheet,
    DateOrder dateOrder) {

  public Detection {
    Objects.requireNonNull(note, "note");
  }

  /** A detection of a workbook sheet, whose dates are cells or LinkedIn's month-first text. */
  public Detection(
      InputFile file,
      InputKind kind,
      String encoding,
      char delimiter,
      Header header,
      Message note,
      boolean forced,
      String sheet) {
    this(file, kind, encoding, delimiter, header, note, forced, sheet, DateOrder.MONTH_FIRST);
  }

  /** A detection of a text file or of a whole file. */
  public Detection(
      InputFile file,
      InputKind kind,
      String encoding,
      char delimiter,
      Header header,
      Message note,
      boolean forced) {
    this(file, kind, encoding, delimiter, header, note, forced, null);
  }

  /** The note of a text document such as a README: not data, so only worth a hint. */
  public static final Message DOCUMENT = Message.of("cause.document");

  public static final Message CODE = Message.of("cause.code");

  /** True when the input is a workbook sheet that could not be read for damage. */
  public boolean isDamagedSheet() {
    return kind == null && sheet != null && note.key().equals("cause.damaged-sheet");
  }

  /** The note of a sheet that could not be read for damage, and why. */
  public static Message damaged(Message why) {
    return Message.of("cause.damaged-sheet", why);
  }

  /** True when the file is a text document rather than a table no kind fits. */
  public boolean isDocument() {
    return kind == null && (DOCUMENT.equals(note) || CODE.equals(note));
  }

  public static Detection unknown(InputFile file, String encoding, Message why) {
    return new Detection(file, null, encoding, (char) 0, null, why, false);
  }

  /** A sheet of a workbook that is not read, e.g. because it is empty. */
  public static Detection unknownSheet(InputFile file, String sheet, Message why) {
    return new Detection(file, null, "", (char) 0, null, why, false, sheet);
  }

  public Optional<InputKind> recognised() {
    return Optional.ofNullable(kind);
  }

  /** The name shown to the user: the file, or {@code book.xlsx!Sheet} for a sheet. */
  public String name() {
    return sheet == null ? file.name() : file.name() + "!" + sheet;
  }

  /** True when the input is a sheet of a workbook. */
  public boolean isSheet() {
    return sheet != null;
  }

  /** The detection with another kind, e.g. when the archive around a file shows what it is. */
  public Detection withKind(InputKind other, Message why) {
    return new Detection(file, other, encoding, delimiter, header, why, forced, sheet, dateOrder);
  }

  /** A short description: encoding, delimiter and header line, or the sheet and header row. */
  public String format() {
    if (sheet != null) {
      StringBuilder out = new StringBuilder("workbook sheet '").append(sheet).append('\'');
      if (header != null) {
        out.append(", header in row ").append(header.line());
      }
      return out.toString();
    }
    StringBuilder out = new StringBuilder(encoding);
    if (delimiter != 0) {
      out.append(", delimiter ").append(delimiterName(delimiter));
    }
    if (header != null) {
      out.append(", header in line ").append(header.line());
    }
    return out.toString();
  }

  public static String delimiterName(char delimiter) {
    return switch (delimiter) {
      case '\t' -> "TAB";
      case ',' -> "','";
      case ';' -> "';'";
      default -> "'" + delimiter + "'";
    };
  }
}
