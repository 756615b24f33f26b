package de.kontaktcharta.source.mail;

import java.util.Locale;
import java.util.Objects;

/**
 * One mailbox of an address header.
 *
 * @param address the address, lower-cased; only the local part when the header gave no domain (e.g.
 *     {@code mailer-daemon})
 * @param name the decoded display name, or an empty string when there is none
 */
public record MailAddress(String address, String name) {

  public MailAddress {
    Objects.requireNonNull(address, "address");
    address = address.toLowerCase(Locale.ROOT);
    name = name == null ? "" : name;
  }

  /** The part before the {@code @}, or the whole address when it has no domain. */
  public String localPart() {
    int at = address.lastIndexOf('@');
    return at < 0 ? address : address.substring(0, at);
  }

  /** The part after the {@code @}, or an empty string. */
  public String domain() {
    int at = address.lastIndexOf('@');
    return at < 0 ? "" : address.substring(at + 1);
  }

  @Override
  public String toString() {
    return name.isEmpty() ? address : name + " <" + address + ">";
  }
}
