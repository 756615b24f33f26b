package de.kontaktcharta.source.meta;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;

/** Small readings of JSON values that tolerate the wrong type instead of failing. */
final class JsonValues {

  private JsonValues() {}

  /**
   * A streaming parser that leaves the caller's stream open and never copies input text into its
   * error messages (message texts must not reach the report).
   */
  static JsonParser parser(InputStream in) throws IOException {
    JsonFactory factory =
        JsonFactory.builder()
            .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
            .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .build();
    return factory.createParser(in);
  }

  static JsonParser parser(byte[] head, int length) throws IOException {
    return parser(new ByteArrayInputStream(head, 0, length));
  }

  /** The string at the current token, or null (and the value skipped) for any other type. */
  static String text(JsonParser p, JsonToken token) throws IOException {
    if (token == JsonToken.VALUE_STRING) {
      return p.getText();
    }
    p.skipChildren();
    return null;
  }

  /**
   * The whole number at the current token; a number written as a string or with a fraction is
   * accepted. Null for anything else, and for numbers too large for a long.
   */
  static Long number(JsonParser p, JsonToken token) throws IOException {
    switch (token) {
      case VALUE_NUMBER_INT -> {
        return p.getNumberType() == JsonParser.NumberType.BIG_INTEGER ? null : p.getLongValue();
      }
      case VALUE_NUMBER_FLOAT -> {
        double d = p.getDoubleValue();
        return Double.isFinite(d) && Math.abs(d) < 9e18 ? (long) d : null;
      }
      case VALUE_STRING -> {
        String s = p.getText().strip();
        return s.matches("-?\\d{1,18}") ? Long.parseLong(s) : null;
      }
      default -> {
        p.skipChildren();
        return null;
      }
    }
  }
}
