package de.kontaktcharta.source.ldif;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** LDIF is recognised by content; its neighbours among the inputs are not taken for it. */
class LdifDetectorTest {

  private final LdifDetector detector = new LdifDetector();

  @ParameterizedTest
  @ValueSource(
      strings = {
        "thunderbird-addressbook.ldif",
        "thunderbird-windows-crlf.ldif",
        "openldap-ldapsearch.ldif",
        "sogo-lowercase.ldif",
        "ldapmodify-change-records.ldif"
      })
  void everyProducerFileIsLdif(String name) {
    assertTrue(detector.matches(LdifFixtures.bytes(name), true), name);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "BEGIN:VCARD\nVERSION:3.0\nFN:A\nEND:VCARD\n",
        "BEGIN:VCALENDAR\nVERSION:2.0\nEND:VCALENDAR\n",
        "First Name,Last Name,Display Name\nA,B,A B\n",
        "Vorname;Nachname\nAnna;Becker\n",
        "dn,cn,mail\nx,y,z\n",
        "From: anna@example.de\nTo: ben@example.de\n\nHallo\n",
        "version: 1\n",
        "dn: cn=A\nthis is no attribute line\n",
        " dn: cn=A\n",
        ""
      })
  void othersAreNot(String text) {
    assertFalse(detector.matches(text.getBytes(StandardCharsets.UTF_8), true), text);
  }

  @Test
  void aLineCutOffByTheEndOfTheHeadDoesNotCount() {
    // the head ends inside a line: whatever that fragment is, the lines before decide
    byte[] head = "dn: cn=A\ncn: A\nmail a-cut-off-li".getBytes(StandardCharsets.UTF_8);
    assertTrue(detector.matches(head, false));
    assertFalse(detector.matches(head, true));
  }

  @Test
  void onlyTheFirstBytesAreLookedAt() {
    StringBuilder text = new StringBuilder("dn: cn=A\n");
    while (text.length() < LdifDetector.HEAD_BYTES + 100) {
      text.append("description: line\n");
    }
    text.append("no attribute line at all\n");
    assertTrue(detector.matches(text.toString().getBytes(StandardCharsets.UTF_8), false));
  }

  @Test
  void aByteOrderMarkAndLeadingCommentsAreFine() {
    byte[] head = "\uFEFF# export\n\ndn: cn=A\ncn: A\n".getBytes(StandardCharsets.UTF_8);
    assertTrue(detector.matches(head, true));
  }
}
