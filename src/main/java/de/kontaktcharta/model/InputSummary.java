package de.kontaktcharta.model;

import java.util.Objects;

/**
 * What was read from one input file.
 *
 * @param file display name
 * @param kind the detected (or forced) kind
 * @param format a short description: encoding, delimiter, header line
 * @param rowsRead data rows found
 * @param rowsUsed rows that went into the analysis
 * @param rowsSkipped rows listed on the problems sheet instead
 */
public record InputSummary(
    String file, InputKind kind, String format, long rowsRead, long rowsUsed, long rowsSkipped) {

  public InputSummary {
    file = SourceRef.printable(Objects.requireNonNull(file, "file"));
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(format, "format");
  }

  /**
   * This summary with rows that were read as used but turned out to count for nobody (messages with
   * people outside the network, found only once the network is known), now on Problems.
   */
  public InputSummary withUnused(long rows) {
    if (rows < 0 || rows > rowsUsed) {
      throw new IllegalArgumentException(rows + " of " + rowsUsed + " used rows in " + file);
    }
    return new InputSummary(file, kind, format, rowsRead, rowsUsed - rows, rowsSkipped + rows);
  }

  /** True when every row read was either used or listed as a problem. */
  public boolean balanced() {
    return rowsRead == rowsUsed + rowsSkipped;
  }
}
