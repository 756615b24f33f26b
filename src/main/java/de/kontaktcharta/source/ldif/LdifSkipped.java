package de.kontaktcharta.source.ldif;

import de.kontaktcharta.model.Message;
import java.util.Objects;

/**
 * A record that is neither a person nor a group, e.g. an organisational unit in an LDAP dump or a
 * change record that deletes an entry.
 *
 * @param line the 1-based line where the record starts
 * @param dn the distinguished name
 * @param reason why it is not read as a person, as a text key with its values
 */
public record LdifSkipped(int line, String dn, Message reason) implements LdifEntry {

  public LdifSkipped {
    Objects.requireNonNull(dn, "dn");
    Objects.requireNonNull(reason, "reason");
  }
}
