package de.kontaktcharta.identity;

import de.kontaktcharta.model.MatchKey;
import de.kontaktcharta.model.PersonRef;
import java.util.List;

/**
 * Says whom a person named in the inputs is: one of the contacts, one of the people with an open
 * invitation, the owner, or nobody known. A person's identity keys (name folding, regular
 * expressions, URL normalising — the costly part) are made once here, and the answer is complete:
 * later steps use it as it is and never resolve the person again. Reads the finished network and
 * inviters only, so it may be asked from several threads at once.
 */
public final class Resolver {

  private final Network network;
  private final Inviters inviters;

  /**
   * @param network the merged contacts
   * @param inviters the people with an open incoming invitation who are no contacts
   */
  public Resolver(Network network, Inviters inviters) {
    this.network = network;
    this.inviters = inviters;
  }

  /** Whom the person is. */
  public Whom resolve(PersonRef person) {
    return resolveKeys(network.keys().of(person));
  }

  /** Whom the keys name; an inviter and the owner are looked for when no contact has them. */
  public Whom resolveKeys(List<MatchKey> keys) {
    Resolution contacts = network.resolveKeys(keys);
    if (!contacts.matches().isEmpty()) {
      return new Whom(contacts, Resolution.NONE, false);
    }
    return new Whom(contacts, inviters.find(keys), network.isOwnerKeys(keys));
  }

  /**
   * Whom a row of evidence names.
   *
   * @param contacts the matching contacts: one, several (ambiguous) or none
   * @param inviters the matching inviters, looked for only when no contact matches
   * @param owner true when no contact matches and the keys are the owner's
   */
  public record Whom(Resolution contacts, Resolution inviters, boolean owner) {

    /** Nobody: for rows that name a company only, which are attributed by company. */
    public static final Whom NOBODY = new Whom(Resolution.NONE, Resolution.NONE, false);
  }
}
