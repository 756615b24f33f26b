package de.kontaktcharta.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes CSV the way the real exports do: a field is quoted only when it holds the delimiter, a
 * quote or a line break, quotes are doubled. Commons CSV's printer is not used because its minimal
 * mode also quotes an empty first field, which LinkedIn's empty-member rows ({@code ,,,,,,17 Nov
 * 2025}) do not have.
 */
final class CsvOut implements AutoCloseable {

  private final BufferedWriter out;
  private final char delimiter;
  private final String lineEnd;
  private final boolean finalLineEnd;
  private boolean first = true;

  /**
   * @param finalLineEnd false for files that end without a line break (Connections.csv)
   */
  CsvOut(Path file, Charset charset, char delimiter, String lineEnd, boolean finalLineEnd)
      throws IOException {
    this.out =
        new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(file), charset), 1 << 16);
    this.delimiter = delimiter;
    this.lineEnd = lineEnd;
    this.finalLineEnd = finalLineEnd;
  }

  /** A LinkedIn CSV: UTF-8 without BOM, comma, LF. */
  static CsvOut linkedIn(Path file, boolean finalLineEnd) throws IOException {
    return new CsvOut(file, java.nio.charset.StandardCharsets.UTF_8, ',', "\n", finalLineEnd);
  }

  /** Writes a line as it is (a preamble line). */
  void raw(String line) throws IOException {
    startLine();
    out.write(line);
  }

  void row(String... fields) throws IOException {
    startLine();
    for (int i = 0; i < fields.length; i++) {
      if (i > 0) {
        out.write(delimiter);
      }
      field(fields[i]);
    }
  }

  private void startLine() throws IOException {
    // The line end is written before each line but the first, so the last one can be left off.
    if (!first) {
      out.write(lineEnd);
    }
    first = false;
  }

  private void field(String value) throws IOException {
    boolean quote = false;
    for (int i = 0; i < value.length() && !quote; i++) {
      char c = value.charAt(i);
      quote = c == delimiter || c == '"' || c == '\n' || c == '\r';
    }
    if (!quote) {
      out.write(value);
      return;
    }
    out.write('"');
    out.write(value.replace("\"", "\"\""));
    out.write('"');
  }

  @Override
  public void close() throws IOException {
    if (finalLineEnd && !first) {
      out.write(lineEnd);
    }
    out.close();
  }
}
