package de.kontaktcharta.source.meta;

import de.kontaktcharta.model.SourceRef;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One message of a Facebook Messenger or Instagram thread, without its content. Names are repaired
 * (see {@link Mojibake}). The export does not mark the owner: compare {@code sender} with the
 * owner's name (from {@link MetaProfileReader} or {@link MetaOwnerTally}).
 *
 * @param platform Facebook or Instagram, as far as the path tells
 * @param conversationKey one per thread, the same across {@code message_1.json}, {@code
 *     message_2.json}, ...: platform, section and thread folder (e.g. {@code
 *     facebook:inbox/maxbeispiel_1234567890})
 * @param section the export's section ({@code inbox}, {@code message_requests}, {@code
 *     e2ee_cutover}, ...; {@code secure_storage} for the separate end-to-end-encrypted download),
 *     or empty when the path does not say
 * @param sender the display name of the writer
 * @param recipients the thread's other participants
 * @param participants everyone in the thread: its participant list (people still in it at export
 *     time) and every sender met in the file
 * @param sentAt when it was sent (Meta writes epoch milliseconds, so this is exact)
 * @param group true when more than two people take part or Meta marks the thread as a group
 * @param kind message, call, membership change, ...
 * @param rawType Meta's {@code type} as written, or empty when absent
 * @param number the message's 1-based position in its file's {@code messages} array
 * @param source file and line of the message object
 */
public record MetaMessage(
    MetaPlatform platform,
    String conversationKey,
    String section,
    String sender,
    List<String> recipients,
    List<String> participants,
    Instant sentAt,
    boolean group,
    MetaMessageKind kind,
    String rawType,
    int number,
    SourceRef source) {

  public MetaMessage {
    Objects.requireNonNull(platform, "platform");
    Objects.requireNonNull(conversationKey, "conversationKey");
    section = section == null ? "" : section;
    Objects.requireNonNull(sender, "sender");
    recipients = List.copyOf(recipients);
    participants = List.copyOf(participants);
    Objects.requireNonNull(sentAt, "sentAt");
    Objects.requireNonNull(kind, "kind");
    rawType = rawType == null ? "" : rawType;
    Objects.requireNonNull(source, "source");
  }
}
