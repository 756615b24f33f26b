package de.kontaktcharta.io;

import de.kontaktcharta.model.InputKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The header signatures of every table kind the tool recognises, LinkedIn's own files first. */
final class Signatures {

  private final List<Signature> all;

  Signatures(List<Signature> all) {
    this.all = List.copyOf(all);
  }

  /** The signatures of LinkedIn's data archive and of the generic lists. */
  static Signatures standard() {
    List<Signature> list = new ArrayList<>();
    list.add(
        Signature.of(
            InputKind.LINKEDIN_CONNECTIONS,
            5,
            "first name|vorname",
            "last name|nachname",
            "connected on|verbunden am"));
    list.add(
        Signature.of(
            InputKind.LINKEDIN_INVITATIONS, 5, "from", "to", "direction", "sent at|date sent"));
    list.add(
        Signature.of(
            InputKind.LINKEDIN_MESSAGES,
            5,
            "from",
            "to",
            "date",
            "content",
            "conversation id|folder|direction"));
    list.add(
        Signature.of(
            InputKind.LINKEDIN_ENDORSEMENTS,
            5,
            "endorsement date",
            "endorser first name",
            "endorser last name"));
    list.add(
        Signature.of(
            InputKind.LINKEDIN_RECOMMENDATIONS,
            5,
            "first name",
            "last name",
            "text",
            "creation date"));
    list.add(Signature.of(InputKind.LINKEDIN_PROFILE, 5, "first name", "last name", "headline"));
    list.add(
        Signature.of(
            InputKind.REASONS,
            5,
            "contact id|kontakt-id|invitation id|einladungs-id",
            "reason|grund|decision|entscheidung"));
    for (List<String> other : LinkedInOtherFiles.HEADERS) {
      list.add(Signature.of(InputKind.LINKEDIN_OTHER, 0, false, other));
    }
    for (List<String> other : LinkedInOtherFiles.EXACT_HEADERS) {
      list.add(Signature.of(InputKind.LINKEDIN_OTHER, 0, true, other));
    }
    return new Signatures(list);
  }

  /**
   * The best matching kind for a header row.
   *
   * @param only when not null, only signatures of this kind are considered
   */
  Optional<Signature> match(Set<String> header, InputKind only) {
    Signature best = null;
    for (Signature s : all) {
      if ((only == null || s.kind() == only)
          && s.matches(header)
          && (best == null || s.score() > best.score())) {
        best = s;
      }
    }
    return Optional.ofNullable(best);
  }
}
