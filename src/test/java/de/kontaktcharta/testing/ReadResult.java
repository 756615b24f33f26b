package de.kontaktcharta.testing;

import de.kontaktcharta.model.InputKind;
import de.kontaktcharta.model.InputSummary;
import de.kontaktcharta.source.Detection;

/**
 * What reading one input gave: how it was detected, the row counts and everything the reader passed
 * on.
 */
public record ReadResult(Detection detection, InputSummary summary, RecordingSink sink) {

  public InputKind kind() {
    return detection.kind();
  }

  public int headerLine() {
    return detection.header().line();
  }
}
