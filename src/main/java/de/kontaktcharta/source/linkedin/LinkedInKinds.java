package de.kontaktcharta.source.linkedin;

import de.kontaktcharta.model.InputKind;
import de.kontaktcharta.model.InputKind.Role;
import de.kontaktcharta.model.InputKind.Trait;
import de.kontaktcharta.source.Signature;
import de.kontaktcharta.source.SourceKind;
import de.kontaktcharta.source.TableKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** The files of LinkedIn's data archive, in the order they are read. */
public final class LinkedInKinds {

  /**
   * Every archive holds the whole history, dated by LinkedIn; these files also make a folder an
   * archive.
   */
  private static final Set<Trait> CORE =
      Set.of(
          Trait.WHOLE_HISTORY, Trait.MARKS_ARCHIVE, Trait.EVERY_FIELD_WRITTEN, Trait.DATES_EXPORT);

  public static final InputKind CONNECTIONS =
      new InputKind(
          "linkedin-connections",
          Role.NETWORK,
          Set.of(
              Trait.WHOLE_HISTORY,
              Trait.MARKS_ARCHIVE,
              Trait.EVERY_FIELD_WRITTEN,
              Trait.KNOWS_COMPANY_AND_POSITION,
              Trait.DATES_EXPORT));
  public static final InputKind INVITATIONS =
      new InputKind("linkedin-invitations", Role.INVITATIONS, CORE);
  public static final InputKind MESSAGES = new InputKind("linkedin-messages", Role.EVIDENCE, CORE);
  public static final InputKind ENDORSEMENTS =
      new InputKind("linkedin-endorsements", Role.EVIDENCE, CORE);
  public static final InputKind RECOMMENDATIONS =
      new InputKind(
          "linkedin-recommendations",
          Role.EVIDENCE,
          Set.of(Trait.WHOLE_HISTORY, Trait.EVERY_FIELD_WRITTEN, Trait.DATES_EXPORT));
  public static final InputKind PROFILE = new InputKind("linkedin-profile", Role.OWNER, CORE);

  /**
   * {@code Email Addresses.csv} and {@code PhoneNumbers.csv}: the owner's own, for mail and chats.
   */
  public static final InputKind OWNER_CONTACT =
      new InputKind(
          "linkedin-owner-contact",
          Role.OWNER,
          Set.of(Trait.WHOLE_HISTORY, Trait.EVERY_FIELD_WRITTEN));

  /** A LinkedIn archive file without contact evidence (Positions, Skills, …). */
  public static final InputKind OTHER =
      new InputKind(
          "linkedin-other", Role.NOT_USED, Set.of(Trait.ARCHIVE_MEMBER, Trait.EVERY_FIELD_WRITTEN));

  /** The archive's kinds with their signatures and readers. */
  public static final List<SourceKind> SOURCES =
      List.of(
          TableKind.read(
              CONNECTIONS,
              List.of(
                  Signature.of(
                      CONNECTIONS,
                      5,
                      "first name|vorname",
                      "last name|nachname",
                      "connected on|verbunden am")),
              LinkedInConnectionsReader::new),
          TableKind.read(
              INVITATIONS,
              List.of(Signature.of(INVITATIONS, 5, "from", "to", "direction", "sent at|date sent")),
              LinkedInInvitationsReader::new),
          TableKind.read(
                  MESSAGES,
                  List.of(
                      Signature.of(
                          MESSAGES,
                          5,
                          "from",
                          "to",
                          "date",
                          "content",
                          "conversation id|folder|direction")),
                  LinkedInMessagesReader::new)
              .withByName(LinkedInKinds::assistantNotPerson),
          TableKind.read(
              ENDORSEMENTS,
              List.of(
                  Signature.of(
                      ENDORSEMENTS,
                      5,
                      "endorsement date",
                      "endorser first name",
                      "endorser last name")),
              LinkedInEndorsementsReader::new),
          TableKind.read(
                  RECOMMENDATIONS,
                  List.of(
                      Signature.of(
                          RECOMMENDATIONS, 5, "first name", "last name", "text", "creation date")),
                  LinkedInRecommendationsReader::new)
              .withByName(LinkedInKinds::givenNotReceived),
          TableKind.read(
              PROFILE,
              List.of(Signature.of(PROFILE, 5, "first name", "last name", "headline")),
              dates -> new LinkedInProfileReader()),
          TableKind.read(
              OWNER_CONTACT,
              List.of(
                  Signature.of(OWNER_CONTACT, 5, "email address", "confirmed", "primary"),
                  Signature.of(OWNER_CONTACT, 5, "extension", "number", "type")),
              dates -> new LinkedInOwnerContactReader()),
          TableKind.notRead(OTHER, otherSignatures()));

  private LinkedInKinds() {}

  /**
   * LinkedIn's {@code Recommendations_Given.csv} has the very header of the recommendations
   * received; only its name tells them apart. What the owner wrote about others is no sign that
   * they engaged with the owner, so it is read as a file without contact evidence.
   */
  static Optional<InputKind> givenNotReceived(String baseName) {
    return baseName.toLowerCase(Locale.ROOT).contains("given")
        ? Optional.of(OTHER)
        : Optional.empty();
  }

  /**
   * Since 2024 LinkedIn's archive holds, beside {@code messages.csv}, the conversations with its
   * own assistants in files of the same header: {@code coach_messages.csv}, {@code
   * learning_coach_messages.csv}, {@code guide_messages.csv}. Their other side is a program, not a
   * person, so they are no evidence of exchange, and they are no second export of the messages
   * either; only the name tells them apart.
   */
  static Optional<InputKind> assistantNotPerson(String baseName) {
    String name = baseName.toLowerCase(Locale.ROOT);
    return name.contains("coach") || name.contains("guide_")
        ? Optional.of(OTHER)
        : Optional.empty();
  }

  private static List<Signature> otherSignatures() {
    List<Signature> list = new ArrayList<>();
    for (List<String> other : LinkedInOtherFiles.HEADERS) {
      list.add(Signature.of(OTHER, 0, false, other));
    }
    for (List<String> other : LinkedInOtherFiles.EXACT_HEADERS) {
      list.add(Signature.of(OTHER, 0, true, other));
    }
    return list;
  }
}
