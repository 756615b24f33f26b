package de.kontaktcharta.rules;

import de.kontaktcharta.model.Evidence;
import de.kontaktcharta.model.PersonRef;
import java.util.Objects;

/**
 * A piece of evidence that still has to be attributed to a contact or an inviter.
 *
 * @param who the person as the source names them
 * @param companyOnly true when the source names only a company (a CRM row without a person)
 * @param evidence the evidence
 */
public record Finding(PersonRef who, boolean companyOnly, Evidence evidence) {

  public Finding {
    Objects.requireNonNull(who, "who");
    Objects.requireNonNull(evidence, "evidence");
  }
}
