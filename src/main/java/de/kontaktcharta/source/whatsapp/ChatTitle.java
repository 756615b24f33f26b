package de.kontaktcharta.source.whatsapp;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The chat title that WhatsApp puts into the export's file name: {@code WhatsApp Chat mit Erika
 * Mustermann.txt} (Android, German), {@code WhatsApp Chat with …} (English), {@code WhatsApp Chat -
 * Erika Mustermann.zip} (iOS) and the other locales' forms. The title is the contact's name as
 * saved on the exporting phone, or the group's name.
 */
public final class ChatTitle {

  private static final Pattern TITLED =
      Pattern.compile(
          "(?:WhatsApp[ -]Chat (?:mit|with|met|con|com|avec|z|med)"
              + "|WhatsApp[ -]Chat -"
              + "|Conversa do WhatsApp com"
              + "|Chat de WhatsApp con"
              + "|Chat WhatsApp con"
              + "|Discussion WhatsApp avec"
              + "|WhatsApp-chat met)"
              + "\\s+(.+)",
          Pattern.CASE_INSENSITIVE);

  /** A copy's number, as browsers and file managers add it: {@code … (1).zip}. */
  private static final Pattern COPY_NUMBER = Pattern.compile("\\s*\\(\\d+\\)$");

  private static final Pattern MARKS =
      Pattern.compile("[\\u200e\\u200f\\u202a-\\u202e\\u2066-\\u2069]");
  private static final Pattern EXTENSION = Pattern.compile("(?i)\\.(?:txt|zip)$");

  private ChatTitle() {}

  /** The title in the file name, or null when the name carries none (e.g. {@code _chat.txt}). */
  public static String fromFileName(String fileName) {
    if (fileName == null) {
      return null;
    }
    String name = fileName;
    int bang = name.lastIndexOf('!');
    name = name.substring(bang + 1);
    name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
    name = MARKS.matcher(name).replaceAll("");
    name = EXTENSION.matcher(name).replaceFirst("");
    name = COPY_NUMBER.matcher(name).replaceFirst("");
    Matcher matcher = TITLED.matcher(name.strip());
    return matcher.matches() ? matcher.group(1).strip() : null;
  }
}
