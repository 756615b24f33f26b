package de.kontaktcharta.identity;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber;
import de.kontaktcharta.model.TextFold;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Phone numbers in E.164 ({@code +491711234567}) with Google's libphonenumber, so that {@code 0171
 * 1234567}, {@code +49 171 1234567} and {@code 0049 171 1234567} are one number. A number written
 * without a country code belongs to the region given (the charter's, Germany by default).
 */
public final class PhoneNumbers {

  /** Direction marks and isolates WhatsApp wraps numbers in, and spaces that are no spaces. */
  private static final Pattern MARKS =
      Pattern.compile("[\\u200e\\u200f\\u202a-\\u202e\\u2066-\\u2069\\ufeff]");

  private static final Pattern TEL_PREFIX = Pattern.compile("^(?i)tel:");

  private final PhoneNumberUtil util = PhoneNumberUtil.getInstance();
  private final String region;

  /**
   * @param region an ISO 3166 country code such as {@code DE}; an unknown one reads only numbers
   *     with a country code
   */
  public PhoneNumbers(String region) {
    String r = region == null ? "" : region.strip().toUpperCase(Locale.ROOT);
    this.region = util.getSupportedRegions().contains(r) ? r : "ZZ";
  }

  /** The region numbers without a country code are read in ({@code ZZ} when none). */
  public String region() {
    return region;
  }

  /** The number in E.164, or empty when the text is no possible phone number. */
  public Optional<String> e164(String raw) {
    String text = TextFold.clean(MARKS.matcher(raw == null ? "" : raw).replaceAll(""));
    text = TEL_PREFIX.matcher(text.replace('\u00a0', ' ').replace('\u202f', ' ')).replaceFirst("");
    int digits = 0;
    for (int i = 0; i < text.length(); i++) {
      if (Character.isDigit(text.charAt(i))) {
        digits++;
      } else if (Character.isLetter(text.charAt(i))) {
        // "Büro: 0171 …" or a vanity word: no number to compare safely
        return Optional.empty();
      }
    }
    if (digits < 5) {
      return Optional.empty();
    }
    try {
      Phonenumber.PhoneNumber number = util.parse(text, region);
      if (!util.isPossibleNumber(number)) {
        return Optional.empty();
      }
      return Optional.of(util.format(number, PhoneNumberUtil.PhoneNumberFormat.E164));
    } catch (NumberParseException e) {
      return Optional.empty();
    }
  }
}
