package de.kontaktcharta.source.mail;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.james.mime4j.dom.address.Address;
import org.apache.james.mime4j.dom.address.Group;
import org.apache.james.mime4j.dom.address.Mailbox;
import org.apache.james.mime4j.field.address.LenientAddressParser;
import org.apache.james.mime4j.stream.ParserCursor;
import org.apache.james.mime4j.util.ByteArrayBuffer;

/**
 * Address lists through mime4j's lenient parser, which handles quoted names with commas ({@code
 * "Mustermann, Erika" <e@example.com>}), groups ({@code undisclosed-recipients:;}) and RFC 2047
 * encoded names. The parser is given bytes, not a string: its string entry point encodes to UTF-8
 * but keeps the string's char count as the end, so non-ASCII names cut off the end of the list. It
 * reads name bytes as UTF-8, so ISO-8859-1 bytes are converted to UTF-8 first.
 */
final class AddressParsing {

  /** A bare word such as the {@code Mustermann} of an unquoted {@code Mustermann, Erika <…>}. */
  private static final Pattern NAME_WORD = Pattern.compile("\\p{L}[\\p{L} .'-]*");

  private static final Pattern COMMENT_NAME =
      Pattern.compile("\\s*<?[^\\s<>()]+>?\\s*\\((.+)\\)\\s*");

  private AddressParsing() {}

  /** The mailboxes of an unfolded header value. */
  static List<MailAddress> parse(byte[] value) {
    byte[] utf8 = value;
    if (!HeaderText.isAscii(value, 0, value.length) && !HeaderText.isUtf8(value, 0, value.length)) {
      utf8 = new String(value, StandardCharsets.ISO_8859_1).getBytes(StandardCharsets.UTF_8);
    }
    ByteArrayBuffer buffer = new ByteArrayBuffer(utf8, utf8.length, true);
    List<Mailbox> mailboxes = new ArrayList<>();
    for (Address address :
        LenientAddressParser.DEFAULT.parseAddressList(buffer, new ParserCursor(0, utf8.length))) {
      if (address instanceof Mailbox) {
        mailboxes.add((Mailbox) address);
      } else if (address instanceof Group) {
        ((Group) address).getMailboxes().forEach(mailboxes::add);
      }
    }
    List<MailAddress> addresses = toAddresses(mailboxes);
    if (addresses.size() == 1 && addresses.get(0).name().isEmpty() && hasParenthesis(utf8)) {
      return List.of(withCommentName(addresses.get(0), new String(utf8, StandardCharsets.UTF_8)));
    }
    return addresses;
  }

  private static boolean hasParenthesis(byte[] value) {
    for (byte b : value) {
      if (b == '(') {
        return true;
      }
    }
    return false;
  }

  /**
   * The old form {@code erika@example.org (Erika Mustermann)} names the person in a comment, which
   * the parser skips; the comment becomes the name.
   */
  private static MailAddress withCommentName(MailAddress address, String value) {
    Matcher matcher = COMMENT_NAME.matcher(value);
    if (matcher.matches()) {
      return new MailAddress(address.address(), HeaderValues.decodeWords(matcher.group(1).strip()));
    }
    return address;
  }

  /**
   * Some programs write {@code Mustermann, Erika <e@example.com>} without quotes; the comma then
   * splits the name into a domainless word and a named mailbox, which are joined again here.
   */
  private static List<MailAddress> toAddresses(List<Mailbox> mailboxes) {
    List<MailAddress> result = new ArrayList<>(mailboxes.size());
    for (int i = 0; i < mailboxes.size(); i++) {
      Mailbox current = mailboxes.get(i);
      String local = strip(current.getLocalPart());
      if (local.isEmpty()) {
        continue;
      }
      String domain = strip(current.getDomain());
      String name = cleanName(current.getName());
      Mailbox next = i + 1 < mailboxes.size() ? mailboxes.get(i + 1) : null;
      if (next != null
          && domain.isEmpty()
          && name.isEmpty()
          && !strip(next.getDomain()).isEmpty()
          && !cleanName(next.getName()).isEmpty()
          && NAME_WORD.matcher(local).matches()) {
        result.add(address(next, local + ", " + cleanName(next.getName())));
        i++;
      } else {
        result.add(new MailAddress(domain.isEmpty() ? local : local + "@" + domain, name));
      }
    }
    return result;
  }

  private static MailAddress address(Mailbox mailbox, String name) {
    return new MailAddress(strip(mailbox.getLocalPart()) + "@" + strip(mailbox.getDomain()), name);
  }

  private static String strip(String text) {
    return text == null ? "" : text.strip();
  }

  private static String cleanName(String name) {
    String stripped = strip(name);
    if (stripped.length() >= 2 && stripped.startsWith("\"") && stripped.endsWith("\"")) {
      stripped = stripped.substring(1, stripped.length() - 1).strip();
    }
    return stripped;
  }
}
