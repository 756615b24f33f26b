package de.kontaktcharta.model;

import java.util.Objects;

/**
 * A decline signal found in an invitation text or a profile.
 *
 * @param signal which signal
 * @param source where it was found
 * @param rule the charter rule, e.g. {@code signals.STOCK_PHRASE.phrases}
 * @param detail what matched, e.g. the phrase
 */
public record SignalHit(Signal signal, SourceRef source, String rule, Detail detail) {

  public SignalHit {
    Objects.requireNonNull(signal, "signal");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(detail, "detail");
  }
}
