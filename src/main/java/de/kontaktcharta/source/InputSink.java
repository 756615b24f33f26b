package de.kontaktcharta.source;

import de.kontaktcharta.input.table.ReadNotes;
import de.kontaktcharta.model.Fact;
import de.kontaktcharta.model.InputKind;
import de.kontaktcharta.model.Invitation;
import de.kontaktcharta.model.NetworkEntry;
import de.kontaktcharta.model.PersonRef;
import de.kontaktcharta.model.SourceRef;

/**
 * Receives what the readers find, row by row, so that large inputs (a million messages) stream
 * through without being held in memory.
 */
public interface InputSink extends ReadNotes {

  /** A file (or a sheet of the workbook named) of the given kind is read next. */
  default void begin(String file, InputKind kind) {}

  /** A person in the network. */
  void network(NetworkEntry entry);

  /** An invitation, incoming or outgoing. */
  void invitation(Invitation invitation);

  /** A row of an evidence source. */
  void fact(Fact fact);

  /** The owner of an export (from LinkedIn's Profile.csv or the invitations' own side). */
  void owner(PersonRef owner, SourceRef source);

  /**
   * Several names of one person as an export itself links them: an X account number with the handle
   * and display name the owner's posts give it, a Telegram user with the phone number the owner
   * saved. Messages that name the person by one of them count with the others, whichever file was
   * read first. Only a run needs them; the default forgets them.
   */
  default void alias(PersonRef person, SourceRef source) {}
}
