package de.kontaktcharta.source.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class AddressParsingTest {

  private static List<MailAddress> utf8(String value) {
    return AddressParsing.parse(value.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void quotedNameKeepsItsComma() {
    assertEquals(
        List.of(new MailAddress("e@example.com", "Mustermann, Erika")),
        utf8("\"Mustermann, Erika\" <E@Example.com>"));
  }

  @Test
  void unquotedLastNameCommaFirstNameIsJoinedAgain() {
    assertEquals(
        List.of(new MailAddress("e@example.com", "Mustermann, Erika")),
        utf8("Mustermann, Erika <e@example.com>"));
  }

  @Test
  void groupsGiveTheirMembersAndEmptyGroupsNothing() {
    assertEquals(
        List.of(new MailAddress("a@example.org", ""), new MailAddress("b@example.org", "B")),
        utf8("undisclosed-recipients:;, Team: a@example.org, \"B\" <b@example.org>;"));
  }

  @Test
  void nonAsciiNamesDoNotCutOffTheEndOfTheList() {
    assertEquals(
        List.of(
            new MailAddress("jm@example.com", "Jürgen Müller"),
            new MailAddress("l@example.com", "Łukasz")),
        utf8("Jürgen Müller <jm@example.com>, Łukasz <l@example.com>"));
  }

  @Test
  void latin1BytesAreReadAsLatin1() {
    byte[] latin1 = "Jürgen Müller <jm@example.com>".getBytes(StandardCharsets.ISO_8859_1);
    assertEquals(
        List.of(new MailAddress("jm@example.com", "Jürgen Müller")), AddressParsing.parse(latin1));
  }

  @Test
  void encodedWordsInNamesAreDecodedEvenInsideQuotes() {
    assertEquals(
        List.of(
            new MailAddress("j@example.com", "Jürgen"),
            new MailAddress("k@example.com", "Käthe Schulz")),
        utf8(
            "\"=?UTF-8?Q?J=C3=BCrgen?=\" <j@example.com>, "
                + "=?iso-8859-1?Q?K=E4the?= =?iso-8859-1?Q?_Schulz?= <k@example.com>"));
  }

  @Test
  void addressWithoutDomainIsKeptAsWritten() {
    assertEquals(
        List.of(new MailAddress("mailer-daemon", "Mail Delivery System")),
        utf8("Mail Delivery System <MAILER-DAEMON>"));
  }

  @Test
  void oldCommentFormNamesThePerson() {
    assertEquals(
        List.of(new MailAddress("erika@example.org", "Erika Mustermann")),
        utf8("erika@example.org (Erika Mustermann)"));
    assertEquals(
        List.of(new MailAddress("erika@example.org", "Jürgen")),
        utf8("<erika@example.org> (=?UTF-8?Q?J=C3=BCrgen?=)"));
    assertEquals(
        List.of(new MailAddress("max@example.com", "Max")), utf8("Max <max@example.com> (Büro)"));
  }

  @Test
  void emptyValueHasNoAddress() {
    assertEquals(List.of(), utf8(""));
  }
}
