package de.kontaktcharta.source.whatsapp;

import java.util.Arrays;
import java.util.List;
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

  private static final List<Pattern> GROUP_EVENTS =
      compile(
          N_HAT + " (?:die |diese )?gruppe(?: .+)? erstellt\\.?",
          N_HAT + " " + N + " hinzugefügt\\.?",
          N_HAT + " die gruppe verlassen\\.?",
          N_HAT + " " + N + " entfernt\\.?",
          N_HAT + " den (?:gruppen)?betreff .*geändert\\.?",
          N_HAT
              + " (?:das gruppenbild|die gruppenbeschreibung|die gruppeneinstellungen"
              + "|den gruppennamen) .*(?:geändert|gelöscht|entfernt)\\.?",
          N + " ist " + ANY + "einladungslink" + ANY + " beigetreten\\.?",
          "(?:du bist|" + N + " ist) jetzt (?:ein )?admin\\.?",
          "nachrichten (?:an diese|in dieser) gruppe .*ende-zu-ende.*",
          N_EN + " created (?:group .+|this group)",
          N_EN + " added " + N,
          N_EN + " left",
          N_EN + " removed " + N,
          N_EN + " changed the (?:subject|group name) .+",
          N_EN
              + " (?:changed|deleted) (?:this group's icon|the group description"
              + "|this group's settings.*|the group's settings.*)",
          N + " joined using (?:this group's|your) invite link",
          "(?:you're|you are|" + N + " is) now an admin",
          "messages (?:to|in) this group .*end-to-end.*");

  private static final List<Pattern> NOTICES =
      compile(
          "nachrichten(?: (?!gruppe).*?)? (?:sind|werden) .*ende-zu-ende-.*",
          ANY + "sicherheits(?:nummer|code)" + ANY + " geändert.*",
          N_HAT + " (?:zu|zur nummer) " + N + " gewechselt\\.?",
          N_HAT + " (?:seine|ihre|die|deine) telefonnummer .*geändert.*",
          N_HAT + " selbstlöschende nachrichten .*",
          "du hast diesen kontakt (?:blockiert|freigegeben).*",
          "messages .*end-to-end encrypt.*",
          "your security code with " + N + " changed.*",
          N + " changed (?:their phone number|to " + N + ").*",
          N_EN + " turned (?:on|off) disappearing messages.*",
          N + " uses a default timer for disappearing messages.*",
          "you (?:blocked|unblocked) this contact.*");

  private SystemPhrases() {}

  private static List<Pattern> compile(String... regexes) {
    return Arrays.stream(regexes)
        .map(r -> Pattern.compile(r, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE))
        .toList();
  }

  /** System lines are short; longer texts are messages and are not searched. */
  static final int MAX_LENGTH = 500;

  /** What the text is; the text must be free of leading direction marks. */
  static Match match(String text) {
    if (text.length() > MAX_LENGTH) {
      return Match.NONE;
    }
    if (matchesAny(GROUP_EVENTS, text)) {
      return Match.GROUP_EVENT;
    }
    return matchesAny(NOTICES, text) ? Match.NOTICE : Match.NONE;
  }

  private static boolean matchesAny(List<Pattern> patterns, String text) {
    for (Pattern pattern : patterns) {
      if (pattern.matcher(text).matches()) {
        return true;
      }
    }
    return false;
  }
}
