package de.kontaktcharta.source.ldif;

import de.kontaktcharta.model.InputKind;
import de.kontaktcharta.model.InputKind.Role;
import de.kontaktcharta.model.InputKind.Trait;
import de.kontaktcharta.model.Message;
import de.kontaktcharta.source.ContentKind;
import java.util.Set;

/**
 * Address books in LDIF (Thunderbird's LDIF export, {@code ldapsearch} and other LDAP tools):
 * people in the network, like the cards of a vCard address book.
 */
public final class LdifKind {

  public static final InputKind KIND =
      new InputKind("ldif", Role.NETWORK, Set.of(Trait.KNOWS_COMPANY_AND_POSITION));

  private static final LdifDetector DETECTOR = new LdifDetector();

  public static final ContentKind SOURCE =
      ContentKind.of(
          KIND,
          (name, head, complete) -> DETECTOR.matches(head, complete),
          new LdifFileReader(),
          Message.of("cause.no-ldif-entries"));

  private LdifKind() {}
}
