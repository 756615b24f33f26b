package de.kontaktcharta.source.whatsapp;

import de.kontaktcharta.model.PersonRef;
import de.kontaktcharta.model.TextFold;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The people of a chat as WhatsApp writes them: the name saved in the exporting phone, or, for a
 * number not in the phone book, the number itself ({@code +49 171 1234567}).
 */
final class ChatPeople {

  private static final Pattern NUMBER = Pattern.compile("\\+?[0-9][0-9 \\u00a0().\\-/]{5,}");
  private static final Pattern MARKS =
      Pattern.compile("[\\u200e\\u200f\\u202a-\\u202e\\u2066-\\u2069\\ufeff]");

  private ChatPeople() {}

  /** A person known by the number, or by the name. */
  static PersonRef person(String author) {
    String plain = MARKS.matcher(author).replaceAll("").strip();
    return NUMBER.matcher(plain).matches() ? PersonRef.phone(plain) : PersonRef.named(plain);
  }

  /** True when an author and a chat title name the same entry of the phone book. */
  static boolean same(String author, String title) {
    return comparable(author).equals(comparable(title));
  }

  private static String comparable(String text) {
    String plain = MARKS.matcher(text).replaceAll("");
    if (NUMBER.matcher(plain.strip()).matches()) {
      return plain.replaceAll("[^0-9+]", "");
    }
    return TextFold.clean(plain).toLowerCase(Locale.ROOT);
  }
}
