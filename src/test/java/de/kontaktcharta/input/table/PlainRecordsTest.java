package de.kontaktcharta.input.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.kontaktcharta.input.file.DiskFile;
import de.kontaktcharta.input.text.TextEncoding;
import de.kontaktcharta.input.text.Utf8FallbackReader;
import de.kontaktcharta.model.Problem;
import de.kontaktcharta.testing.RecordingSink;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The plain reader against Commons CSV, the reference: on text in the plain form both give the same
 * records, lines and line spans; on any text the plain reader gives the library's records until it
 * stops, and it stops exactly where the library's next record starts or fails.
 */
class PlainRecordsTest {

  private static final int[] BLOCKS = {1, 2, 3, 7, 64, 1 << 16};
  private static final char[] DELIMITERS = {',', ';', '\t'};
  private static final long NO_BOUND = Long.MAX_VALUE / 2;

  @TempDir Path dir;

  private record Rec(int line, boolean spanned, List<String> values) {}

  /** The records read, and how reading ended. */
  private record Parsed(List<Rec> records, boolean failed, boolean stopped, int stopLine) {}

  private static Parsed library(String text, char delimiter) throws IOException {
    return library(new StringReader(text), delimiter);
  }

  private static Parsed library(Reader text, char delimiter) throws IOException {
    List<Rec> records = new ArrayList<>();
    try (CSVParser parser =
        CSVParser.builder().setReader(text).setFormat(CsvRowSource.format(delimiter)).get()) {
      var it = parser.iterator();
      while (true) {
        long before = parser.getCurrentLineNumber();
        CSVRecord record;
        try {
          if (!it.hasNext()) {
            return new Parsed(records, false, false, 0);
          }
          record = it.next();
        } catch (UncheckedIOException | IllegalStateException e) {
          return new Parsed(records, true, false, (int) before + 1);
        }
        long after = parser.getCurrentLineNumber();
        records.add(new Rec((int) before + 1, after - before > 1, record.toList()));
      }
    }
  }

  private static Parsed plain(String text, char delimiter, int block, long bound)
      throws IOException {
    return plain(text.getBytes(StandardCharsets.UTF_8), delimiter, block, bound);
  }

  private static Parsed plain(byte[] bytes, char delimiter, int block, long bound)
      throws IOException {
    try (PlainRecords reader =
        new PlainRecords(new ByteArrayInputStream(bytes), delimiter, bound, block)) {
      List<Rec> records = records(reader);
      return new Parsed(records, false, reader.stopped(), reader.stopped() ? reader.line() : 0);
    }
  }

  /** The records the reader gives until it ends or stops. */
  private static List<Rec> records(PlainRecords reader) throws IOException {
    List<Rec> records = new ArrayList<>();
    String[] values;
    while ((values = reader.next()) != null) {
      records.add(new Rec(reader.line(), reader.spannedLines(), Arrays.asList(values)));
    }
    return records;
  }

  @Test
  void textInThePlainFormReadsAsTheLibraryReadsIt() throws IOException {
    Random random = new Random(17);
    for (int n = 0; n < 1500; n++) {
      char delimiter = DELIMITERS[n % DELIMITERS.length];
      String text = plainText(random, delimiter);
      Parsed expected = library(text, delimiter);
      assertFalse(expected.failed(), text);
      for (int block : BLOCKS) {
        Parsed actual = plain(text, delimiter, block, NO_BOUND);
        assertFalse(actual.stopped(), () -> "stopped on plain text: " + show(text));
        assertEquals(expected.records(), actual.records(), () -> show(text) + " block " + block);
      }
    }
  }

  @Test
  void anyTextReadsAsTheLibraryReadsItUntilThePlainReaderStops() throws IOException {
    Random random = new Random(29);
    int stops = 0;
    for (int n = 0; n < 4000; n++) {
      char delimiter = DELIMITERS[n % DELIMITERS.length];
      String text = anyText(random, delimiter);
      Parsed expected = library(text, delimiter);
      for (int block : new int[] {1, 5, 1 << 16}) {
        Parsed actual = plain(text, delimiter, block, NO_BOUND);
        List<Rec> read = actual.records();
        String shown = show(text) + " block " + block;
        assertTrue(read.size() <= expected.records().size() || expected.failed(), shown);
        assertEquals(
            expected.records().subList(0, Math.min(read.size(), expected.records().size())),
            read,
            shown);
        if (!actual.stopped()) {
          assertFalse(expected.failed(), shown);
          assertEquals(expected.records().size(), read.size(), shown);
        } else {
          stops++;
          // the library either reads the stopped record differently or fails on it: both start
          // on the line the plain reader hands over
          int libraryNext =
              read.size() < expected.records().size()
                  ? expected.records().get(read.size()).line()
                  : expected.stopLine();
          assertEquals(libraryNext, actual.stopLine(), shown);
        }
      }
    }
    assertTrue(stops > 500, "the generated text should often need the library: " + stops);
  }

  @Test
  void bytesThatAreNotUtf8ReadAsTheFileDecoderReadsThem() throws IOException {
    Random random = new Random(53);
    for (int n = 0; n < 1500; n++) {
      char delimiter = DELIMITERS[n % DELIMITERS.length];
      byte[] bytes = strayBytes(random, delimiter);
      Utf8FallbackReader decoder = new Utf8FallbackReader(new ByteArrayInputStream(bytes));
      Parsed expected = library(decoder, delimiter);
      assertFalse(expected.failed(), () -> Arrays.toString(bytes));
      for (int block : BLOCKS) {
        try (PlainRecords reader =
            new PlainRecords(new ByteArrayInputStream(bytes), delimiter, NO_BOUND, block)) {
          List<Rec> records = records(reader);
          String shown = Arrays.toString(bytes) + " block " + block;
          assertFalse(reader.stopped(), shown);
          assertEquals(expected.records(), records, shown);
          assertEquals(decoder.foreign(), reader.foreign(), shown);
          assertEquals(decoder.sawControls(), reader.sawControls(), shown);
        }
      }
    }
  }

  @Test
  void aRecordLongerThanTheBoundIsLeftToTheLibrary() throws IOException {
    long bound = PlainRecords.BOUND_MARGIN + 100;
    String text = "a,b\nshort,one\n\"" + "x".repeat(150) + "\",long\nc,d\n";
    Parsed parsed = plain(text, ',', 16, bound);
    assertEquals(List.of("a", "b"), parsed.records().get(0).values());
    assertEquals(2, parsed.records().size());
    assertTrue(parsed.stopped());
    assertEquals(3, parsed.stopLine());
  }

  @Test
  void theEndAfterADelimiterIsOneMoreEmptyField() throws IOException {
    Parsed parsed = plain("a,b,", ',', 1 << 16, NO_BOUND);
    assertEquals(List.of(new Rec(1, false, List.of("a", "b", ""))), parsed.records());
    assertNull(new PlainRecords(new ByteArrayInputStream(new byte[0]), ',', NO_BOUND).next());
  }

  @Test
  void csvRowSourceGivesTheRowsAndProblemsOfTheLibraryAlone() throws IOException {
    // ASCII reads the same in both encodings; only UTF-8 text is read by the plain reader first
    Random random = new Random(41);
    for (int n = 0; n < 300; n++) {
      StringBuilder text = new StringBuilder("a,b,c\n");
      int rows = 1 + random.nextInt(12);
      for (int r = 0; r < rows; r++) {
        text.append(row(random));
      }
      Path file = dir.resolve("t" + n + ".csv");
      Files.writeString(file, text, StandardCharsets.US_ASCII);
      Result plainFirst = rows(file, TextEncoding.UTF_8);
      Result library = rows(file, TextEncoding.WINDOWS_1252);
      assertEquals(library, plainFirst, show(text.toString()));
    }
  }

  private record Result(List<Row> rows, List<Problem> problems) {}

  private static Result rows(Path path, TextEncoding encoding) throws IOException {
    DiskFile file = new DiskFile(path, path.getFileName().toString());
    RecordingSink sink = new RecordingSink();
    RowCounter counter = new RowCounter(file.name(), sink);
    List<Row> rows = new ArrayList<>();
    try (CsvRowSource source = CsvRowSource.open(file, encoding, ',', 1, counter)) {
      Row row;
      while ((row = source.next()) != null) {
        rows.add(row);
      }
    }
    return new Result(rows, sink.problems);
  }

  /** A row of three fields, now and then one that is not plain or has another number of fields. */
  private static String row(Random random) {
    return switch (random.nextInt(10)) {
      case 0 -> "x,\"open quote,y\n";
      case 1 -> "x,\"closed\" then text,y\n";
      case 2 -> "x,\"two\nlines\",y\n";
      case 3 -> "only,two\n";
      case 4 -> "x,\"spans\n,lines\",\"and\"\"quotes\"\r\n";
      case 5 -> "\n";
      case 6 -> "nul\u0000here,\u001b[31mred,bell\u0007\n";
      default -> "p" + random.nextInt(99) + ",\"q,\"\"r\"\"\",s\n";
    };
  }

  /** Records of plain fields: unquoted ones without delimiters and breaks, quoted ones of all. */
  private static String plainText(Random random, char delimiter) {
    StringBuilder text = new StringBuilder();
    int records = random.nextInt(6);
    for (int r = 0; r < records; r++) {
      int fields = 1 + random.nextInt(4);
      for (int f = 0; f < fields; f++) {
        if (f > 0) {
          text.append(delimiter);
        }
        if (random.nextBoolean()) {
          text.append('"');
          for (int k = random.nextInt(8); k > 0; k--) {
            text.append(
                pick(random, "a", "ü", "\"\"", "\r\n", "\n", "\r", String.valueOf(delimiter), " "));
          }
          text.append('"');
        } else {
          for (int k = random.nextInt(6); k > 0; k--) {
            // a quote after a field's first character is text
            text.append(pick(random, "b", "€", "\ud83d\ude00", " ", "\u0001", k > 1 ? "x" : "x\""));
          }
        }
      }
      boolean last = r == records - 1;
      if (!last || random.nextBoolean()) {
        text.append(pick(random, "\n", "\r\n", "\r", "\n\n"));
      }
    }
    return text.toString();
  }

  /**
   * Records in the plain form whose fields hold UTF-8 sequences, bytes that fit none (alone, or a
   * sequence cut off by the field's end), control characters and tabs.
   */
  private static byte[] strayBytes(Random random, char delimiter) {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    int records = 1 + random.nextInt(4);
    for (int r = 0; r < records; r++) {
      int fields = 1 + random.nextInt(3);
      for (int f = 0; f < fields; f++) {
        if (f > 0) {
          out.write(delimiter);
        }
        boolean quoted = random.nextBoolean();
        if (quoted) {
          out.write('"');
        }
        for (int k = random.nextInt(6); k > 0; k--) {
          byte[] piece =
              switch (random.nextInt(quoted ? 9 : 7)) {
                case 0 -> "ü".getBytes(StandardCharsets.UTF_8);
                case 1 -> "\ud83d\ude00".getBytes(StandardCharsets.UTF_8);
                case 2 -> new byte[] {(byte) (0x80 + random.nextInt(0x80))};
                case 3 -> new byte[] {(byte) 0xe2, (byte) 0x82};
                case 4 -> new byte[] {(byte) 0xf0, (byte) 0x9f, (byte) 0x98};
                case 5 -> new byte[] {(byte) random.nextInt(0x20 + 1)};
                case 6 -> "a".getBytes(StandardCharsets.UTF_8);
                case 7 -> "\"\"".getBytes(StandardCharsets.UTF_8);
                default -> new byte[] {(byte) delimiter, '\r', '\n'};
              };
          if (!quoted
              && piece.length == 1
              && (piece[0] == '\r' || piece[0] == '\n' || piece[0] == delimiter)) {
            piece = new byte[] {'b'};
          }
          out.writeBytes(piece);
        }
        if (quoted) {
          out.write('"');
        }
      }
      out.writeBytes(new byte[] {'\r', '\n'});
    }
    return out.toByteArray();
  }

  /** Text of CSV's characters in any order. */
  private static String anyText(Random random, char delimiter) {
    StringBuilder text = new StringBuilder();
    for (int k = random.nextInt(40); k > 0; k--) {
      text.append(
          pick(
              random,
              "a",
              "ö",
              String.valueOf(delimiter),
              ",",
              "\"",
              "\"\"",
              "\r",
              "\n",
              "\r\n",
              " ",
              "\t"));
    }
    return text.toString();
  }

  private static String pick(Random random, String... choices) {
    return choices[random.nextInt(choices.length)];
  }

  private static String show(String text) {
    return "[" + text.replace("\r", "\\r").replace("\n", "\\n").replace("\t", "\\t") + "]";
  }
}
