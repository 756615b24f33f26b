package de.kontaktcharta.rules;

import de.kontaktcharta.model.Channel;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Set;

/** What became of the messages of one file that counted for nobody, by reason. */
final class MessageFile {
  final String name;
  final Channel channel;
  long duplicates;
  long bulk;
  long group;

  /** True when none of the file's one-to-one messages is from or to the owner. */
  boolean ownerUnknown;

  /** One-to-one messages of a file whose owner is unknown. */
  long ownerless;

  long withoutOwner;
  long withoutPartner;
  long ambiguous;
  long unmatched;
  final Set<Integer> unmatchedPeople = new HashSet<>();
  final Set<String> unmatchedNames = new LinkedHashSet<>();

  MessageFile(String name, Channel channel) {
    this.name = name;
    this.channel = channel;
  }
}
