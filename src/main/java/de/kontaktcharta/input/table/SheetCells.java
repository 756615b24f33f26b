package de.kontaktcharta.input.table;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;

/**
 * Cell values as text, the way the table readers expect them: numbers as Excel shows them, and date
 * cells as ISO dates whatever their display format, so that {@code 14.03.2024}, {@code 3/14/24} and
 * {@code 14-Mar-24} cells all read as one date.
 */
final class SheetCells {

  private static final DateTimeFormatter DATE_TIME =
      DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm");
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

  private final DataFormatter formatter = new DataFormatter(Locale.ROOT);
  private final boolean date1904;

  SheetCells(boolean date1904) {
    this.date1904 = date1904;
    formatter.setUseCachedValuesForFormulaCells(true);
  }

  DataFormatter formatter() {
    return formatter;
  }

  /** A numeric cell with its number format. */
  String number(double value, int formatIndex, String formatString) {
    if (formatString != null
        && DateUtil.isADateFormat(formatIndex, formatString)
        && DateUtil.isValidExcelDate(value)) {
      return date(value);
    }
    return formatter.formatRawCellContents(value, formatIndex, formatString, date1904);
  }

  /** An Excel day number as ISO date, with the time when it has one; a bare time as HH:mm. */
  String date(double serial) {
    LocalDateTime t = DateUtil.getLocalDateTime(serial, date1904);
    if (serial < 1) {
      return t.format(TIME);
    }
    if (t.toLocalTime().toSecondOfDay() == 0) {
      return t.toLocalDate().toString();
    }
    return t.format(DATE_TIME);
  }
}
