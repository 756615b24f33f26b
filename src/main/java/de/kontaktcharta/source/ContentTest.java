package de.kontaktcharta.source;

/**
 * Says from a file's first bytes whether it is of a kind that neither a header row nor a {@code
 * BEGIN:} line reveals: a mailbox, a chat export, an address book in LDIF, a JSON archive.
 */
@FunctionalInterface
public interface ContentTest {

  /** How many bytes of a file the test is given at most. */
  int HEAD_BYTES = 8192;

  /**
   * True when a file that starts with these bytes is of the kind.
   *
   * @param name the file's name as shown, a path or {@code archive.zip!folder/entry}: its folders
   *     may say which export a file belongs to ({@code data/network-inquiry/} of XING's); a hint,
   *     never enough alone
   * @param head the file's first bytes, at most {@link #HEAD_BYTES}
   * @param complete true when {@code head} is the whole file
   */
  boolean matches(String name, byte[] head, boolean complete);
}
