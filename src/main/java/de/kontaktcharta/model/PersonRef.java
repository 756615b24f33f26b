package de.kontaktcharta.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What one input row says about a person. Any part may be empty; rows rarely carry everything.
 *
 * @param firstName given name as written
 * @param lastName family name as written
 * @param fullName the display name when the source has no separate parts, else empty
 * @param company employer or organisation
 * @param position job title
 * @param emails e-mail addresses as written
 * @param profileUrls profile URLs or member URNs as written
 */
public record PersonRef(
    String firstName,
    String lastName,
    String fullName,
    String company,
    String position,
    List<String> emails,
    List<String> profileUrls) {

  public PersonRef {
    firstName = TextFold.clean(firstName);
    lastName = TextFold.clean(lastName);
    fullName = TextFold.clean(fullName);
    company = TextFold.clean(company);
    position = TextFold.clean(position);
    emails = nonBlank(emails);
    profileUrls = nonBlank(profileUrls);
    // Address books show a contact known only by an address under that address: Android as the
    // display name, others as the given name. It is an address, not a name, and would otherwise
    // make a name key ("frieda lohmann example de") that matches nobody.
    if (isAddress(fullName) && firstName.isEmpty() && lastName.isEmpty()) {
      emails = withAddress(emails, fullName);
      fullName = "";
    } else if (isAddress(NameParts.join(firstName, lastName)) && fullName.isEmpty()) {
      emails = withAddress(emails, NameParts.join(firstName, lastName));
      firstName = "";
      lastName = "";
    }
  }

  /** A person known by name only. */
  public static PersonRef named(String fullName) {
    return new PersonRef("", "", fullName, "", "", List.of(), List.of());
  }

  /** A person known by name and, where present, profile URL. */
  public static PersonRef named(String fullName, String profileUrl) {
    return new PersonRef("", "", fullName, "", "", List.of(), listOf(profileUrl));
  }

  /** The name to show: given and family name, else the full name. */
  public String displayName() {
    String joined = NameParts.join(firstName, lastName);
    return joined.isEmpty() ? NameParts.readingOrder(fullName) : joined;
  }

  /**
   * The name to show for the person: the display name, else the e-mail address, else the profile
   * link, so that a contact known only by an address is never listed without a name.
   */
  public String shownName() {
    String name = displayName();
    if (!name.isEmpty()) {
      return name;
    }
    return emails.isEmpty() ? profileUrl().orElse("") : emails.get(0);
  }

  /** True when the row names nobody: no name, no e-mail, no profile. */
  public boolean isEmpty() {
    return displayName().isEmpty() && emails.isEmpty() && profileUrls.isEmpty();
  }

  /** The first profile URL as written, if any. */
  public Optional<String> profileUrl() {
    return profileUrls.stream().findFirst();
  }

  private static List<String> nonBlank(List<String> values) {
    Objects.requireNonNull(values, "values");
    if (values.isEmpty()) {
      // the common case: a million message rows make two or three people each
      return List.of();
    }
    List<String> cleaned = new ArrayList<>(values.size());
    for (String value : values) {
      String v = TextFold.clean(value);
      if (!v.isEmpty() && !cleaned.contains(v)) {
        cleaned.add(v);
      }
    }
    return List.copyOf(cleaned);
  }

  /** A bare address such as {@code frieda@example.de}: one {@code @}, no spaces. */
  private static boolean isAddress(String text) {
    int at = text.indexOf('@');
    return at > 0
        && at < text.length() - 1
        && text.indexOf('@', at + 1) < 0
        && text.indexOf(' ') < 0
        && text.indexOf('.', at) > at + 1;
  }

  private static List<String> withAddress(List<String> emails, String address) {
    for (String e : emails) {
      if (e.equalsIgnoreCase(address)) {
        return emails;
      }
    }
    List<String> all = new ArrayList<>(emails.size() + 1);
    all.add(address);
    all.addAll(emails);
    return List.copyOf(all);
  }

  private static List<String> listOf(String value) {
    return TextFold.isBlank(value) ? List.of() : List.of(value);
  }
}
