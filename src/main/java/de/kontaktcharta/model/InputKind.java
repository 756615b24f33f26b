package de.kontaktcharta.model;

import java.util.Objects;
import java.util.Set;

/**
 * A kind of input file the tool recognises: its name, the role it plays and what else the analysis
 * needs to know of it. The kinds themselves are declared by the packages that read them and listed
 * in one registry; nothing else names a kind, so that a new kind needs no edits elsewhere.
 *
 * @param code the name used on the command line ({@code --as KIND=FILE}), in reports and in the
 *     label keys {@code kind.CODE}
 * @param role what the kind contributes to the analysis
 * @param traits further properties
 */
public record InputKind(String code, Role role, Set<Trait> traits) {

  /** What a kind contributes to the analysis. */
  public enum Role {
    NETWORK,
    INVITATIONS,
    EVIDENCE,
    OWNER,
    NOT_USED
  }

  /** Properties of a kind that steps after reading rely on. */
  public enum Trait {
    /**
     * The source has company and position columns, so that a person without both says something
     * about the profile (PROFILE_POOR).
     */
    KNOWS_COMPANY_AND_POSITION,
    /**
     * A file of a data archive that holds the whole history: of several exports side by side only
     * the newest is read, or what both hold would count twice.
     */
    WHOLE_HISTORY,
    /**
     * A file that makes the folder or ZIP it lies in a data archive: other text files beside it
     * belong to the archive.
     */
    MARKS_ARCHIVE,
    /** What the other text files of a data archive are read as: read, but no contact evidence. */
    ARCHIVE_MEMBER,
    /**
     * A file of a data archive whose dates (of connections, messages, endorsements,
     * recommendations) tell the export's date, the default reference date.
     */
    DATES_EXPORT,
    /**
     * Its producer writes every field of every row; a row with fewer fields is damaged. Lists made
     * by hand or by other programs may stop a row early.
     */
    EVERY_FIELD_WRITTEN
  }

  public InputKind {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(role, "role");
    traits = Set.copyOf(traits);
  }

  /** A kind without traits. */
  public InputKind(String code, Role role) {
    this(code, role, Set.of());
  }

  public boolean has(Trait trait) {
    return traits.contains(trait);
  }

  @Override
  public String toString() {
    return code;
  }
}
