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
 * @param phones phone numbers as written, in any format ({@code 0171 1234567}, {@code +49 171
 *     1234567}); identity normalises them
 * @param handles accounts on other channels, written {@code channel:account} ({@code x:@name},
 *     {@code mastodon:@user@host}, {@code telegram:user123}) or as a profile link on such a channel
 *     ({@code https://x.com/name}); identity normalises them
 */
public record PersonRef(
    String firstName,
    String lastName,
    String fullName,
    String company,
    String position,
    List<String> emails,
    List<String> profileUrls,
    List<String> phones,
    List<String> handles) {

  public PersonRef {
    firstName = TextFold.clean(firstName);
    lastName = TextFold.clean(lastName);
    fullName = TextFold.clean(fullName);
    company = TextFold.clean(company);
    position = TextFold.clean(position);
    emails = nonBlank(emails);
    profileUrls = nonBlank(profileUrls);
    phones = nonBlank(phones);
    handles = nonBlank(handles);
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

  /** A person without phone numbers or handles, as most inputs name people. */
  public PersonRef(
      String firstName,
      String lastName,
      String fullName,
      String company,
      String position,
      List<String> emails,
      List<String> profileUrls) {
    this(
        firstName,
        lastName,
        fullName,
        company,
        position,
        emails,
        profileUrls,
        List.of(),
        List.of());
  }

  /** A person known by a name (may be empty) and an e-mail address, as mail headers name people. */
  public static PersonRef mailbox(String name, String email) {
    return new PersonRef("", "", name, "", "", listOf(email), List.of());
  }

  /** A person known by a phone number only, as chats show people not in the phone book. */
  public static PersonRef phone(String number) {
    return new PersonRef("", "", "", "", "", List.of(), List.of(), listOf(number), List.of());
  }

  /** This person with more phone numbers and handles. */
  public PersonRef withChannels(List<String> morePhones, List<String> moreHandles) {
    if (morePhones.isEmpty() && moreHandles.isEmpty()) {
      return this;
    }
    List<String> allPhones = new ArrayList<>(phones);
    allPhones.addAll(morePhones);
    List<String> allHandles = new ArrayList<>(handles);
    allHandles.addAll(moreHandles);
    return new PersonRef(
        firstName,
        lastName,
        fullName,
        company,
        position,
        emails,
        profileUrls,
        allPhones,
        allHandles);
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
   * The name to show for the person: the display name, else the e-mail address, phone number,
   * handle or profile link, so that a contact known only by an address is never listed without a
   * name.
   */
  public String shownName() {
    return label();
  }

  /** True when the row names nobody: no name, no e-mail, no profile, no phone, no handle. */
  public boolean isEmpty() {
    return displayName().isEmpty()
        && emails.isEmpty()
        && profileUrls.isEmpty()
        && phones.isEmpty()
        && handles.isEmpty();
  }

  /**
   * What to call the person in a note: the name, else the first e-mail address, phone number,
   * handle or profile.
   */
  public String label() {
    String name = displayName();
    if (!name.isEmpty()) {
      return name;
    }
    for (List<String> values : List.of(emails, phones, handles, profileUrls)) {
      if (!values.isEmpty()) {
        return values.get(0);
      }
    }
    return "";
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
