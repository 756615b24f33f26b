package de.kontaktcharta.source.mail;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.james.mime4j.codec.DecodeMonitor;
import org.apache.james.mime4j.codec.DecoderUtil;

/** Collects the header fields one message needs while {@link HeaderFields} walks them. */
final class HeaderValues {

  private static final Set<String> WANTED =
      Set.of(
          "from",
          "sender",
          "reply-to",
          "to",
          "cc",
          "bcc",
          "delivered-to",
          "date",
          "message-id",
          "in-reply-to",
          "references",
          "subject",
          "x-gm-thrid",
          "x-gmail-labels",
          "list-id",
          "list-unsubscribe",
          "precedence",
          "auto-submitted",
          "x-autoreply",
          "x-autorespond",
          "return-path",
          "x-mozilla-status",
          "received");

  private static final int DELETED_FLAG = 0x0008;

  int fields;
  final List<MailAddress> from = new ArrayList<>();
  String rawFrom;
  MailAddress sender;
  final List<MailAddress> replyTo = new ArrayList<>();
  final List<MailAddress> to = new ArrayList<>();
  final List<MailAddress> cc = new ArrayList<>();
  final List<MailAddress> bcc = new ArrayList<>();
  final List<String> deliveredTo = new ArrayList<>();
  String date;
  String messageId = "";
  String inReplyTo = "";
  List<String> references = List.of();
  String subject;
  String gmailThreadId = "";
  List<String> gmailLabels = List.of();
  final Set<BulkSignal> signals = EnumSet.noneOf(BulkSignal.class);
  boolean deleted;
  int receivedFrom = -1;
  int receivedTo = -1;

  boolean wants(String name) {
    return WANTED.contains(name);
  }

  void countField() {
    fields++;
  }

  void accept(String name, byte[] bytes, int from, int to) {
    fields++;
    if (name.equals("received")) {
      // Only the bottom-most one is ever needed, and only when there is no other date.
      receivedFrom = from;
      receivedTo = to;
      return;
    }
    byte[] value = HeaderFields.unfold(bytes, from, to);
    switch (name) {
      case "from":
        this.from.addAll(AddressParsing.parse(value));
        rawFrom = rawFrom == null ? text(value) : rawFrom;
        break;
      case "sender":
        List<MailAddress> senders = AddressParsing.parse(value);
        sender = sender == null && !senders.isEmpty() ? senders.get(0) : sender;
        break;
      case "reply-to":
        replyTo.addAll(AddressParsing.parse(value));
        break;
      case "to":
        this.to.addAll(AddressParsing.parse(value));
        break;
      case "cc":
        cc.addAll(AddressParsing.parse(value));
        break;
      case "bcc":
        bcc.addAll(AddressParsing.parse(value));
        break;
      case "delivered-to":
        AddressParsing.parse(value).forEach(a -> deliveredTo.add(a.address()));
        break;
      default:
        acceptText(name, text(value));
    }
  }

  private void acceptText(String name, String value) {
    switch (name) {
      case "date":
        date = date == null ? value : date;
        break;
      case "message-id":
        messageId = messageId.isEmpty() ? first(MessageIds.all(value)) : messageId;
        break;
      case "in-reply-to":
        inReplyTo = inReplyTo.isEmpty() ? first(MessageIds.all(value)) : inReplyTo;
        break;
      case "references":
        references = references.isEmpty() ? MessageIds.all(value) : references;
        break;
      case "subject":
        subject = subject == null ? decodeWords(value) : subject;
        break;
      case "x-gm-thrid":
        gmailThreadId = value;
        break;
      case "x-gmail-labels":
        gmailLabels = labels(value);
        break;
      default:
        acceptSignal(name, value);
    }
  }

  private void acceptSignal(String name, String value) {
    String lower = value.toLowerCase(Locale.ROOT);
    String word = firstWord(lower);
    switch (name) {
      case "list-id":
        signalIf(!value.isEmpty(), BulkSignal.LIST_ID);
        break;
      case "list-unsubscribe":
        signalIf(!value.isEmpty(), BulkSignal.LIST_UNSUBSCRIBE);
        break;
      case "precedence":
        signalIf(
            word.equals("bulk") || word.equals("list") || word.equals("junk"),
            BulkSignal.PRECEDENCE);
        break;
      case "auto-submitted":
        signalIf(!word.isEmpty() && !word.equals("no"), BulkSignal.AUTO_SUBMITTED);
        break;
      case "x-autoreply":
      case "x-autorespond":
        signalIf(!word.isEmpty() && !word.equals("no"), BulkSignal.AUTO_REPLY);
        break;
      case "return-path":
        signalIf(lower.replace(" ", "").equals("<>"), BulkSignal.NULL_RETURN_PATH);
        break;
      default: // x-mozilla-status, the only wanted name left
        deleted = (mozillaFlags(value) & DELETED_FLAG) != 0;
    }
  }

  /** {@code auto-replied} of {@code auto-replied; reason=vacation}. */
  private static String firstWord(String lower) {
    int end = 0;
    while (end < lower.length()
        && (Character.isLetterOrDigit(lower.charAt(end)) || lower.charAt(end) == '-')) {
      end++;
    }
    return lower.substring(0, end);
  }

  private void signalIf(boolean condition, BulkSignal signal) {
    if (condition) {
      signals.add(signal);
    }
  }

  private static int mozillaFlags(String value) {
    try {
      return Integer.parseInt(value.strip(), 16);
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  private static String text(byte[] value) {
    return HeaderText.decode(value, 0, value.length);
  }

  private static String first(List<String> ids) {
    return ids.isEmpty() ? "" : ids.get(0);
  }

  /** RFC 2047 words; an unknown charset keeps the word as written, and nothing here throws. */
  static String decodeWords(String text) {
    if (!text.contains("=?")) {
      return text;
    }
    try {
      return DecoderUtil.decodeEncodedWords(text, DecodeMonitor.SILENT);
    } catch (RuntimeException e) {
      return text;
    }
  }

  /** Comma-separated, a label with a comma quoted, each label possibly an encoded word. */
  private static List<String> labels(String value) {
    List<String> labels = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i <= value.length(); i++) {
      char c = i < value.length() ? value.charAt(i) : ',';
      if (c == '"') {
        quoted = !quoted;
      } else if (c == ',' && !quoted) {
        String label = decodeWords(current.toString().strip());
        if (!label.isEmpty()) {
          labels.add(label);
        }
        current.setLength(0);
      } else {
        current.append(c);
      }
    }
    return labels;
  }
}
