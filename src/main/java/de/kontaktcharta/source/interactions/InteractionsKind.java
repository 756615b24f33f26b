package de.kontaktcharta.source.interactions;

import static de.kontaktcharta.source.lists.ListFields.CHANNEL_STRICT;
import static de.kontaktcharta.source.lists.ListFields.MEETING_DATE;
import static de.kontaktcharta.source.lists.ListFields.PERSON_ANY;

import de.kontaktcharta.model.InputKind;
import de.kontaktcharta.model.InputKind.Role;
import de.kontaktcharta.source.Signature;
import de.kontaktcharta.source.TableKind;
import java.util.List;

/**
 * Logs of exchanges on other channels. A log whose channel column has a name a CRM list's relation
 * column or a meetings list's subject column has too is told from them by its values.
 */
public final class InteractionsKind {

  public static final InputKind KIND = new InputKind("interactions", Role.EVIDENCE);

  public static final TableKind SOURCE =
      TableKind.read(
              KIND,
              List.of(
                  Signature.ofFields(
                      KIND, 6, List.of(PERSON_ANY, List.of(MEETING_DATE), List.of(CHANNEL_STRICT))),
                  Signature.forcedOnly(KIND, List.of(PERSON_ANY, List.of(MEETING_DATE)))),
              InteractionLogReader::new)
          .withTakeOver(ChannelColumns::watch);

  private InteractionsKind() {}
}
