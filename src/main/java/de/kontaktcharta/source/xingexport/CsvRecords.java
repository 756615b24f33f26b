package de.kontaktcharta.source.xingexport;

import de.kontaktcharta.model.Message;
import de.kontaktcharta.model.Problem;
import de.kontaktcharta.model.SourceRef;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.List;
import java.util.function.Predicate;
import org.apache.commons.csv.CSVException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The records of a CSV text, with the line each starts on. A malformed stretch does not end the
 * file: it becomes one problem naming its lines, and reading goes on at the next line.
 */
final class CsvRecords {

  /** Longer than any real message; shorter than what would strain memory. */
  static final int MAX_RECORD_CHARS = 2_000_000;

  /** How much of a file is looked at to decide its encoding and delimiter. */
  static final int HEAD_BYTES = 1 << 16;

  private final LineChunkReader chunks;
  private final CSVFormat format;
  private final String file;
  private CSVParser parser;
  private Iterator<CSVRecord> records;
  private long lineOffset;

  CsvRecords(Reader text, char delimiter, String file, int maxRecordChars) {
    this.chunks = new LineChunkReader(text, maxRecordChars);
    this.format = format(delimiter);
    this.file = file;
  }

  /**
   * Opens a CSV file of the export (the stream is not closed here): its encoding decided from the
   * head's bytes, its delimiter the first of comma, semicolon and tab for which the head's first
   * records look like the file's kind ({@code fits}), else the comma.
   */
  static CsvRecords open(
      InputStream in, String file, Predicate<List<List<String>>> fits, int maxRecordChars)
      throws IOException {
    BufferedInputStream buffered = new BufferedInputStream(in, HEAD_BYTES);
    buffered.mark(HEAD_BYTES);
    byte[] head = buffered.readNBytes(HEAD_BYTES);
    buffered.reset();
    HeadEncoding encoding = HeadEncoding.of(head, head.length);
    String headText = encoding.decode(head, head.length);
    char delimiter = ',';
    for (char d : HeadRecords.DELIMITERS) {
      if (fits.test(HeadRecords.parse(headText, d, 20))) {
        delimiter = d;
        break;
      }
    }
    buffered.skipNBytes(encoding.bomLength());
    Reader text = new InputStreamReader(buffered, encoding.decoder());
    return new CsvRecords(text, delimiter, file, maxRecordChars);
  }

  /**
   * RFC 4180 quoting with any delimiter; text after a closing quote is kept (a quote inside a field
   * that was not doubled, which spreadsheet programs write) instead of failing the row.
   */
  static CSVFormat format(char delimiter) {
    return CSVFormat.RFC4180
        .builder()
        .setDelimiter(delimiter)
        .setIgnoreEmptyLines(true)
        .setAllowMissingColumnNames(true)
        .setTrailingData(true)
        .get();
  }

  /**
   * The next record, or null at the end. A stretch that is not CSV is handed to {@code lost} as a
   * skipped-rows problem.
   *
   * @throws IOException when the input itself fails (not when a record is malformed)
   */
  CsvLine next(XingSink<?> lost) throws IOException {
    while (true) {
      if (parser == null) {
        parser = CSVParser.builder().setReader(chunks).setFormat(format).get();
        records = parser.iterator();
      }
      int line = (int) (lineOffset + parser.getCurrentLineNumber() + 1);
      chunks.startRecord();
      try {
        if (!records.hasNext()) {
          return null;
        }
        List<String> values = records.next().toList();
        int last = (int) (lineOffset + parser.getCurrentLineNumber());
        return new CsvLine(line, Math.max(line, last), values);
      } catch (UncheckedIOException | IllegalStateException e) {
        IOException cause = e.getCause() instanceof IOException io ? io : null;
        if (!(cause instanceof CSVException)
            && !(cause instanceof LineChunkReader.RecordTooLongException)) {
          throw cause != null ? cause : new IOException(e.getMessage(), e);
        }
        long last = Math.max(line, chunks.currentLine());
        lost.problem(Problem.skippedRow(new SourceRef(file, line), why(cause, line, last)));
        parser = null;
        lineOffset = chunks.lines();
      }
    }
  }

  private static Message why(IOException cause, int first, long last) {
    Message lines =
        last > first
            ? Message.of("problem.xing-not-csv.lines", String.valueOf(first), String.valueOf(last))
            : Message.of("problem.xing-not-csv.line", String.valueOf(first));
    String message = cause.getMessage() == null ? "" : cause.getMessage();
    if (cause instanceof LineChunkReader.RecordTooLongException
        || message.contains("EOF reached before encapsulated token finished")) {
      return Message.of("problem.xing-not-csv.open-quote", lines);
    }
    return Message.of("problem.xing-not-csv", lines);
  }
}
