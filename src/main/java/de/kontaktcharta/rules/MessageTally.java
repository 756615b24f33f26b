package de.kontaktcharta.rules;

import de.kontaktcharta.identity.Keys;
import de.kontaktcharta.model.Channel;
import de.kontaktcharta.model.Charter;
import de.kontaktcharta.model.MessageFact;
import de.kontaktcharta.model.PersonRef;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Takes the messages of every channel as they stream past. A message read before from another file
 * (the same {@code Message-ID}), a bulk or automatic one and a group message are only counted for
 * their file; the one-to-one messages are kept per channel in a few numbers each. Who the owner is
 * and which partner is which contact is decided at the end.
 */
final class MessageTally {

  private final TextRules rules;
  private final Keys keys;
  private final Map<Channel, ChannelTally> channels = new EnumMap<>(Channel.class);
  private final Map<String, Integer> fileIds = new HashMap<>();
  private final List<MessageFile> files = new ArrayList<>();
  private final SeenIds seen = new SeenIds();
  private final Aliases aliases;
  private int messages;

  MessageTally(TextRules rules) {
    this.rules = rules;
    this.keys = rules.keys();
    this.aliases = new Aliases(keys);
  }

  /** Another name of a person, linked by an export; applied once every file is read. */
  void alias(PersonRef person) {
    aliases.add(person);
  }

  void add(MessageFact message) {
    messages++;
    int file = file(message);
    MessageFile counts = files.get(file);
    if (!message.messageId().isEmpty()
        && !seen.add(message.channel().name(), message.messageId())) {
      counts.duplicates++;
    } else if (message.bulk()) {
      counts.bulk++;
    } else if (message.group()) {
      counts.group++;
    } else {
      channels
          .computeIfAbsent(message.channel(), c -> new ChannelTally(keys, rules))
          .add(message, file);
    }
  }

  private int file(MessageFact message) {
    String name = message.source().file();
    Integer id = fileIds.get(name);
    if (id == null) {
      id = files.size();
      fileIds.put(name, id);
      files.add(new MessageFile(name, message.channel()));
    }
    return id;
  }

  /**
   * The counts per channel and partner, ready to be attributed.
   *
   * @param owners the owner as the inputs name them
   * @param today the reference date for the exchange window
   */
  MessageEvidence finish(List<PersonRef> owners, LocalDate today, Charter.Thresholds t) {
    channels.values().forEach(c -> c.widen(aliases));
    return new MessageEvidence(channels, files, new MessageOwner(owners, keys), today, t);
  }

  int messages() {
    return messages;
  }
}
