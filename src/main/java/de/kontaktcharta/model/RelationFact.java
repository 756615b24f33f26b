package de.kontaktcharta.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A business relation from a CRM, customer, supplier, partner or prospect list.
 *
 * @param person the person, or only a company when the row names no person
 * @param relation the relation as written, e.g. {@code Kunde} or {@code lead}; the values of
 *     several relation columns are joined by {@link #SEPARATOR}
 * @param date the date of the row (last contact, created, …), or null
 * @param source file and line
 */
public record RelationFact(PersonRef person, String relation, LocalDate date, SourceRef source)
    implements Fact {

  /** Joins the values of a row's relation columns ("Kunde | aktiv"). */
  public static final String SEPARATOR = " | ";

  public RelationFact {
    Objects.requireNonNull(person, "person");
    relation = TextFold.clean(relation);
    Objects.requireNonNull(source, "source");
  }

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.relation(this);
  }

  /**
   * True when the row names a company but no person: no name, no profile, and at most a shared
   * mailbox such as {@code info@} or {@code kontakt@}, which belongs to the company.
   */
  public boolean companyOnly() {
    return person.displayName().isEmpty()
        && person.profileUrls().isEmpty()
        && !person.company().isEmpty()
        && person.emails().stream().allMatch(RelationFact::isSharedMailbox);
  }

  private static final java.util.Set<String> SHARED_MAILBOXES =
      java.util.Set.of(
          "info",
          "kontakt",
          "contact",
          "office",
          "mail",
          "hello",
          "hallo",
          "sales",
          "vertrieb",
          "service",
          "support",
          "team",
          "buero",
          "admin",
          "post",
          "zentrale",
          "empfang",
          "einkauf",
          "buchhaltung",
          "rechnung",
          "invoice",
          "billing",
          "anfrage",
          "anfragen");

  static boolean isSharedMailbox(String email) {
    String address = TextFold.fold(email).trim();
    int at = address.indexOf('@');
    return at > 0 && SHARED_MAILBOXES.contains(address.substring(0, at));
  }
}
