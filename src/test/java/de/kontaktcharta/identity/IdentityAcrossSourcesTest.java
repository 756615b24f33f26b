package de.kontaktcharta.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.kontaktcharta.model.Contact;
import de.kontaktcharta.model.InputKind;
import de.kontaktcharta.model.KeyKind;
import de.kontaktcharta.model.NetworkEntry;
import de.kontaktcharta.model.PersonRef;
import de.kontaktcharta.model.Platform;
import de.kontaktcharta.model.Problem;
import de.kontaktcharta.model.SourceRef;
import de.kontaktcharta.source.contacts.ContactsKind;
import de.kontaktcharta.source.linkedin.LinkedInKinds;
import de.kontaktcharta.source.vcard.VCardKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** One person, many files: the merge rules of docs/design.md §3 over LinkedIn, vCards and lists. */
class IdentityAcrossSourcesTest {

  private final List<Problem> problems = new ArrayList<>();
  private final NetworkBuilder builder =
      new NetworkBuilder(List.of(), problems::add, Keys.forRegion("DE"));

  private static NetworkEntry entry(InputKind kind, String file, int line, PersonRef p) {
    Platform platform = kind == LinkedInKinds.CONNECTIONS ? Platform.LINKEDIN : Platform.XING;
    return new NetworkEntry(p, null, platform, kind, new SourceRef(file, line));
  }

  private static PersonRef person(
      String first, String last, String full, String company, String email, String url) {
    return new PersonRef(
        first,
        last,
        full,
        company,
        "",
        email.isEmpty() ? List.of() : List.of(email),
        url.isEmpty() ? List.of() : List.of(url));
  }

  @Test
  void linkedInConnectionXingVCardAndAddressBookRowBecomeOneContact() {
    builder.add(
        entry(
            LinkedInKinds.CONNECTIONS,
            "Connections.csv",
            5,
            person(
                "Jürgen", "Müller", "", "ACME GmbH", "", "https://www.linkedin.com/in/jmueller")));
    builder.add(
        entry(
            VCardKind.KIND,
            "xing/Juergen_Mueller.vcf",
            1,
            person(
                "Juergen",
                "Mueller",
                "",
                "ACME",
                "j.mueller@acme.example",
                "https://www.xing.com/profile/Juergen_Mueller")));
    builder.add(
        entry(
            ContactsKind.KIND,
            "adressbuch.csv",
            7,
            person("", "", "Dr. Müller, Jürgen", "", "j.mueller@acme.example", "")));
    Network network = builder.build();

    assertEquals(1, network.contacts().size());
    Contact c = network.get(0);
    assertEquals(Set.of(LinkedInKinds.CONNECTIONS, VCardKind.KIND, ContactsKind.KIND), c.kinds());
    assertEquals(3, c.sources().size());
    assertEquals(Set.of(KeyKind.NAME_COMPANY, KeyKind.EMAIL), c.matchedBy());
    assertEquals(2, c.person().profileUrls().size());
    assertTrue(problems.isEmpty(), problems::toString);
    // evidence that names only the XING profile finds the same person
    assertTrue(
        network
            .resolve(PersonRef.named("", "https://www.xing.com/profile/juergen_mueller"))
            .unique());
  }

  @Test
  void nameThatFitsSeveralContactsIsReportedAndNotGuessed() {
    builder.add(
        entry(
            LinkedInKinds.CONNECTIONS,
            "Connections.csv",
            5,
            person("Thomas", "Schmidt", "", "Alpha", "", "https://www.linkedin.com/in/ts-alpha")));
    builder.add(
        entry(
            LinkedInKinds.CONNECTIONS,
            "Connections.csv",
            6,
            person("Thomas", "Schmidt", "", "Beta", "", "https://www.linkedin.com/in/ts-beta")));
    builder.add(
        entry(VCardKind.KIND, "thomas.vcf", 1, person("Thomas", "Schmidt", "", "", "", "")));
    Network network = builder.build();

    assertEquals(3, network.contacts().size());
    assertEquals(1, problems.size());
    assertEquals("ambiguous-name", problems.get(0).code());
    assertEquals("thomas.vcf:1", problems.get(0).source().toString());
  }

  @Test
  void twoXingProfilesWithOneNameStayTwoPeople() {
    builder.add(
        entry(
            VCardKind.KIND,
            "a.vcf",
            1,
            person("Anna", "Schmidt", "", "", "", "https://www.xing.com/profile/Anna_Schmidt")));
    builder.add(
        entry(
            VCardKind.KIND,
            "b.vcf",
            1,
            person("Anna", "Schmidt", "", "", "", "https://www.xing.com/profile/Anna_Schmidt2")));

    assertEquals(2, builder.build().contacts().size());
  }
}
