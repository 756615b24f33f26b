package de.kontaktcharta.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One sent message (drafts are not facts).
 *
 * @param sender who wrote it
 * @param recipients who received it; more than one in group conversations
 * @param date when, or null when unknown
 * @param text subject and content as plain text
 * @param source file and line
 */
public record MessageFact(
    PersonRef sender, List<PersonRef> recipients, LocalDate date, String text, SourceRef source)
    implements Fact {

  public MessageFact {
    Objects.requireNonNull(sender, "sender");
    recipients = List.copyOf(recipients);
    text = text == null ? "" : text;
    Objects.requireNonNull(source, "source");
  }

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.message(this);
  }
}
