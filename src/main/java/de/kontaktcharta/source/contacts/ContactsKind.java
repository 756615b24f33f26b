package de.kontaktcharta.source.contacts;

import static de.kontaktcharta.source.lists.ListFields.COMPANY;
import static de.kontaktcharta.source.lists.ListFields.EMAIL;
import static de.kontaktcharta.source.lists.ListFields.FIRST;
import static de.kontaktcharta.source.lists.ListFields.FULL;
import static de.kontaktcharta.source.lists.ListFields.LAST;
import static de.kontaktcharta.source.lists.ListFields.POSITION;
import static de.kontaktcharta.source.lists.ListFields.PROFILE;
import static de.kontaktcharta.source.lists.ListFields.SINCE;

import de.kontaktcharta.model.InputKind;
import de.kontaktcharta.model.InputKind.Role;
import de.kontaktcharta.model.InputKind.Trait;
import de.kontaktcharta.source.Signature;
import de.kontaktcharta.source.TableKind;
import java.util.List;
import java.util.Set;

/** Address books and contact lists, Google and Outlook exports included: people in the network. */
public final class ContactsKind {

  public static final InputKind KIND =
      new InputKind("contacts", Role.NETWORK, Set.of(Trait.KNOWS_COMPANY_AND_POSITION));

  public static final TableKind SOURCE =
      TableKind.read(
          KIND,
          List.of(
              Signature.ofFields(KIND, 2, List.of(List.of(FIRST), List.of(LAST))),
              Signature.ofFields(
                  KIND,
                  1,
                  List.of(List.of(FULL), List.of(COMPANY, EMAIL, PROFILE, POSITION, SINCE))),
              Signature.forcedOnly(KIND, List.of(List.of(FIRST, LAST, FULL, EMAIL, PROFILE)))),
          ContactListReader::new);

  private ContactsKind() {}
}
