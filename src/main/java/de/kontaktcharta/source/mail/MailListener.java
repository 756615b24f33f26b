package de.kontaktcharta.source.mail;

/**
 * Receives the messages of a file, each exactly once and in file order, as one of three outcomes. A
 * problem never stops the file.
 */
public interface MailListener {

  /** A message with a From address and a date. */
  void message(MailHeaders headers);

  /** A message knowingly left out. */
  void skipped(MailPosition position, SkipReason reason);

  /** A message that could not be used, or text outside any message. */
  void problem(MailProblem problem);
}
