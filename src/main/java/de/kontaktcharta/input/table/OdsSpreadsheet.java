package de.kontaktcharta.input.table;

import com.github.miachm.sods.OfficeCurrency;
import com.github.miachm.sods.OfficePercentage;
import com.github.miachm.sods.Range;
import com.github.miachm.sods.Sheet;
import com.github.miachm.sods.SpreadSheet;
import de.kontaktcharta.input.file.InputFile;
import de.kontaktcharta.model.Message;
import de.kontaktcharta.model.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * An OpenDocument spreadsheet (.ods), as LibreOffice saves one, read with SODS. SODS reads the
 * whole workbook at once, there is no streaming ODF reader that is kept up; a list of 30,000 rows
 * takes some seconds and a few dozen MB. Cells come back as the table readers expect them: dates as
 * ISO dates, whole numbers without a decimal point, formulas as their stored values.
 */
final class OdsSpreadsheet implements Spreadsheet {

  /** The media type a spreadsheet's {@code mimetype} entry names. */
  static final String MEDIA_TYPE = "application/vnd.oasis.opendocument.spreadsheet";

  private static final DateTimeFormatter DATE_TIME =
      DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm");

  private final List<Sheet> sheets;

  private OdsSpreadsheet(List<Sheet> sheets) {
    this.sheets = sheets;
  }

  static OdsSpreadsheet open(InputFile file) throws IOException {
    try (InputStream in = file.open()) {
      return new OdsSpreadsheet(new SpreadSheet(in).getSheets());
    } catch (RuntimeException e) {
      // SODS (its SodsException included) says little of what went wrong; kept for --verbose
      throw new UnsupportedFormatException(Message.of("cause.ods-damaged"), e);
    } catch (IOException e) {
      throw encrypted(e) ? new UnsupportedFormatException(Message.of("cause.ods-password"), e) : e;
    }
  }

  /** SODS meets an encrypted {@code content.xml} as XML that is no XML. */
  private static boolean encrypted(IOException e) {
    String message = String.valueOf(e.getMessage()).toLowerCase(java.util.Locale.ROOT);
    return message.contains("encrypt") || message.contains("password");
  }

  @Override
  public List<String> sheetNames() {
    List<String> names = new ArrayList<>(sheets.size());
    sheets.forEach(s -> names.add(s.getName()));
    return names;
  }

  @Override
  public SheetRows rows(int sheet) {
    Sheet s = sheets.get(sheet);
    Object[][] values =
        s.getMaxRows() == 0 || s.getMaxColumns() == 0
            ? new Object[0][0]
            : s.getDataRange().getValues();
    SheetNotes notes = new SheetNotes();
    return new SheetRows() {
      private int next;

      @Override
      public Row next() {
        while (next < values.length) {
          Object[] cells = values[next++];
          List<String> texts = new ArrayList<>(cells.length);
          for (Object cell : cells) {
            texts.add(notes.withoutControls(text(cell), next));
          }
          int end = texts.size();
          while (end > 0 && texts.get(end - 1).isEmpty()) {
            end--;
          }
          if (end > 0) {
            return new Row(next, new ArrayList<>(texts.subList(0, end)));
          }
        }
        return null;
      }

      @Override
      public List<Problem> notes(String file) {
        return notes.problems(file);
      }

      @Override
      public void close() {
        // the workbook is in memory; nothing to release
      }
    };
  }

  /** A cell's value as the text the table readers take. */
  static String text(Object value) {
    if (value == null) {
      return "";
    }
    if (value instanceof Double number) {
      return number(number);
    }
    if (value instanceof Float number) {
      return number(number.doubleValue());
    }
    if (value instanceof LocalDate date) {
      return date.toString();
    }
    if (value instanceof LocalDateTime time) {
      return time.toLocalTime().equals(LocalTime.MIDNIGHT)
          ? time.toLocalDate().toString()
          : time.format(DATE_TIME);
    }
    if (value instanceof Duration duration) {
      return String.format(
          java.util.Locale.ROOT, "%02d:%02d", duration.toHours(), duration.toMinutesPart());
    }
    if (value instanceof Boolean bool) {
      return bool ? "TRUE" : "FALSE";
    }
    if (value instanceof OfficeCurrency money) {
      return money.getValue() == null ? "" : number(money.getValue());
    }
    if (value instanceof OfficePercentage share) {
      return share.getValue() == null ? "" : number(share.getValue() * 100) + "%";
    }
    return value.toString();
  }

  /** A number as a person typed it: {@code 10115}, not {@code 10115.0}. */
  private static String number(double value) {
    if (Double.isNaN(value) || Double.isInfinite(value)) {
      return "";
    }
    return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
  }

  @Override
  public List<CellRangeAddress> mergedRegions(int sheet) {
    Sheet s = sheets.get(sheet);
    List<CellRangeAddress> regions = new ArrayList<>();
    if (s.getMaxRows() == 0 || s.getMaxColumns() == 0) {
      return regions;
    }
    for (Range r : s.getDataRange().getMergedCells()) {
      regions.add(
          new CellRangeAddress(r.getRow(), r.getLastRow(), r.getColumn(), r.getLastColumn()));
    }
    return regions;
  }

  @Override
  public void close() {
    // the workbook was read whole when it was opened
  }
}
