package de.kontaktcharta.source.invitations;

import static de.kontaktcharta.source.lists.ListFields.FIRST;
import static de.kontaktcharta.source.lists.ListFields.FROM;
import static de.kontaktcharta.source.lists.ListFields.FULL;
import static de.kontaktcharta.source.lists.ListFields.LAST;
import static de.kontaktcharta.source.lists.ListFields.MESSAGE;
import static de.kontaktcharta.source.lists.ListFields.SENT;

import de.kontaktcharta.model.InputKind;
import de.kontaktcharta.model.InputKind.Role;
import de.kontaktcharta.source.Signature;
import de.kontaktcharta.source.TableKind;
import java.util.List;

/** Invitations kept by hand or exported from elsewhere, as XING invitations are recorded. */
public final class InvitationsKind {

  public static final InputKind KIND = new InputKind("invitations", Role.INVITATIONS);

  public static final TableKind SOURCE =
      TableKind.read(
          KIND,
          List.of(
              Signature.ofFields(KIND, 4, List.of(List.of(FROM), List.of(SENT), List.of(MESSAGE))),
              // "Name | Datum | Nachricht": a single message and date per person is an invitation
              Signature.ofFields(KIND, 2, List.of(List.of(FULL), List.of(SENT), List.of(MESSAGE))),
              Signature.ofFields(KIND, 0, List.of(List.of(FROM), List.of(MESSAGE))),
              Signature.forcedOnly(KIND, List.of(List.of(FROM, FULL, FIRST, LAST)))),
          InvitationListReader::new);

  private InvitationsKind() {}
}
