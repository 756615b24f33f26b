package de.kontaktcharta.input.table;

import de.kontaktcharta.input.file.InputException;
import de.kontaktcharta.input.file.InputFile;
import de.kontaktcharta.input.text.ControlWatching;
import de.kontaktcharta.input.text.GuardedReader;
import de.kontaktcharta.input.text.MixedText;
import de.kontaktcharta.input.text.TextEncoding;
import de.kontaktcharta.model.Message;
import de.kontaktcharta.model.Problem;
import de.kontaktcharta.model.Severity;
import de.kontaktcharta.model.SourceRef;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The rows of a CSV file in one pass: UTF-8 text by {@link PlainRecords} for as long as it keeps to
 * the plain RFC 4180 form, and by Commons CSV from the first record that does not (and all other
 * text). Each row carries the physical line it starts on. A malformed row (an unbalanced quote,
 * text after a closing quote, a record that swallowed the lines after it, a line longer than {@link
 * #MAX_RECORD_CHARS}) is reported and parsing starts again on the next physical line, so that one
 * bad row costs one row.
 *
 * <p>Longer than the other classes: the restart after a bad record and the accounting of what it
 * skipped share the parser's state (line numbers, the record that swallowed lines), which would
 * otherwise have to be passed between classes row by row.
 */
public final class CsvRowSource implements RowSource {

  public static final long MAX_RECORD_CHARS = 8_000_000;
  public static final int MAX_RESTARTS = 200;

  private final InputFile file;
  private final TextEncoding encoding;
  private final char delimiter;
  private final CSVFormat format;
  private final RowCounter counter;
  private final long maxRecordChars;
  private Header header;
  private MixedText mixed;
  private GuardedReader guard;
  private CSVParser parser;

  /** The reader of the plain records at the file's start; null once Commons CSV reads. */
  private PlainRecords plain;

  /** What notes control characters in the text read: the plain reader, or the record guard. */
  private ControlWatching controls;

  private Iterator<CSVRecord> records;
  private int lineOffset;
  private int restarts;
  private boolean done;
  private final RowTallies tallies = new RowTallies();

  private CsvRowSource(
      InputFile file,
      TextEncoding encoding,
      char delimiter,
      RowCounter counter,
      long maxRecordChars) {
    this.file = file;
    this.encoding = encoding;
    this.delimiter = delimiter;
    this.format = format(delimiter);
    this.counter = counter;
    this.maxRecordChars = maxRecordChars;
  }

  /** The CSV dialect used for every file: RFC 4180 quoting, any line ending, nothing trimmed. */
  /**
   * The first records of a text, each with the line it starts on, for detection: parsing ends at
   * the limit, at the end of the text, or where the text stops being valid CSV (a sample may end
   * inside a record, or the delimiter may be the wrong one); what was parsed until then counts.
   */
  public static List<Row> sample(String text, char delimiter, int most) {
    List<Row> rows = new ArrayList<>();
    try (CSVParser parser =
        CSVParser.builder().setReader(new StringReader(text)).setFormat(format(delimiter)).get()) {
      Iterator<CSVRecord> records = parser.iterator();
      while (rows.size() < most) {
        int line = (int) parser.getCurrentLineNumber() + 1;
        if (!records.hasNext()) {
          break;
        }
        rows.add(new Row(line, records.next().toList()));
      }
    } catch (IOException | UncheckedIOException | IllegalStateException e) {
      // the sample ends inside a record, or the delimiter is wrong: what was found so far counts
    }
    return rows;
  }

  public static CSVFormat format(char delimiter) {
    return CSVFormat.RFC4180
        .builder()
        .setDelimiter(delimiter)
        .setIgnoreEmptyLines(false)
        .setAllowMissingColumnNames(true)
        .get();
  }

  /**
   * Opens the file and reads up to and including its header.
   *
   * @param headerLine the line of the header row, as found by detection
   */
  public static CsvRowSource open(
      InputFile file, TextEncoding encoding, char delimiter, int headerLine, RowCounter counter)
      throws IOException {
    return open(file, encoding, delimiter, headerLine, counter, MAX_RECORD_CHARS, false);
  }

  /** As {@link #open}, with another bound on the length of one record (for tests). */
  public static CsvRowSource open(
      InputFile file,
      TextEncoding encoding,
      char delimiter,
      int headerLine,
      RowCounter counter,
      long maxRecordChars)
      throws IOException {
    return open(file, encoding, delimiter, headerLine, counter, maxRecordChars, false);
  }

  /** As {@link #open}, accepting rows that end early when {@code shortRows} is true. */
  public static CsvRowSource open(
      InputFile file,
      TextEncoding encoding,
      char delimiter,
      int headerLine,
      RowCounter counter,
      boolean shortRows)
      throws IOException {
    return open(file, encoding, delimiter, headerLine, counter, MAX_RECORD_CHARS, shortRows);
  }

  /**
   * Opens the file and reads up to and including its header.
   *
   * @param headerLine the line of the header row, as found by detection
   * @param shortRows true to accept rows that end early (hand-made lists leave trailing fields
   *     out); their missing fields read as empty and one note says how many there were
   */
  public static CsvRowSource open(
      InputFile file,
      TextEncoding encoding,
      char delimiter,
      int headerLine,
      RowCounter counter,
      long maxRecordChars,
      boolean shortRows)
      throws IOException {
    CsvRowSource source = new CsvRowSource(file, encoding, delimiter, counter, maxRecordChars);
    source.shortRows = shortRows;
    source.start(0, true);
    while (source.header == null) {
      Row row = source.nextRecord();
      if (row == null) {
        source.close();
        throw new InputException(
            Message.of("cause.header-line-missing", String.valueOf(headerLine)));
      }
      if (row.line() == headerLine) {
        source.header = new Header(row.line(), row.cells());
      }
    }
    return source;
  }

  @Override
  public Header header() {
    return header;
  }

  @Override
  public Row next() throws IOException {
    while (true) {
      Row row = nextRecord();
      if (row == null) {
        return null;
      }
      if (row.isBlank()) {
        if (row.size() > 1) {
          // a row of delimiters only is a row, if an empty one: count it so nothing goes unsaid
          counter.skip(row.line(), Severity.INFO, Message.of("problem.empty-row"));
        }
        continue;
      }
      int fields = row.size();
      int expected = header.size();
      boolean onlyEmptyExtras =
          fields > expected
              && row.cells().subList(expected, fields).stream().allMatch(String::isBlank);
      if (fields == expected || onlyEmptyExtras) {
        return row;
      }
      if (shortRows && fields < expected && !lastRecordSpannedLines) {
        tallies.shortRow(row.line());
        return row;
      }
      counter.skip(row.line(), Message.of("problem.malformed-row.fields", fields, expected));
      if (lastRecordSpannedLines) {
        // The record swallowed the lines after it (a quote that was never closed): read them again.
        restart(row.line());
      }
    }
  }

  private boolean lastRecordSpannedLines;
  private boolean shortRows;

  /** The next record in the file, header and preamble included; null at the end. */
  private Row nextRecord() throws IOException {
    while (!done) {
      if (plain != null) {
        String[] values = plain.next();
        if (values != null) {
          lastRecordSpannedLines = plain.spannedLines();
          return new Row(plain.line(), withoutControls(values, plain.line()));
        }
        if (!plain.stopped()) {
          done = true;
          break;
        }
        // a record that needs the library's judgement: it reads on from that record's line
        int line = plain.line();
        noteFallback();
        closeReader();
        start(line - 1, false);
        continue;
      }
      long before = parser.getCurrentLineNumber();
      int line = lineOffset + (int) before + 1;
      guard.startRecord();
      CSVRecord record;
      try {
        if (!records.hasNext()) {
          done = true;
          break;
        }
        record = records.next();
      } catch (UncheckedIOException | IllegalStateException e) {
        if (e.getCause() instanceof IOException io && !isMalformedRecord(io)) {
          // the input itself fails (an archive limit, a read error): not a row's fault
          throw io;
        }
        Message why = reason(e.getCause() != null ? e.getCause().getMessage() : e.getMessage());
        if (header == null) {
          throw new InputException(Message.of("cause.line", String.valueOf(line), why), e);
        }
        counter.skip(line, Message.of("problem.malformed-row.csv", why));
        restart(line);
        continue;
      }
      lastRecordSpannedLines = parser.getCurrentLineNumber() - before > 1;
      return new Row(line, withoutControls(record.values(), line));
    }
    return null;
  }

  /**
   * What is wrong with a record, in the user's words. Commons CSV counts lines and positions from
   * where parsing last restarted, which after a malformed row is no longer the file's own line; the
   * problem carries the right line, so those numbers are left out.
   */
  static Message reason(String message) {
    if (message == null) {
      return Message.of("cause.csv-unparsed");
    }
    if (message.contains("EOF reached before encapsulated token finished")) {
      return Message.of("cause.csv-open-quote");
    }
    if (message.contains("Invalid character between encapsulated token and delimiter")) {
      return Message.of("cause.csv-after-quote");
    }
    return Message.of(
        "cause.system",
        message
            .replaceAll("\\(startline [\\d,.]+\\)", "")
            .replaceAll(" at line: [\\d,.]+, position: [\\d,.]+", "")
            .trim());
  }

  /**
   * The values without control characters other than tab and line breaks. A NUL or an escape in a
   * name is damage (or a trick on the terminal), and would keep the person from matching the same
   * name elsewhere; the file gets one note with their number.
   */
  private List<String> withoutControls(String[] values, int line) {
    boolean seen = controls.sawControls();
    for (int i = 0; i < values.length && seen; i++) {
      String v = values[i];
      for (int k = 0; k < v.length(); k++) {
        if (GuardedReader.isControl(v.charAt(k))) {
          values[i] = stripControls(v, line);
          break;
        }
      }
    }
    return Arrays.asList(values);
  }

  private String stripControls(String value, int line) {
    StringBuilder out = new StringBuilder(value.length());
    for (int k = 0; k < value.length(); k++) {
      char c = value.charAt(k);
      if (GuardedReader.isControl(c)) {
        tallies.control(line);
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  /** True for the failures that one bad record causes, after which the next line can be read. */
  private static boolean isMalformedRecord(IOException e) {
    return e instanceof CSVException || e instanceof GuardedReader.RecordTooLongException;
  }

  /**
   * Opens the file for reading from the line after {@code skipLines}; at the file's start, UTF-8
   * text is read by {@link PlainRecords} as far as it is plain.
   */
  private void start(int skipLines, boolean plainFirst) throws IOException {
    InputStream in = file.open();
    try {
      if (plainFirst
          && skipLines == 0
          && encoding.charset() == StandardCharsets.UTF_8
          && PlainRecords.splits(delimiter)) {
        plain = new PlainRecords(encoding.afterBom(in), delimiter, maxRecordChars);
        mixed = plain;
        controls = plain;
        lineOffset = 0;
        return;
      }
      Reader decoded = encoding.reader(in);
      if (decoded instanceof MixedText text) {
        mixed = text;
      }
      // the parser's own buffer reads a few characters at a time while it looks ahead: a large one
      // under it keeps those calls away from the decoder (without it, parsing took twice as long)
      Reader base = new BufferedReader(decoded, 1 << 16);
      if (skipLines > 0) {
        base = skip(base, skipLines);
      }
      guard =
          decoded instanceof ControlWatching watching
              ? new GuardedReader(base, maxRecordChars, watching)
              : new GuardedReader(base, maxRecordChars);
      controls = guard;
      parser = CSVParser.builder().setReader(guard).setFormat(format).get();
      records = parser.iterator();
      lineOffset = skipLines;
    } catch (IOException | RuntimeException e) {
      in.close();
      throw e;
    }
  }

  private void restart(int failedLine) throws IOException {
    noteFallback();
    closeReader();
    if (++restarts > MAX_RESTARTS) {
      done = true;
      counter.note(
          Problem.note(
              new SourceRef(counter.file(), failedLine + 1),
              Severity.ERROR,
              Message.of("problem.too-many-malformed-rows", MAX_RESTARTS)));
      return;
    }
    start(failedLine, false);
  }

  private void closeReader() throws IOException {
    if (plain != null) {
      plain.close();
      plain = null;
    } else if (parser != null) {
      parser.close();
    }
  }

  /** Skips physical lines the way Commons CSV counts them: CR, LF and CRLF each end one line. */
  private static Reader skip(Reader in, int lines) throws IOException {
    // Block reads: a restart deep into a large file must not crawl char by char.
    char[] block = new char[1 << 16];
    PushbackReader reader = new PushbackReader(in, block.length);
    int seen = 0;
    boolean afterCr = false;
    while (seen < lines) {
      int n = reader.read(block, 0, block.length);
      if (n < 0) {
        return reader;
      }
      int i = 0;
      for (; i < n && seen < lines; i++) {
        char c = block[i];
        if (c == '\n') {
          seen += afterCr ? 0 : 1;
        } else if (c == '\r') {
          seen++;
        }
        afterCr = c == '\r';
      }
      if (seen == lines && afterCr && i < n && block[i] == '\n') {
        i++;
        afterCr = false;
      }
      if (i < n) {
        reader.unread(block, i, n - i);
      }
    }
    if (afterCr) {
      int next = reader.read();
      if (next >= 0 && next != '\n') {
        reader.unread(next);
      }
    }
    return reader;
  }

  private void noteFallback() {
    if (mixed != null && mixed.foreign() > 0) {
      tallies.mixed(mixed.warning());
    }
  }

  @Override
  public void close() throws IOException {
    noteFallback();
    tallies.report(counter);
    closeReader();
  }
}
