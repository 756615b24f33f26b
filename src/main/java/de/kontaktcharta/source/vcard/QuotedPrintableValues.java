package de.kontaktcharta.source.vcard;

import de.kontaktcharta.input.text.TextBlocks;
import de.kontaktcharta.input.text.Utf8FallbackReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decodes the QUOTED-PRINTABLE values of a card's name, company, title, e-mail and profile lines
 * before ez-vcard sees the card, leniently where old address books wrote them wrongly: a soft line
 * break ({@code =} at the end of a line) in front of the next property would swallow that property
 * (even {@code END:VCARD}), and a single bad escape ({@code =ZZ}) makes ez-vcard keep the whole
 * value undecoded ({@code M=C3=BCller}). Here the value ends before the next property, bad escapes
 * stay as written, and everything else is decoded.
 */
final class QuotedPrintableValues {

  /**
   * A card's lines with those values decoded.
   *
   * @param lines as many lines as before; lines joined into a value are left empty
   * @param brokenBreak the index of the first line whose soft line break ran into a property, or -1
   * @param badEscape the index of the first line with an escape that is not one, or -1
   */
  record Result(List<String> lines, int brokenBreak, int badEscape) {}

  private static final Set<String> DECODED =
      Set.of("N", "FN", "ORG", "TITLE", "ROLE", "EMAIL", "URL", "X-SOCIALPROFILE");

  /** Property names as writers put them at the start of a line: upper case, maybe grouped. */
  private static final Pattern PROPERTY =
      Pattern.compile(
          "(?:[A-Za-z0-9-]+\\.)?(?:X-[A-Z0-9-]+|N|FN|ORG|TITLE|ROLE|TEL|EMAIL|URL|ADR|LABEL|NOTE"
              + "|BDAY|PHOTO|LOGO|SOUND|KEY|VERSION|REV|UID|NICKNAME|CATEGORIES|GEO|TZ|MAILER"
              + "|PRODID|SORT-STRING|CLASS|AGENT|SOURCE|NAME|PROFILE|IMPP|KIND|GENDER|LANG|MEMBER"
              + "|RELATED|ANNIVERSARY|CLIENTPIDMAP|FBURL|CALADRURI|CALURI|XML|BEGIN|END)[;:].*");

  private static final Pattern CHARSET = Pattern.compile("(?i);CHARSET=\"?([^;:\"]+)\"?");
  private static final Pattern ENCODING_PARAMS =
      Pattern.compile("(?i);(?:ENCODING=)?QUOTED-PRINTABLE|;CHARSET=\"?[^;:\"]+\"?");

  private QuotedPrintableValues() {}

  /**
   * @param fallback the charset of values without a CHARSET parameter
   */
  static Result decode(List<String> lines, Charset fallback) {
    List<String> out = new ArrayList<>(lines);
    int brokenBreak = -1;
    int badEscape = -1;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      int colon = valueStart(line);
      if (colon < 0) {
        continue;
      }
      String head = line.substring(0, colon);
      if (!head.toUpperCase(Locale.ROOT).contains("QUOTED-PRINTABLE")
          || !DECODED.contains(TextBlocks.name(head))) {
        continue;
      }
      StringBuilder value = new StringBuilder(line.substring(colon + 1));
      int last = i;
      while (endsWithSoftBreak(value) && last + 1 < lines.size()) {
        String next = lines.get(last + 1);
        if (PROPERTY.matcher(next).matches() || next.strip().equalsIgnoreCase("END:VCARD")) {
          brokenBreak = brokenBreak < 0 ? last : brokenBreak;
          break;
        }
        value.setLength(value.length() - 1);
        value.append(next);
        last++;
      }
      if (endsWithSoftBreak(value)) {
        value.setLength(value.length() - 1);
      }
      Decoded decoded = lenient(value, charset(head, fallback));
      if (decoded.bad() && badEscape < 0) {
        badEscape = i;
      }
      out.set(i, ENCODING_PARAMS.matcher(head).replaceAll("") + ":" + decoded.text());
      for (int k = i + 1; k <= last; k++) {
        out.set(k, "");
      }
      i = last;
    }
    return new Result(out, brokenBreak, badEscape);
  }

  private record Decoded(String text, boolean bad) {}

  /** Decodes {@code =XX} escapes; anything else is kept as written. */
  private static Decoded lenient(CharSequence value, Charset charset) {
    StringBuilder out = new StringBuilder(value.length());
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    boolean bad = false;
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '=' && i + 2 < value.length()) {
        int high = hex(value.charAt(i + 1));
        int low = hex(value.charAt(i + 2));
        if (high >= 0 && low >= 0) {
          bytes.write(high << 4 | low);
          i += 2;
          continue;
        }
      }
      flush(bytes, charset, out);
      bad |= c == '=';
      out.append(c);
    }
    flush(bytes, charset, out);
    // an encoded line break (=0D=0A) cannot stay: here a value is one line
    String text = out.toString().replace("\r\n", " ").replace('\r', ' ').replace('\n', ' ');
    return new Decoded(text, bad);
  }

  private static void flush(ByteArrayOutputStream bytes, Charset charset, StringBuilder out) {
    if (bytes.size() == 0) {
      return;
    }
    if (charset.equals(StandardCharsets.UTF_8)) {
      // as in a UTF-8 file, bytes that are no UTF-8 are taken as Windows-1252
      try (Reader reader = new Utf8FallbackReader(new ByteArrayInputStream(bytes.toByteArray()))) {
        char[] buffer = new char[bytes.size() + 1];
        int n;
        while ((n = reader.read(buffer, 0, buffer.length)) > 0) {
          out.append(buffer, 0, n);
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    } else {
      out.append(new String(bytes.toByteArray(), charset));
    }
    bytes.reset();
  }

  private static int hex(char c) {
    return Character.digit(c, 16);
  }

  private static boolean endsWithSoftBreak(CharSequence value) {
    return value.length() > 0 && value.charAt(value.length() - 1) == '=';
  }

  /** Where the value starts: after the first colon outside a quoted parameter, or -1. */
  private static int valueStart(String line) {
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '"') {
        quoted = !quoted;
      } else if (c == ':' && !quoted) {
        return i;
      }
    }
    return -1;
  }

  private static Charset charset(String head, Charset fallback) {
    Matcher m = CHARSET.matcher(head);
    if (!m.find()) {
      return fallback;
    }
    try {
      return Charset.forName(m.group(1).trim());
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      return fallback;
    }
  }
}
