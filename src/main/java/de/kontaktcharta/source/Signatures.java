package de.kontaktcharta.source;

import static de.kontaktcharta.source.lists.ListFields.CHANNEL_STRICT;
import static de.kontaktcharta.source.lists.ListFields.COMPANY;
import static de.kontaktcharta.source.lists.ListFields.EMAIL;
import static de.kontaktcharta.source.lists.ListFields.FIRST;
import static de.kontaktcharta.source.lists.ListFields.FROM;
import static de.kontaktcharta.source.lists.ListFields.FULL;
import static de.kontaktcharta.source.lists.ListFields.LAST;
import static de.kontaktcharta.source.lists.ListFields.LOCATION;
import static de.kontaktcharta.source.lists.ListFields.MEETING_DATE;
import static de.kontaktcharta.source.lists.ListFields.MESSAGE;
import static de.kontaktcharta.source.lists.ListFields.PERSON_ANY;
import static de.kontaktcharta.source.lists.ListFields.POSITION;
import static de.kontaktcharta.source.lists.ListFields.PROFILE;
import static de.kontaktcharta.source.lists.ListFields.RELATION_STRICT;
import static de.kontaktcharta.source.lists.ListFields.SENT;
import static de.kontaktcharta.source.lists.ListFields.SINCE;
import static de.kontaktcharta.source.lists.ListFields.TITLE;

import de.kontaktcharta.input.table.Field;
import de.kontaktcharta.model.InputKind;
import de.kontaktcharta.source.linkedin.LinkedInOtherFiles;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The header signatures of every table kind the tool recognises, LinkedIn's own files first. */
public final class Signatures {

  private final List<Signature> all;

  Signatures(List<Signature> all) {
    this.all = List.copyOf(all);
  }

  /** The signatures of LinkedIn's data archive and of the generic lists. */
  public static Signatures standard() {
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
    // The ledger and a report's review sheets have a Decision column; the report's Evidence
    // sheet, which also has IDs and a Reason column, has none and is no list of decisions. The
    // weight puts an earlier report's review sheets before the contact and invitation lists they
    // resemble.
    list.add(
        Signature.of(
            InputKind.REASONS,
            40,
            "contact id|kontakt-id|invitation id|einladungs-id",
            "decision|entscheidung"));
    for (List<String> other : LinkedInOtherFiles.HEADERS) {
      list.add(Signature.of(InputKind.LINKEDIN_OTHER, 0, false, other));
    }
    for (List<String> other : LinkedInOtherFiles.EXACT_HEADERS) {
      list.add(Signature.of(InputKind.LINKEDIN_OTHER, 0, true, other));
    }
    list.addAll(generic());
    return new Signatures(list);
  }

  /**
   * The generic lists. A relation, channel or invitation column outweighs plain name columns, so
   * that a customer sheet with names is a CRM list and not an address book; the looser signatures
   * only count with {@code --as}.
   */
  private static List<Signature> generic() {
    List<Field> person = List.of(FIRST, LAST, FULL, COMPANY, EMAIL);
    List<Field> contactDetail = List.of(COMPANY, EMAIL, PROFILE, POSITION, SINCE);
    List<Field> anyName = List.of(FIRST, LAST, FULL, EMAIL, PROFILE);
    return List.of(
        Signature.ofFields(InputKind.CONTACTS, 2, List.of(List.of(FIRST), List.of(LAST))),
        Signature.ofFields(InputKind.CONTACTS, 1, List.of(List.of(FULL), contactDetail)),
        Signature.forcedOnly(InputKind.CONTACTS, List.of(anyName)),
        Signature.ofFields(InputKind.CRM, 8, List.of(List.of(RELATION_STRICT), person)),
        Signature.forcedOnly(InputKind.CRM, List.of(withProfile(person))),
        Signature.ofFields(
            InputKind.INVITATIONS, 4, List.of(List.of(FROM), List.of(SENT), List.of(MESSAGE))),
        // "Name | Datum | Nachricht": a single message and date per person reads as an invitation
        Signature.ofFields(
            InputKind.INVITATIONS, 2, List.of(List.of(FULL), List.of(SENT), List.of(MESSAGE))),
        Signature.ofFields(InputKind.INVITATIONS, 0, List.of(List.of(FROM), List.of(MESSAGE))),
        Signature.forcedOnly(InputKind.INVITATIONS, List.of(List.of(FROM, FULL, FIRST, LAST))),
        Signature.ofFields(
            InputKind.MEETINGS,
            3,
            List.of(PERSON_ANY, List.of(MEETING_DATE), List.of(TITLE, LOCATION))),
        Signature.forcedOnly(InputKind.MEETINGS, List.of(PERSON_ANY, List.of(MEETING_DATE))),
        Signature.ofFields(
            InputKind.INTERACTIONS,
            6,
            List.of(PERSON_ANY, List.of(MEETING_DATE), List.of(CHANNEL_STRICT))),
        Signature.forcedOnly(InputKind.INTERACTIONS, List.of(PERSON_ANY, List.of(MEETING_DATE))));
  }

  private static List<Field> withProfile(List<Field> fields) {
    List<Field> out = new ArrayList<>(fields);
    out.add(PROFILE);
    return out;
  }

  /**
   * The best matching kind for a header row.
   *
   * @param only when not null, only signatures of this kind are considered
   */
  public Optional<Signature> match(Set<String> header, InputKind only) {
    Set<String> compact = new HashSet<>();
    for (String name : header) {
      String c = Field.compact(name);
      if (!c.isEmpty()) {
        compact.add(c);
      }
    }
    Signature best = null;
    for (Signature s : all) {
      if ((only == null ? !s.forcedOnly() : s.kind() == only)
          && s.matches(compact)
          && (best == null || s.score() > best.score())) {
        best = s;
      }
    }
    return Optional.ofNullable(best);
  }
}
