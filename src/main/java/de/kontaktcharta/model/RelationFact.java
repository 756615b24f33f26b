package de.kontaktcharta.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A business relation from a CRM, customer, supplier, partner or prospect list.
 *
 * @param person the person, or only a company when the row names no person
 * @param relation the relation as written, e.g. {@code Kunde} or {@code lead}
 * @param date the date of the row (last contact, created, …), or null
 * @param source file and line
 */
public record RelationFact(PersonRef person, String relation, LocalDate date, SourceRef source)
    implements Fact {

  public RelationFact {
    Objects.requireNonNull(person, "person");
    relation = TextFold.clean(relation);
    Objects.requireNonNull(source, "source");
  }

  /** True when the row names a company but no person. */
  public boolean companyOnly() {
    return person.displayName().isEmpty()
        && person.emails().isEmpty()
        && person.profileUrls().isEmpty()
        && !person.company().isEmpty();
  }
}
