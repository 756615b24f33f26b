package de.kontaktcharta.source.x;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import de.kontaktcharta.model.Message;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Reading scalar values leniently: archives from different years type the same field apart. */
final class XJson {

  /** Doubles hold every integer up to 2^53 exactly; beyond that an E-notation id lost digits. */
  private static final BigInteger EXACT_LIMIT = BigInteger.TWO.pow(53);

  private static final DateTimeFormatter TWEET_DATE =
      DateTimeFormatter.ofPattern("EEE MMM d HH:mm:ss Z yyyy", Locale.US);
  private static final DateTimeFormatter OLD_TWEET_DATE =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss Z", Locale.US);

  private XJson() {}

  /**
   * The current scalar value as text: strings as they are, numbers and booleans as written, null as
   * empty. Objects and arrays are skipped and give {@code null}, meaning "wrong type".
   */
  static String text(JsonParser p) throws IOException {
    JsonToken token = p.currentToken();
    if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
      p.skipChildren();
      return null;
    }
    if (token == JsonToken.VALUE_NULL) {
      return "";
    }
    return p.getText().trim();
  }

  /**
   * An account or message id as exact decimal digits. The 2018 archives wrote numbers as float
   * strings ({@code "1.01456537218219622E18"}); such a value is accepted only while a double could
   * hold it exactly, else it is reported as unusable and the {@code *_str} field must be used.
   *
   * @return the digits, {@code ""} when the value is empty, or {@code null} when it is no exact id
   */
  static String id(String raw) {
    if (raw == null) {
      return null;
    }
    if (raw.isEmpty() || isDigits(raw)) {
      return raw;
    }
    try {
      BigDecimal value = new BigDecimal(raw);
      BigInteger whole = value.toBigIntegerExact();
      if (whole.signum() < 0 || whole.compareTo(EXACT_LIMIT) > 0) {
        return null;
      }
      return whole.toString();
    } catch (NumberFormatException | ArithmeticException e) {
      return null;
    }
  }

  private static boolean isDigits(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) < '0' || s.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  /** An ISO instant as in {@code createdAt} ({@code 2022-09-03T12:47:23.519Z}); null if none. */
  static Instant instant(String raw) {
    if (raw == null || raw.isEmpty()) {
      return null;
    }
    try {
      return Instant.parse(raw);
    } catch (DateTimeException e) {
      return null;
    }
  }

  /**
   * A post's {@code created_at}: {@code Sat Aug 12 16:10:37 +0000 2023}, or the 2018 form {@code
   * 2015-01-24 02:02:37 +0000}; null when it is neither.
   */
  static Instant tweetDate(String raw) {
    if (raw == null || raw.isEmpty()) {
      return null;
    }
    for (DateTimeFormatter format : new DateTimeFormatter[] {TWEET_DATE, OLD_TWEET_DATE}) {
      try {
        return ZonedDateTime.parse(raw, format).toInstant();
      } catch (DateTimeException e) {
        // try the next form
      }
    }
    return null;
  }

  /** A token for a message: "a text", "a list", "the end of the file", … */
  static Message describe(JsonToken token) {
    if (token == null) {
      return Message.of("problem.x-unexpected-content.found-end");
    }
    switch (token) {
      case START_ARRAY:
        return Message.of("problem.x-unexpected-content.found-list");
      case START_OBJECT:
        return Message.of("problem.x-unexpected-content.found-object");
      case VALUE_STRING:
        return Message.of("problem.x-unexpected-content.found-text");
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        return Message.of("problem.x-unexpected-content.found-number");
      default:
        return Message.of(
            "problem.x-unexpected-content.found-other",
            token.asString() == null ? token.name() : token.asString());
    }
  }
}
