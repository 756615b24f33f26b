package de.kontaktcharta.source.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MailRecordsTest {

  private static final MailPosition AT = new MailPosition("x.mbox", 3, 1200, 40);
  private static final OffsetDateTime DATE = OffsetDateTime.parse("2025-03-03T09:15+01:00");

  private static MailHeaders headers(
      String id, String inReplyTo, List<String> refs, String thread) {
    return new MailHeaders(
        AT,
        List.of(new MailAddress("Erika@Example.org", "Erika")),
        null,
        List.of(),
        List.of(new MailAddress("a@example.com", ""), new MailAddress("b@example.com", "")),
        List.of(new MailAddress("A@example.com", "A again"), new MailAddress("c@example.com", "")),
        List.of(),
        List.of(),
        DATE,
        DateSource.DATE_HEADER,
        id,
        inReplyTo,
        refs,
        thread,
        null,
        List.of(),
        Set.of(),
        false);
  }

  @Test
  void threadKeyPrefersGmailThenTheRootReferenceThenTheParentThenItself() {
    assertEquals("t", headers("m", "p", List.of("root", "p"), "t").threadKey());
    assertEquals("root", headers("m", "p", List.of("root", "p"), "").threadKey());
    assertEquals("p", headers("m", "p", List.of(), "").threadKey());
    assertEquals("m", headers("m", "", List.of(), "").threadKey());
    assertEquals("", headers("", "", List.of(), "").threadKey());
  }

  @Test
  void recipientsAreToAndCcWithoutRepeats() {
    MailHeaders headers = headers("m", "", List.of(), "");
    assertEquals(
        List.of("a@example.com", "b@example.com", "c@example.com"),
        headers.recipients().stream().map(MailAddress::address).toList());
    assertEquals(Instant.parse("2025-03-03T08:15:00Z"), headers.instant());
    assertEquals("", headers.subject());
  }

  @Test
  void messageWithoutSenderCannotBeBuilt() {
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new MailHeaders(
                AT,
                List.of(),
                null,
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                DATE,
                DateSource.FROM_LINE,
                "",
                "",
                List.of(),
                "",
                "",
                List.of(),
                Set.of(),
                false));
  }

  @Test
  void addressPartsAndText() {
    MailAddress address = new MailAddress("Erika.Mustermann@Example.ORG", "Erika Mustermann");
    assertEquals("erika.mustermann", address.localPart());
    assertEquals("example.org", address.domain());
    assertEquals("Erika Mustermann <erika.mustermann@example.org>", address.toString());
    assertEquals("mailer-daemon", new MailAddress("MAILER-DAEMON", null).toString());
    assertEquals("", new MailAddress("mailer-daemon", null).domain());
  }

  @Test
  void positionsAreValidAndReadable() {
    assertEquals("x.mbox #3 (byte 1200, line 40)", AT.toString());
    assertThrows(IllegalArgumentException.class, () -> new MailPosition("x", 0, 0, 1));
    assertThrows(IllegalArgumentException.class, () -> new MailLimits(10, 4096));
  }

  @Test
  void problemDetailsAreShortened() {
    MailProblem problem = new MailProblem(AT, MailProblem.Kind.NO_DATE, "x".repeat(500));
    assertEquals(MailProblem.MAX_DETAIL, problem.detail().length());
  }
}
