package de.kontaktcharta.source.meta;

/**
 * What a message object is. Meta's {@code type} (Generic, Share, Call, Subscribe, Unsubscribe) was
 * dropped from the classic export in 2024; then calls and membership changes are told by their
 * fields ({@code call_duration}, {@code users}) where they have them.
 */
public enum MetaMessageKind {
  /** Text, photo, video, audio, file, sticker or shared link someone sent. */
  MESSAGE,
  /** A voice or video call (also a missed one). */
  CALL,
  /** Someone added to or leaving a group: no message from that person. */
  MEMBERSHIP,
  /** A message its sender took back; it was sent, its content is gone. */
  UNSENT,
  /** A type this package does not know; its raw name is in {@link MetaMessage#rawType}. */
  OTHER
}
