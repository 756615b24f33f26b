package de.kontaktcharta.rules;

import de.kontaktcharta.model.Evidence;
import de.kontaktcharta.model.InteractionFact;
import de.kontaktcharta.model.PersonRef;
import java.util.List;
import java.util.Objects;

/**
 * A piece of evidence that still has to be attributed to a contact or an inviter.
 *
 * @param who the person as the source names them
 * @param companyOnly true when the source names only a company (a CRM row without a person)
 * @param evidence the evidence
 * @param interactions the logged interactions the evidence counts, empty for other evidence: rows
 *     that name one person differently (by name here, by e-mail there) are counted together once
 *     they are found to be the same contact
 */
public record Finding(
    PersonRef who, boolean companyOnly, Evidence evidence, List<InteractionFact> interactions) {

  public Finding {
    Objects.requireNonNull(who, "who");
    Objects.requireNonNull(evidence, "evidence");
    interactions = List.copyOf(interactions);
  }

  public Finding(PersonRef who, boolean companyOnly, Evidence evidence) {
    this(who, companyOnly, evidence, List.of());
  }
}
