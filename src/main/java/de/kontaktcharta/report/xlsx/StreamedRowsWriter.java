package de.kontaktcharta.report.xlsx;

import java.io.File;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.streaming.SXSSFRow;
import org.apache.poi.xssf.streaming.SheetDataWriter;

/**
 * POI's writer of a streamed sheet's rows, writing the same XML faster: text cells, numbers, truth
 * values and blanks are written here, with their cell address put together from a table of column
 * letters and the row's number, and text escaped in runs between the characters that need it rather
 * than character by character; everything else (formulas, errors) is left to POI. Writing the rows
 * of a 30,000-contact report was two thirds POI's escaping, encoding and address formatting.
 *
 * <p>The output is POI's, byte for byte (a test compares them): {@code < > & "}, line breaks, tabs
 * and the no-break space as entities, other control characters and U+FFFE/U+FFFF as {@code ?}.
 */
final class StreamedRowsWriter extends SheetDataWriter {

  /** Column letters made once: report sheets have a few dozen columns at most. */
  private static final List<String> LETTERS =
      IntStream.range(0, 64).mapToObj(CellReference::convertNumToColString).toList();

  /** A cell's text while it is escaped; grows to the longest text written. */
  private char[] chars = new char[1024];

  /** The row being written, 1-based as in the XML. */
  private String rowNumber = "";

  StreamedRowsWriter() throws IOException {
    super();
  }

  /** The sheet's temporary file; overridden only to be visible to this package's test. */
  @Override
  protected File getTempFile() {
    return super.getTempFile();
  }

  // POI deprecates this hook only to make it protected in its next major version.
  @SuppressWarnings("deprecation")
  @Override
  public Writer createWriter(File file) throws IOException {
    return new Utf8FileWriter(new FileOutputStream(file));
  }

  @Override
  public void writeRow(int rownum, SXSSFRow row) throws IOException {
    rowNumber = Integer.toString(rownum + 1);
    super.writeRow(rownum, row);
  }

  @Override
  public void writeCell(int column, Cell cell) throws IOException {
    if (cell == null) {
      return;
    }
    CellType type = cell.getCellType();
    if (column >= LETTERS.size()
        || (type != CellType.STRING
            && type != CellType.NUMERIC
            && type != CellType.BLANK
            && type != CellType.BOOLEAN)) {
      super.writeCell(column, cell);
      return;
    }
    Writer out = _out;
    out.write("<c r=\"");
    out.write(LETTERS.get(column));
    out.write(rowNumber);
    out.write('"');
    int style = cell.getCellStyle().getIndex() & 0xffff;
    if (style != 0) {
      out.write(" s=\"");
      out.write(Integer.toString(style));
      out.write('"');
    }
    switch (type) {
      case STRING -> {
        String text = cell.getStringCellValue();
        out.write(" t=\"inlineStr\"><is><t");
        if (!text.isEmpty()
            && (Character.isWhitespace(text.charAt(0))
                || Character.isWhitespace(text.charAt(text.length() - 1)))) {
          out.write(" xml:space=\"preserve\"");
        }
        out.write('>');
        outputEscapedString(text);
        out.write("</t></is>");
      }
      case NUMERIC -> {
        out.write(" t=\"n\"><v>");
        out.write(Double.toString(cell.getNumericCellValue()));
        out.write("</v>");
      }
      case BOOLEAN ->
          out.write(cell.getBooleanCellValue() ? " t=\"b\"><v>1</v>" : " t=\"b\"><v>0</v>");
      default -> out.write('>');
    }
    out.write("</c>");
  }

  @Override
  protected void outputEscapedString(String text) throws IOException {
    if (text == null) {
      return;
    }
    // copied out once and scanned as an array: charAt on a string of non-Latin-1 text goes through
    // two range checks per character, the larger part of writing a report's rows
    int n = text.length();
    if (n > chars.length) {
      chars = new char[Math.max(n, chars.length * 2)];
    }
    char[] copy = chars;
    text.getChars(0, n, copy, 0);
    Writer out = _out;
    int run = 0;
    for (int i = 0; i < n; i++) {
      char c = copy[i];
      if (c > '>' && c != '\u00a0' && c < '\ufffe') {
        continue;
      }
      String replacement = replacement(c);
      if (replacement != null) {
        out.write(copy, run, i - run);
        out.write(replacement);
        run = i + 1;
      }
    }
    out.write(copy, run, n - run);
  }

  /** What stands for the character in the XML, or null when it stands for itself. */
  private static String replacement(char c) {
    return switch (c) {
      case '<' -> "&lt;";
      case '>' -> "&gt;";
      case '&' -> "&amp;";
      case '"' -> "&quot;";
      case '\n' -> "&#xa;";
      case '\r' -> "&#xd;";
      case '\t' -> "&#x9;";
      case '\u00a0' -> "&#xa0;";
      default -> c < ' ' || c >= '\ufffe' ? "?" : null;
    };
  }
}
