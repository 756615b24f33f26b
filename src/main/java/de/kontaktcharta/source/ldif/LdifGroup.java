package de.kontaktcharta.source.ldif;

import java.util.List;
import java.util.Objects;

/**
 * A group record ({@code groupOfNames} and kin): a Thunderbird mailing list or an LDAP group. Its
 * members are people listed elsewhere in the file, so a group is never a contact itself.
 *
 * @param line the 1-based line where the record starts
 * @param dn the distinguished name
 * @param name the group's {@code cn}
 * @param members the members as written: distinguished names ({@code member}, {@code uniqueMember})
 *     or user ids ({@code memberUid})
 */
public record LdifGroup(int line, String dn, String name, List<String> members)
    implements LdifEntry {

  public LdifGroup {
    Objects.requireNonNull(dn, "dn");
    Objects.requireNonNull(name, "name");
    members = List.copyOf(members);
  }
}
