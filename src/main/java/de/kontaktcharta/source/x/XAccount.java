package de.kontaktcharta.source.x;

import de.kontaktcharta.model.SourceRef;
import java.time.Instant;
import java.util.Objects;

/**
 * The owner of the archive, from {@code account.js} (or, when that file is missing, from the
 * manifest's {@code userInfo}).
 *
 * @param accountId the numeric account id, as a string; direct messages name people only by it
 * @param username the handle without {@code @}, e.g. {@code erikamuster}
 * @param displayName the display name, e.g. {@code Erika Mustermann}; may be empty
 * @param email the account's e-mail address; may be empty
 * @param createdAt when the account was created; null when unknown
 * @param source file and line
 */
public record XAccount(
    String accountId,
    String username,
    String displayName,
    String email,
    Instant createdAt,
    SourceRef source) {

  public XAccount {
    Objects.requireNonNull(accountId, "accountId");
    username = username == null ? "" : username;
    displayName = displayName == null ? "" : displayName;
    email = email == null ? "" : email;
    Objects.requireNonNull(source, "source");
  }

  /** The handle as people write it, {@code @username}; empty when unknown. */
  public String handle() {
    return username.isEmpty() ? "" : "@" + username;
  }
}
