package de.kontaktcharta.rules;

import de.kontaktcharta.identity.Keys;
import de.kontaktcharta.model.KeyKind;
import de.kontaktcharta.model.MatchKey;
import de.kontaktcharta.model.PersonRef;
import java.util.List;

/** Tells which partner in the messages is the archive's owner. */
final class MessageOwner {

  private MessageOwner() {}

  /**
   * The owner's participant: the one whose profile or e-mail other inputs name as the owner's, else
   * whose name they give, else the one in nearly every message; -1 when none can be told.
   */
  static int find(List<Participant> participants, List<PersonRef> owners, int messages) {
    java.util.Set<MatchKey> strong = new java.util.HashSet<>();
    java.util.Set<MatchKey> names = new java.util.HashSet<>();
    for (PersonRef owner : owners) {
      for (MatchKey key : Keys.of(owner)) {
        (key.kind() == KeyKind.NAME ? names : strong).add(key);
      }
    }
    int byProfile = -1;
    int byName = -1;
    for (int id = 0; id < participants.size(); id++) {
      Participant p = participants.get(id);
      if (p.same != id) {
        continue;
      }
      for (MatchKey key : p.keys) {
        if (strong.contains(key) && (byProfile < 0 || p.rows > participants.get(byProfile).rows)) {
          byProfile = id;
        } else if (names.contains(key) && (byName < 0 || p.rows > participants.get(byName).rows)) {
          byName = id;
        }
      }
    }
    if (byProfile >= 0) {
      return byProfile;
    }
    if (byName >= 0) {
      return byName;
    }
    int most = -1;
    boolean tie = false;
    for (int id = 0; id < participants.size(); id++) {
      if (participants.get(id).same != id) {
        continue;
      }
      int rows = participants.get(id).rows;
      if (most < 0 || rows > participants.get(most).rows) {
        most = id;
        tie = false;
      } else if (rows == participants.get(most).rows) {
        tie = true;
      }
    }
    // With one conversation partner both sides are in every row: the owner cannot be told.
    return !tie && participants.get(most).rows * 10 >= messages * 9 ? most : -1;
  }
}
