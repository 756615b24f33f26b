package de.kontaktcharta.source.ldif;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.kontaktcharta.model.PersonRef;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The producers' LDIF files read into people, groups and skipped records. */
class LdifEntriesTest {

  @Test
  void thunderbirdExportGivesPeopleWithUmlautsAndItsMailingList() throws IOException {
    LdifAddressBook book = LdifFixtures.book("thunderbird-addressbook.ldif");
    assertTrue(book.problems().isEmpty(), book.problems().toString());
    assertEquals(4, book.people().size());
    LdifPerson joerg = book.people().get(0);
    assertEquals("Jörg Maaß", joerg.displayName());
    assertEquals("Jörg", joerg.givenName());
    assertEquals("Maaß", joerg.surname());
    assertEquals(List.of("joerg.maass@example.de", "jm@maass-consult.example"), joerg.emails());
    assertEquals("Maaß Consulting GmbH", joerg.organisation());
    assertEquals("Geschäftsführer", joerg.title());
    assertEquals(List.of("+49 40 5550123"), joerg.phones());
    assertEquals(1, joerg.line());
    PersonRef ref = joerg.toPersonRef();
    assertEquals("Jörg Maaß", ref.displayName());
    assertEquals(List.of("https://www.linkedin.com/in/joerg-maass-example"), ref.profileUrls());

    LdifPerson sabine = book.people().get(1);
    assertEquals("Berger, Sabine", sabine.displayName());
    assertEquals("Sabine Berger", sabine.toPersonRef().displayName());
    assertEquals(
        List.of("https://www.xing.com/profile/Sabine_Berger7"),
        sabine.toPersonRef().profileUrls(),
        "the company's home page is no profile of the person");

    LdifPerson mailOnly = book.people().get(2);
    assertEquals("", mailOnly.displayName());
    assertEquals(List.of("info@hafenkontor.example"), mailOnly.emails());

    assertEquals(1, book.groups().size());
    LdifGroup group = book.groups().get(0);
    assertEquals("Projektteam Nord", group.name());
    assertEquals(
        List.of(
            "cn=Jörg Maaß,mail=joerg.maass@example.de",
            "cn=Berger, Sabine,mail=s.berger@example.org",
            "mail=info@hafenkontor.example"),
        group.members());
    assertEquals(58, group.line());
  }

  @Test
  void windowsLineEndsReadTheSame() throws IOException {
    LdifAddressBook book = LdifFixtures.book("thunderbird-windows-crlf.ldif");
    assertTrue(book.problems().isEmpty(), book.problems().toString());
    assertEquals(
        List.of("Claudia Neumann", "Günter Voß"),
        book.people().stream().map(LdifPerson::displayName).toList());
    assertEquals("Voß & Partner", book.people().get(1).organisation());
    assertEquals(1, book.groups().size());
  }

  @Test
  void ldapsearchOutputSkipsOrganisationsAndTheSearchSummary() throws IOException {
    LdifAddressBook book = LdifFixtures.book("openldap-ldapsearch.ldif");
    assertTrue(book.problems().isEmpty(), book.problems().toString());
    assertEquals(
        List.of("Thomas Brandt", "Jürgen Müller"),
        book.people().stream().map(LdifPerson::displayName).toList());
    LdifPerson thomas = book.people().get(0);
    assertEquals(
        List.of(
            "https://www.xing.com/profile/Thomas_Brandt42/cv?sc_o=da980_e&utm_source=adressbuch"),
        thomas.webPages(),
        "labeledURI is the URI before the label, joined over the folded line");
    assertEquals(
        List.of("j.mueller@beispiel.de", "juergen.mueller@privat.example"),
        book.people().get(1).emails());
    assertEquals(List.of("vertrieb"), book.groups().stream().map(LdifGroup::name).toList());
    assertEquals(2, book.groups().get(0).members().size());
    assertEquals(3, book.skipped().size());
    assertTrue(book.skipped().get(0).reason().args().toString().contains("organization"));
    assertTrue(book.skipped().get(1).reason().args().toString().contains("organizationalunit"));
    assertTrue(book.skipped().get(2).reason().key().equals("problem.ldif-skipped.search-summary"));
  }

  @Test
  void lowerCaseAttributeNamesAsSogoWritesThem() throws IOException {
    LdifAddressBook book = LdifFixtures.book("sogo-lowercase.ldif");
    LdifPerson anna = book.people().get(0);
    assertEquals("Anna Becker", anna.displayName());
    assertEquals(
        List.of("https://de.linkedin.com/in/anna-becker-steuer"), anna.toPersonRef().profileUrls());
    assertEquals(List.of("+49 521 5550142", "+49 151 5550199"), anna.phones());
  }

  @Test
  void changeRecordsOtherThanAddAreNoPeople() throws IOException {
    LdifAddressBook book = LdifFixtures.book("ldapmodify-change-records.ldif");
    assertEquals(
        List.of("Katrin Albers"), book.people().stream().map(LdifPerson::displayName).toList());
    assertEquals(2, book.skipped().size());
    assertTrue(book.skipped().get(0).reason().args().contains("modify"));
    assertTrue(book.skipped().get(1).reason().args().contains("delete"));
  }

  @Test
  void damagedFileKeepsWhatItCanAndSkipsTheUnitWithAReason() throws IOException {
    LdifAddressBook book = LdifFixtures.book("damaged.ldif");
    assertEquals(2, book.people().size());
    assertEquals(1, book.skipped().size());
    assertEquals(6, book.problems().size());
  }

  @Test
  void aRecordWithoutObjectClassButWithAnAddressIsAPerson() {
    LdifRecord r =
        new LdifRecord(3, "mail=x@y.de", "", java.util.Map.of("mail", List.of("x@y.de")));
    LdifPerson p = assertInstanceOf(LdifPerson.class, new LdifEntries().classify(r));
    assertEquals(List.of("x@y.de"), p.emails());
    assertEquals("Book.ldif:3", p.source("Book.ldif").toString());
  }

  @Test
  void aPersonWithoutNameOrAddressIsSkipped() {
    LdifRecord r =
        new LdifRecord(
            7,
            "uid=4711",
            "",
            java.util.Map.of("objectclass", List.of("person"), "uid", List.of("4711")));
    LdifSkipped s = assertInstanceOf(LdifSkipped.class, new LdifEntries().classify(r));
    assertEquals("problem.ldif-skipped.nameless", s.reason().key());
  }

  @Test
  void theDisplayNameComesFromTheDnWhenCnIsMissing() {
    LdifRecord r =
        new LdifRecord(
            1,
            "cn=Eva Roth,mail=eva@roth.example",
            "",
            java.util.Map.of(
                "objectclass", List.of("inetOrgPerson"), "mail", List.of("eva@roth.example")));
    LdifPerson p = assertInstanceOf(LdifPerson.class, new LdifEntries().classify(r));
    assertEquals("Eva Roth", p.displayName());
  }

  @Test
  void posixGroupsListTheirMemberIds() {
    LdifRecord r =
        new LdifRecord(
            1,
            "cn=admins,ou=groups,dc=x",
            "",
            java.util.Map.of(
                "objectclass", List.of("posixGroup"), "memberuid", List.of("anna", "ben")));
    LdifGroup g = assertInstanceOf(LdifGroup.class, new LdifEntries().classify(r));
    assertEquals("admins", g.name());
    assertEquals(List.of("anna", "ben"), g.members());
  }

  @Test
  void onlyLinkedInAndXingPagesAreProfiles() {
    assertTrue(LdifPerson.isNetworkProfile("https://www.linkedin.com/in/a"));
    assertTrue(LdifPerson.isNetworkProfile("http://de.linkedin.com/in/a"));
    assertTrue(LdifPerson.isNetworkProfile("www.xing.com/profile/A_B"));
    assertTrue(!LdifPerson.isNetworkProfile("https://linkedin.com.evil.example/in/a"));
    assertTrue(!LdifPerson.isNetworkProfile("https://www.linkedin.com"));
    assertTrue(!LdifPerson.isNetworkProfile("https://notlinkedin.com/in/a"));
  }
}
