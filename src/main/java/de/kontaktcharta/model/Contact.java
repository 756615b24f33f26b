package de.kontaktcharta.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One person in the network, merged from every input that lists them.
 *
 * @param id the stable Contact ID, derived from the strongest key
 * @param person the merged name, company, position, e-mails and profile URLs
 * @param connectedOn the earliest known connection date, or null
 * @param kinds the kinds of inputs that list this person
 * @param sources every network row that went into this contact
 * @param keys every identity key of the contact
 * @param matchedBy how rows were merged: {@code url}, {@code email}, {@code name+company}, {@code
 *     name}; empty when the contact comes from one row
 */
public record Contact(
    String id,
    PersonRef person,
    LocalDate connectedOn,
    Set<InputKind> kinds,
    List<SourceRef> sources,
    List<MatchKey> keys,
    Set<KeyKind> matchedBy) {

  public Contact {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(person, "person");
    kinds = Set.copyOf(kinds);
    sources = List.copyOf(sources);
    keys = List.copyOf(keys);
    matchedBy = Set.copyOf(matchedBy);
  }

  /** The name to show; the address or profile link of a contact known by nothing else. */
  public String name() {
    return person.shownName();
  }
}
