package de.kontaktcharta.model;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Objects;

/**
 * One piece of evidence for an accept reason.
 *
 * @param reason the charter reason it supports
 * @param strength strong evidence justifies a contact on its own
 * @param date the date of the underlying fact, or null when unknown
 * @param source file and line of the fact
 * @param rule the charter rule that produced it, e.g. {@code exchange.min_messages}
 * @param detail what the evidence says, put into words by the report
 * @param expired true when the charter's aging window for this reason has passed
 */
public record Evidence(
    ReasonCode reason,
    Strength strength,
    LocalDate date,
    SourceRef source,
    String rule,
    Detail detail,
    boolean expired) {

  /** Strong before weak, unexpired before expired, newest first, then by source. */
  public static final Comparator<Evidence> STRONGEST_FIRST =
      Comparator.comparing(Evidence::expired)
          .thenComparing(Evidence::strength)
          .thenComparing(Evidence::date, Comparator.nullsLast(Comparator.reverseOrder()))
          .thenComparing(Evidence::source)
          .thenComparing(Evidence::reason);

  public Evidence {
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(strength, "strength");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(detail, "detail");
  }

  /** True when this evidence counts: not expired. */
  public boolean effective() {
    return !expired;
  }

  public Evidence asExpired() {
    return new Evidence(reason, strength, date, source, rule, detail, true);
  }
}
