package de.kontaktcharta.source.whatsapp;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Splits the part of a line after its date into author and text and decides what the line is.
 * System phrases are tried first (see {@link SystemPhrases}). Then the author ends, in this order
 * of preference: after a name known to contain {@code ": "} (the chat's title, or a name seen
 * earlier in the file, as in {@code Steuerbüro: Erika}); at the first {@code ": "} followed by a
 * U+200E, which iOS puts before its own texts and placeholders ({@code Projekt: Bau: ‎… left}); at
 * the first {@code ": "} outside brackets ({@code Handwerker (Firma: Beispiel): …}); at the first
 * {@code ": "}.
 */
final class LineClassifier {

  /** What a line is. */
  record Classified(String author, ChatMessage.Kind kind, boolean groupEvent) {}

  private static final Pattern MARKS =
      Pattern.compile("[\\u200e\\u200f\\u202a-\\u202e\\u2066-\\u2069\\ufeff]");
  private static final char LRM = '\u200e';

  private final ChatFormat format;
  private final List<String> namesWithColon = new ArrayList<>();

  LineClassifier(ChatFormat format, String title) {
    this.format = format;
    if (title != null && title.contains(": ")) {
      namesWithColon.add(title);
    }
  }

  Classified classify(String rest) {
    String plain = stripLeadingMarks(rest).strip();
    SystemPhrases.Match system = SystemPhrases.match(plain);
    if (system != SystemPhrases.Match.NONE) {
      return systemLine(system);
    }
    int colon = authorEnd(rest);
    if (colon < 0) {
      return systemLine(SystemPhrases.Match.NOTICE);
    }
    String author = cleanAuthor(rest.substring(0, colon));
    if (author.contains(": ") && !namesWithColon.contains(author)) {
      namesWithColon.add(author);
    }
    String text = rest.substring(colon + 1).stripLeading();
    boolean marked = !text.isEmpty() && text.charAt(0) == LRM;
    String body = stripLeadingMarks(text).strip();
    SystemPhrases.Match inner = SystemPhrases.match(body);
    if (inner == SystemPhrases.Match.NOTICE
        || inner == SystemPhrases.Match.GROUP_EVENT && (marked || format != ChatFormat.ANDROID)) {
      return systemLine(inner);
    }
    ChatMessage.Kind kind = MessageText.kindOf(body);
    if (kind == ChatMessage.Kind.TEXT && marked) {
      // iOS marks its own lines with a U+200E before the text and gives them the chat's title.
      return systemLine(SystemPhrases.Match.NOTICE);
    }
    return new Classified(author, kind, false);
  }

  private static Classified systemLine(SystemPhrases.Match match) {
    return new Classified("", ChatMessage.Kind.SYSTEM, match == SystemPhrases.Match.GROUP_EVENT);
  }

  /** The index of the colon after the author, or -1 when the line has no author. */
  private int authorEnd(String rest) {
    for (String name : namesWithColon) {
      if (rest.startsWith(name + ":")) {
        return name.length();
      }
    }
    int marked = rest.indexOf(": " + LRM);
    if (marked > 0) {
      return marked;
    }
    int depth = 0;
    int first = -1;
    for (int i = 0; i < rest.length(); i++) {
      char c = rest.charAt(i);
      if (c == '(' || c == '[' || c == '{') {
        depth++;
      } else if ((c == ')' || c == ']' || c == '}') && depth > 0) {
        depth--;
      } else if (c == ':' && (i + 1 == rest.length() || rest.charAt(i + 1) == ' ')) {
        if (depth == 0) {
          return i;
        }
        first = first < 0 ? i : first;
      }
    }
    return first;
  }

  static String cleanAuthor(String raw) {
    return MARKS.matcher(raw).replaceAll("").strip();
  }

  private static String stripLeadingMarks(String text) {
    int i = 0;
    while (i < text.length() && (text.charAt(i) == LRM || text.charAt(i) == '\u200f')) {
      i++;
    }
    return text.substring(i);
  }
}
