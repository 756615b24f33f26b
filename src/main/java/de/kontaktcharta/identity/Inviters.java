package de.kontaktcharta.identity;

import de.kontaktcharta.model.Invitation;
import de.kontaktcharta.model.KeyKind;
import de.kontaktcharta.model.MatchKey;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The people with an open incoming invitation, one entry per person however often they invited; the
 * newest invitation speaks for them.
 */
public final class Inviters {

  private final PersonIndex index = new PersonIndex();
  private final List<List<Invitation>> invitations = new ArrayList<>();

  /** Adds an invitation whose inviter's keys are made already. */
  public void add(Invitation invitation, List<MatchKey> keys) {
    Resolution match = index.find(keys);
    if (match.unique() && match.via() != KeyKind.NAME) {
      invitations.get(match.only()).add(invitation);
      index.addKeys(match.only(), keys);
      return;
    }
    index.add(keys);
    List<Invitation> list = new ArrayList<>();
    list.add(invitation);
    invitations.add(list);
  }

  public int size() {
    return invitations.size();
  }

  /** The inviters with one of the keys. */
  public Resolution find(List<MatchKey> keys) {
    return index.find(keys);
  }

  /** The newest invitation of an inviter. */
  public Invitation newest(int id) {
    return invitations.get(id).stream()
        .max(
            Comparator.comparing(
                    Invitation::sentOn, Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparing(i -> i.source().line()))
        .orElseThrow();
  }

  List<Invitation> all(int id) {
    return invitations.get(id);
  }

  public List<MatchKey> keys(int id) {
    List<MatchKey> keys = new ArrayList<>(index.keys(id));
    keys.sort(null);
    return keys;
  }
}
