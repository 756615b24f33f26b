package de.kontaktcharta.source.x;

import de.kontaktcharta.model.Problem;

/**
 * Receives what the readers of this package find, in file order. Implement the methods you need;
 * {@link #problem} is required because no problem may go unseen.
 */
public interface XSink {

  /** The archive's owner from {@code account.js}. */
  default void account(XAccount account) {}

  /** The archive's table of contents from {@code manifest.js}. */
  default void manifest(XManifest manifest) {}

  /** A direct message, one-to-one or group. */
  default void directMessage(XDirectMessage message) {}

  /** An account named in one of the owner's posts. */
  default void mention(XMention mention) {}

  /** A follower or followed account. */
  default void follow(XFollow follow) {}

  /** Something the user should know about; never silently dropped. */
  void problem(Problem problem);
}
