package de.kontaktcharta.input.table;

import de.kontaktcharta.input.file.InputFile;
import de.kontaktcharta.model.Message;
import java.io.Closeable;
import java.io.IOException;
import java.util.List;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * A workbook read sheet by sheet. XLSX sheets are streamed, so that a sheet with a million rows
 * does not sit in memory; XLS workbooks (at most 65,536 rows a sheet) and OpenDocument spreadsheets
 * (.ods) are read whole.
 */
public interface Spreadsheet extends Closeable {

  /** The sheets' names in workbook order. */
  List<String> sheetNames();

  /** The rows of a sheet, from its first row. */
  SheetRows rows(int sheet) throws IOException;

  /** The merged cell ranges of a sheet; only read when a header row needs them. */
  List<CellRangeAddress> mergedRegions(int sheet) throws IOException;

  /** True when the first bytes show a ZIP or an OLE2 container, the two workbook formats. */
  static boolean isContainer(byte[] head) {
    return startsWith(head, 'P', 'K', 3, 4) || startsWith(head, 0xd0, 0xcf, 0x11, 0xe0);
  }

  /**
   * Opens a workbook.
   *
   * @throws UnsupportedFormatException when the container holds no readable workbook
   */
  static Spreadsheet open(InputFile file) throws IOException {
    byte[] head = file.head(ODF_HEAD);
    if (startsWith(head, 'P', 'K', 3, 4)) {
      return odfMediaType(head).equals(OdsSpreadsheet.MEDIA_TYPE)
          ? OdsSpreadsheet.open(file)
          : XlsxSpreadsheet.open(file);
    }
    if (startsWith(head, 0xd0, 0xcf, 0x11, 0xe0)) {
      return XlsSpreadsheet.open(file);
    }
    throw new UnsupportedFormatException(Message.of("cause.not-workbook"));
  }

  /** The bytes that hold an OpenDocument file's first entry, {@code mimetype}, and its content. */
  int ODF_HEAD = 30 + 8 + 80;

  /**
   * The media type an OpenDocument file names in its first ZIP entry, which the standard requires
   * to be {@code mimetype}, stored uncompressed; empty for other ZIP files.
   */
  static String odfMediaType(byte[] head) {
    if (head.length < 38
        || !new String(head, 30, 8, java.nio.charset.StandardCharsets.US_ASCII)
            .equals("mimetype")) {
      return "";
    }
    int nameLength = (head[26] & 0xff) | (head[27] & 0xff) << 8;
    int extraLength = (head[28] & 0xff) | (head[29] & 0xff) << 8;
    int start = 30 + nameLength + extraLength;
    int end = start;
    while (end < head.length && head[end] >= 0x21 && head[end] < 0x7f) {
      end++;
    }
    return nameLength != 8 || start >= head.length
        ? ""
        : new String(head, start, end - start, java.nio.charset.StandardCharsets.US_ASCII);
  }

  /** True when the head of a file starts with the given bytes (a format's magic number). */
  public static boolean startsWith(byte[] head, int... bytes) {
    if (head.length < bytes.length) {
      return false;
    }
    for (int i = 0; i < bytes.length; i++) {
      if ((head[i] & 0xff) != bytes[i]) {
        return false;
      }
    }
    return true;
  }
}
