package de.kontaktcharta.io;

import de.kontaktcharta.model.InputKind;
import de.kontaktcharta.model.InputSummary;

/**
 * What reading one input gave: how it was detected, the row counts and everything the reader passed
 * on.
 */
record ReadResult(Detection detection, InputSummary summary, RecordingSink sink) {

  InputKind kind() {
    return detection.kind();
  }

  int headerLine() {
    return detection.header().line();
  }
}
