package de.kontaktcharta.source.whatsapp;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * WhatsApp's own lines in German and English. They are matched before the author, because a system
 * line can look like a message ({@code Projekt: Bau} as a group name) and iOS writes its notices as
 * the chat title's "message". A name in a phrase never contains {@code ": "}: every real message
 * line does right after its author, so a message can never pass for a phrase.
 */
final class SystemPhrases {

  /** What a text is. */
  enum Match {
    NONE,
    /** A notice that appears in one-to-one chats as well (encryption, security code, number). */
    NOTICE,
    /** An event only groups have. */
    GROUP_EVENT
  }

  private static final String N = "(?:(?!: ).)+";
  private static final String ANY = "(?:(?!: ).)*";
  private static final String N_HAT = "(?:" + N + " hat|du hast)";
  private static final String N_EN = "(?:" + N + "|you)";

  /** A phrase and a word every text it matches contains, tried first because it is cheap. */
  private record Phrase(String keyword, Pattern pattern, boolean groupEvent) {}

  private static final List<Phrase> PHRASES =
      List.of(
          group("erstellt", N_HAT + " (?:die |diese )?gruppe(?: .+)? erstellt\\.?"),
          group("hinzugefügt", N_HAT + " " + N + " hinzugefügt\\.?"),
          group("verlassen", N_HAT + " die gruppe verlassen\\.?"),
          group("entfernt", N_HAT + " " + N + " entfernt\\.?"),
          group("betreff", N_HAT + " den (?:gruppen)?betreff .*geändert\\.?"),
          group(
              "gruppe",
              N_HAT
                  + " (?:das gruppenbild|die gruppenbeschreibung|die gruppeneinstellungen"
                  + "|den gruppennamen) .*(?:geändert|gelöscht|entfernt)\\.?"),
          group("einladungslink", N + " ist " + ANY + "einladungslink" + ANY + " beigetreten\\.?"),
          group("admin", "(?:du bist|" + N + " ist) jetzt (?:ein )?admin\\.?"),
          group("ende-zu-ende", "nachrichten (?:an diese|in dieser) gruppe .*ende-zu-ende.*"),
          group("created", N_EN + " created (?:group .+|this group)"),
          group("added", N_EN + " added " + N),
          group(" left", N_EN + " left"),
          group("removed", N_EN + " removed " + N),
          group("changed the", N_EN + " changed the (?:subject|group name) .+"),
          group(
              "group",
              N_EN
                  + " (?:changed|deleted) (?:this group's icon|the group description"
                  + "|this group's settings.*|the group's settings.*)"),
          group("invite link", N + " joined using (?:this group's|your) invite link"),
          group("admin", "(?:you're|you are|" + N + " is) now an admin"),
          group("end-to-end", "messages (?:to|in) this group .*end-to-end.*"),
          notice(
              "ende-zu-ende", "nachrichten(?: (?!gruppe).*?)? (?:sind|werden) .*ende-zu-ende-.*"),
          notice("sicherheits", ANY + "sicherheits(?:nummer|code)" + ANY + " geändert.*"),
          notice("gewechselt", N_HAT + " (?:zu|zur nummer) " + N + " gewechselt\\.?"),
          notice("telefonnummer", N_HAT + " (?:seine|ihre|die|deine) telefonnummer .*geändert.*"),
          notice("selbstlöschende", N_HAT + " selbstlöschende nachrichten .*"),
          notice("diesen kontakt", "du hast diesen kontakt (?:blockiert|freigegeben).*"),
          notice("end-to-end", "messages .*end-to-end encrypt.*"),
          notice("security code", "your security code with " + N + " changed.*"),
          notice("changed", N + " changed (?:their phone number|to " + N + ").*"),
          notice("disappearing", N_EN + " turned (?:on|off) disappearing messages.*"),
          notice("disappearing", N + " uses a default timer for disappearing messages.*"),
          notice("this contact", "you (?:blocked|unblocked) this contact.*"));

  private SystemPhrases() {}

  private static Phrase group(String keyword, String regex) {
    return new Phrase(keyword, compile(regex), true);
  }

  private static Phrase notice(String keyword, String regex) {
    return new Phrase(keyword, compile(regex), false);
  }

  private static Pattern compile(String regex) {
    return Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  }

  /** System lines are short; longer texts are messages and are not searched. */
  static final int MAX_LENGTH = 500;

  /**
   * What the text is; the text must be free of leading direction marks. A group event wins over a
   * notice.
   */
  static Match match(String text) {
    if (text.length() > MAX_LENGTH) {
      return Match.NONE;
    }
    String lower = text.toLowerCase(Locale.ROOT);
    Match found = Match.NONE;
    for (Phrase phrase : PHRASES) {
      if (lower.contains(phrase.keyword()) && phrase.pattern().matcher(text).matches()) {
        if (phrase.groupEvent()) {
          return Match.GROUP_EVENT;
        }
        found = Match.NOTICE;
      }
    }
    return found;
  }
}
