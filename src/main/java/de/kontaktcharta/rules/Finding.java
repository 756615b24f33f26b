package de.kontaktcharta.rules;

import de.kontaktcharta.identity.Keys;
import de.kontaktcharta.model.Evidence;
import de.kontaktcharta.model.InteractionFact;
import de.kontaktcharta.model.MatchKey;
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
 * @param keys the person's identity keys when they were made already (messages make them to tell
 *     the partners apart), or null: they are made once, when the person is resolved
 * @param exchange a channel's message counts, summed per contact before the EXCHANGE rule decides
 *     (the evidence is then only what is shown if the person cannot be attributed); null for other
 *     evidence
 */
public record Finding(
    PersonRef who,
    boolean companyOnly,
    Evidence evidence,
    List<InteractionFact> interactions,
    List<MatchKey> keys,
    ExchangeCount exchange) {

  public Finding {
    Objects.requireNonNull(who, "who");
    Objects.requireNonNull(evidence, "evidence");
    interactions = List.copyOf(interactions);
    keys = keys == null ? null : List.copyOf(keys);
  }

  public Finding(PersonRef who, boolean companyOnly, Evidence evidence) {
    this(who, companyOnly, evidence, List.of(), null, null);
  }

  public Finding(
      PersonRef who, boolean companyOnly, Evidence evidence, List<InteractionFact> interactions) {
    this(who, companyOnly, evidence, interactions, null, null);
  }

  /** A finding about a person whose keys are known. */
  static Finding withKeys(PersonRef who, List<MatchKey> keys, Evidence evidence) {
    return new Finding(who, false, evidence, List.of(), keys, null);
  }

  /** A channel's counts of one partner, whose keys are known. */
  static Finding exchange(
      PersonRef who, List<MatchKey> keys, ExchangeCount count, Evidence provisional) {
    return new Finding(who, false, provisional, List.of(), keys, count);
  }

  /** The person's identity keys: as made before, or made now. */
  public List<MatchKey> identityKeys(Keys made) {
    return keys != null ? keys : made.of(who);
  }
}
