package de.kontaktcharta.source.whatsapp;

/**
 * Receives the lines of a chat in file order. Whether the chat is a group is known only from the
 * {@link ChatSummary} at the end, so callers keep what they need until then.
 */
public interface ChatListener {

  /** A message or system line. */
  void message(ChatMessage message);

  /** A line that could not be used. */
  void problem(ChatProblem problem);
}
