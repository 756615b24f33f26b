package de.kontaktcharta.source.x;

import java.util.Objects;

/**
 * What reading one file gave, for the accounting: every entry is used, not evidence, or listed as a
 * problem.
 *
 * @param file the file name as the caller gave it
 * @param kind what the file holds
 * @param entries top-level entries read (conversations, posts, followers, …), the unit of the
 *     manifest's counts
 * @param used records delivered to the sink (messages, mentions, follows, the account)
 * @param skipped messages or entries left out, each with a problem
 * @param complete false when the file could not be read to its end (a problem says where)
 */
public record XFileSummary(
    String file, XFileKind kind, int entries, int used, int skipped, boolean complete) {

  public XFileSummary {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(kind, "kind");
  }
}
