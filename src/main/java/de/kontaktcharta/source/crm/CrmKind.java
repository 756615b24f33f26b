package de.kontaktcharta.source.crm;

import static de.kontaktcharta.source.lists.ListFields.COMPANY;
import static de.kontaktcharta.source.lists.ListFields.EMAIL;
import static de.kontaktcharta.source.lists.ListFields.FIRST;
import static de.kontaktcharta.source.lists.ListFields.FULL;
import static de.kontaktcharta.source.lists.ListFields.LAST;
import static de.kontaktcharta.source.lists.ListFields.PROFILE;
import static de.kontaktcharta.source.lists.ListFields.RELATION_STRICT;

import de.kontaktcharta.model.InputKind;
import de.kontaktcharta.model.InputKind.Role;
import de.kontaktcharta.source.Signature;
import de.kontaktcharta.source.TableKind;
import java.util.List;

/**
 * CRM exports and customer, supplier, partner or prospect lists. A relation column outweighs plain
 * name columns, so that a customer sheet with names is a CRM list and not an address book; without
 * one, only with {@code --as crm=FILE}.
 */
public final class CrmKind {

  public static final InputKind KIND = new InputKind("crm", Role.EVIDENCE);

  public static final TableKind SOURCE =
      TableKind.read(
          KIND,
          List.of(
              Signature.ofFields(
                  KIND,
                  8,
                  List.of(List.of(RELATION_STRICT), List.of(FIRST, LAST, FULL, COMPANY, EMAIL))),
              Signature.forcedOnly(
                  KIND, List.of(List.of(FIRST, LAST, FULL, COMPANY, EMAIL, PROFILE)))),
          CrmReader::new);

  private CrmKind() {}
}
