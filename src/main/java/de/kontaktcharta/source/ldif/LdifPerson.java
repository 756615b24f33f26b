package de.kontaktcharta.source.ldif;

import de.kontaktcharta.model.PersonRef;
import de.kontaktcharta.model.SourceRef;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A person record, with the attributes the tool uses.
 *
 * @param line the 1-based line where the record starts
 * @param dn the distinguished name
 * @param displayName {@code cn} (Thunderbird's display name); from the {@code dn} when missing
 * @param givenName {@code givenName}
 * @param surname {@code sn}
 * @param emails {@code mail}, then {@code mozillaSecondEmail}, without repeats
 * @param organisation {@code o}
 * @param title {@code title}
 * @param webPages {@code mozillaWorkUrl}, {@code mozillaHomeUrl} and {@code labeledURI}
 * @param phones {@code telephoneNumber}, {@code mobile} and {@code homePhone}
 */
public record LdifPerson(
    int line,
    String dn,
    String displayName,
    String givenName,
    String surname,
    List<String> emails,
    String organisation,
    String title,
    List<String> webPages,
    List<String> phones)
    implements LdifEntry {

  public LdifPerson {
    Objects.requireNonNull(dn, "dn");
    Objects.requireNonNull(displayName, "displayName");
    Objects.requireNonNull(givenName, "givenName");
    Objects.requireNonNull(surname, "surname");
    emails = List.copyOf(emails);
    Objects.requireNonNull(organisation, "organisation");
    Objects.requireNonNull(title, "title");
    webPages = List.copyOf(webPages);
    phones = List.copyOf(phones);
  }

  /** Where the person stands: the file and the record's first line. */
  public SourceRef source(String file) {
    return new SourceRef(file, line);
  }

  /**
   * The person as the rest of the tool sees one. Only web pages on LinkedIn or XING become profile
   * links: a company's home page is shared by all its staff and would make them one.
   */
  public PersonRef toPersonRef() {
    List<String> profiles = new ArrayList<>();
    for (String page : webPages) {
      if (isNetworkProfile(page)) {
        profiles.add(page);
      }
    }
    if (!displayName.isEmpty() && (givenName.isEmpty() || surname.isEmpty())) {
      // "cn: Katrin Albers" beside only "sn: Albers": the display name is the whole name
      return new PersonRef("", "", displayName, organisation, title, emails, profiles);
    }
    return new PersonRef(givenName, surname, displayName, organisation, title, emails, profiles);
  }

  static boolean isNetworkProfile(String url) {
    String lower = url.strip().toLowerCase(Locale.ROOT);
    int scheme = lower.indexOf("://");
    String rest = scheme >= 0 ? lower.substring(scheme + 3) : lower;
    int slash = rest.indexOf('/');
    String host = slash >= 0 ? rest.substring(0, slash) : rest;
    return slash >= 0
        && (host.equals("linkedin.com")
            || host.endsWith(".linkedin.com")
            || host.equals("xing.com")
            || host.endsWith(".xing.com"));
  }
}
