package de.kontaktcharta.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One row of a list of people in the network: a LinkedIn connection, a vCard, an address-book row.
 *
 * @param person who
 * @param connectedOn when the connection was made, or null when the source does not say
 * @param platform the network the entry comes from
 * @param kind the kind of input
 * @param source file and line
 */
public record NetworkEntry(
    PersonRef person, LocalDate connectedOn, Platform platform, InputKind kind, SourceRef source) {

  public NetworkEntry {
    Objects.requireNonNull(person, "person");
    Objects.requireNonNull(platform, "platform");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(source, "source");
  }
}
