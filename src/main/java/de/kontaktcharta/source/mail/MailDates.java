package de.kontaktcharta.source.mail;

import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads the dates mail software writes, leniently: RFC 5322 ({@code Mon, 10 Jul 2017 14:06:16 +0200
 * (CEST)}), the obsolete forms (two-digit years, zone names, no seconds), the asctime form of From_
 * lines ({@code Mon Jul 10 14:06:16 +0000 2017}, {@code Wed Apr 02 06:51:08 2014}) and ISO dates.
 * Tokens are recognised by their shape rather than their position, so the word order of the
 * different forms does not matter. A date without a zone is taken as UTC, as RFC 5322 says for
 * {@code -0000}.
 */
final class MailDates {

  private static final String[] MONTHS = {
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"
  };

  /** German abbreviations that some German mail programs wrote instead of the English ones. */
  private static final Map<String, Integer> GERMAN_MONTHS =
      Map.of("mär", 3, "mrz", 3, "mai", 5, "okt", 10, "dez", 12);

  private static final Map<String, Integer> ZONE_HOURS =
      Map.ofEntries(
          Map.entry("ut", 0),
          Map.entry("utc", 0),
          Map.entry("gmt", 0),
          Map.entry("z", 0),
          Map.entry("edt", -4),
          Map.entry("est", -5),
          Map.entry("cdt", -5),
          Map.entry("cst", -6),
          Map.entry("mdt", -6),
          Map.entry("mst", -7),
          Map.entry("pdt", -7),
          Map.entry("pst", -8),
          Map.entry("bst", 1),
          Map.entry("cet", 1),
          Map.entry("mez", 1),
          Map.entry("cest", 2),
          Map.entry("mesz", 2));

  private static final Pattern SEPARATORS = Pattern.compile("[\\s,]+");

  private int day;
  private int month;
  private int year;
  private int hour;
  private int minute;
  private int second;
  private ZoneOffset zone;

  private MailDates() {
    day = -1;
    month = -1;
    year = -1;
    hour = -1;
  }

  /** The date written in the text, or null when the text holds no complete date. */
  static OffsetDateTime parse(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    MailDates parts = new MailDates();
    for (String token : SEPARATORS.split(withoutComments(text))) {
      if (!token.isEmpty()) {
        parts.take(token);
      }
    }
    return parts.toDate();
  }

  private static String withoutComments(String text) {
    if (text.indexOf('(') < 0) {
      return text;
    }
    StringBuilder kept = new StringBuilder(text.length());
    int depth = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '(') {
        depth++;
      } else if (c == ')' && depth > 0) {
        depth--;
      } else if (depth == 0) {
        kept.append(c);
      }
    }
    return kept.toString();
  }

  private void take(String token) {
    char first = token.charAt(0);
    if (Character.isLetter(first)) {
      takeWord(token.toLowerCase(Locale.ROOT));
    } else if (token.length() >= 10 && token.charAt(4) == '-') {
      takeIsoDate(token);
    } else if (token.indexOf(':') > 0 && hour < 0) {
      takeTime(token);
    } else if ((first == '+' || first == '-') && zone == null) {
      zone = numericZone(token.substring(1), first == '-');
    } else if (token.indexOf('.') > 0) {
      takeDottedDate(token);
    } else if (isDigits(token)) {
      takeNumber(token);
    }
  }

  private void takeWord(String word) {
    if (month < 0 && word.length() >= 3) {
      int found = monthOf(word);
      if (found > 0) {
        month = found;
        return;
      }
    }
    Integer hours = ZONE_HOURS.get(word);
    if (hours != null && zone == null) {
      zone = ZoneOffset.ofHours(hours);
    }
  }

  private static int monthOf(String word) {
    String prefix = word.substring(0, 3);
    for (int i = 0; i < MONTHS.length; i++) {
      if (MONTHS[i].equals(prefix)) {
        return i + 1;
      }
    }
    return GERMAN_MONTHS.getOrDefault(prefix, -1);
  }

  private void takeTime(String token) {
    String[] parts = token.split(":");
    if (parts.length < 2 || parts.length > 3) {
      return;
    }
    String last = parts[parts.length - 1];
    int dot = last.indexOf('.');
    if (dot > 0) {
      parts[parts.length - 1] = last.substring(0, dot);
    }
    for (String part : parts) {
      if (part.isEmpty() || part.length() > 2 || !isDigits(part)) {
        return;
      }
    }
    hour = Integer.parseInt(parts[0]);
    minute = Integer.parseInt(parts[1]);
    second = parts.length == 3 ? Integer.parseInt(parts[2]) : 0;
  }

  private void takeIsoDate(String token) {
    int t = token.indexOf('T');
    String date = t > 0 ? token.substring(0, t) : token;
    String[] parts = date.split("-");
    if (parts.length == 3 && parts[0].length() == 4 && isDigits(parts[0] + parts[1] + parts[2])) {
      year = Integer.parseInt(parts[0]);
      month = Integer.parseInt(parts[1]);
      day = Integer.parseInt(parts[2]);
      if (t > 0) {
        takeIsoTime(token.substring(t + 1));
      }
    }
  }

  /** {@code 10.07.2017}, as a few German programs wrote the Date header. */
  private void takeDottedDate(String token) {
    String[] parts = token.split("\\.");
    if (parts.length == 3 && isDigits(parts[0] + parts[1] + parts[2]) && parts[2].length() == 4) {
      day = Integer.parseInt(parts[0]);
      month = Integer.parseInt(parts[1]);
      year = Integer.parseInt(parts[2]);
    }
  }

  private void takeIsoTime(String time) {
    int zoneAt = Math.max(time.indexOf('+'), Math.max(time.indexOf('-'), time.indexOf('Z')));
    takeTime(zoneAt > 0 ? time.substring(0, zoneAt) : time);
    if (zoneAt > 0) {
      char sign = time.charAt(zoneAt);
      zone =
          sign == 'Z'
              ? ZoneOffset.UTC
              : numericZone(time.substring(zoneAt + 1).replace(":", ""), sign == '-');
    }
  }

  private void takeNumber(String digits) {
    if (digits.length() > 4) {
      return;
    }
    int value = Integer.parseInt(digits);
    if (day < 0 && digits.length() <= 2 && year < 0) {
      day = value;
    } else if (year < 0) {
      year = value;
    }
  }

  private static ZoneOffset numericZone(String digits, boolean negative) {
    if (digits.length() != 4 || !isDigits(digits)) {
      return null;
    }
    int hours = Integer.parseInt(digits.substring(0, 2));
    int minutes = Integer.parseInt(digits.substring(2));
    if (hours > 18 || minutes > 59) {
      return null;
    }
    int seconds = (hours * 60 + minutes) * 60;
    return ZoneOffset.ofTotalSeconds(negative ? -seconds : seconds);
  }

  private static boolean isDigits(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return !text.isEmpty();
  }

  private OffsetDateTime toDate() {
    if (day < 1 || month < 1 || year < 0) {
      return null;
    }
    int fullYear = year < 50 ? 2000 + year : year < 1000 ? 1900 + year : year;
    try {
      LocalDateTime local =
          LocalDateTime.of(fullYear, month, day, Math.max(hour, 0), minute, second);
      return OffsetDateTime.of(local, zone == null ? ZoneOffset.UTC : zone);
    } catch (DateTimeException e) {
      return null;
    }
  }
}
