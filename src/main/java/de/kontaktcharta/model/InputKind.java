package de.kontaktcharta.model;

import java.util.Optional;

/** The kinds of input files the tool recognises, with the role each plays. */
public enum InputKind {
  LINKEDIN_CONNECTIONS("linkedin-connections", Role.NETWORK),
  LINKEDIN_INVITATIONS("linkedin-invitations", Role.INVITATIONS),
  LINKEDIN_MESSAGES("linkedin-messages", Role.EVIDENCE),
  LINKEDIN_ENDORSEMENTS("linkedin-endorsements", Role.EVIDENCE),
  LINKEDIN_RECOMMENDATIONS("linkedin-recommendations", Role.EVIDENCE),
  LINKEDIN_PROFILE("linkedin-profile", Role.OWNER),
  /** A LinkedIn archive file without contact evidence (Positions, Skills, …). */
  LINKEDIN_OTHER("linkedin-other", Role.NOT_USED),
  VCARD("vcard", Role.NETWORK),
  CONTACTS("contacts", Role.NETWORK),
  INVITATIONS("invitations", Role.INVITATIONS),
  CRM("crm", Role.EVIDENCE),
  CALENDAR("calendar", Role.EVIDENCE),
  MEETINGS("meetings", Role.EVIDENCE),
  INTERACTIONS("interactions", Role.EVIDENCE),
  /** The reasons ledger or an earlier report. */
  REASONS("reasons", Role.EVIDENCE);

  /** What a kind contributes to the analysis. */
  public enum Role {
    NETWORK,
    INVITATIONS,
    EVIDENCE,
    OWNER,
    NOT_USED
  }

  private final String code;
  private final Role role;

  InputKind(String code, Role role) {
    this.code = code;
    this.role = role;
  }

  /** The name used on the command line ({@code --as KIND=FILE}) and in reports. */
  public String code() {
    return code;
  }

  public Role role() {
    return role;
  }

  public static Optional<InputKind> fromCode(String code) {
    for (InputKind kind : values()) {
      if (kind.code.equalsIgnoreCase(code.trim())) {
        return Optional.of(kind);
      }
    }
    return Optional.empty();
  }
}
