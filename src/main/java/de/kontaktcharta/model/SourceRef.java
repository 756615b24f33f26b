package de.kontaktcharta.model;

import java.util.Objects;

/**
 * Where a fact came from: a file (or an archive entry, or a workbook sheet) and a 1-based line.
 *
 * @param file display name of the input, e.g. {@code export.zip!Connections.csv}
 * @param line 1-based physical line or sheet row; 0 when the whole file is meant
 */
public record SourceRef(String file, int line) implements Comparable<SourceRef> {

  public SourceRef {
    Objects.requireNonNull(file, "file");
    if (line < 0) {
      throw new IllegalArgumentException("line must not be negative: " + line);
    }
  }

  public static SourceRef wholeFile(String file) {
    return new SourceRef(file, 0);
  }

  @Override
  public int compareTo(SourceRef other) {
    int byFile = file.compareTo(other.file);
    return byFile != 0 ? byFile : Integer.compare(line, other.line);
  }

  @Override
  public String toString() {
    return line == 0 ? file : file + ":" + line;
  }
}
