package de.kontaktcharta.source.linkedin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.kontaktcharta.identity.Keys;
import de.kontaktcharta.model.Direction;
import de.kontaktcharta.model.Invitation;
import de.kontaktcharta.model.KeyKind;
import de.kontaktcharta.model.MatchKey;
import de.kontaktcharta.model.MessageFact;
import de.kontaktcharta.model.NetworkEntry;
import de.kontaktcharta.model.PersonRef;
import de.kontaktcharta.model.Problem;
import de.kontaktcharta.model.Severity;
import de.kontaktcharta.testing.Inputs;
import de.kontaktcharta.testing.ReadResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every file in {@code src/test/resources/realworld/linkedin/}. The expected counts were taken from
 * the files with Python's csv module, not from this code's output.
 */
class RealWorldLinkedInTest {

  private static final String CONNECTIONS_2024 = "Connections.2024-12.redacted.csv";
  private static final String CONNECTIONS_2025 = "Connections.2025-11.author-anonymized.csv";
  private static final String INVITATIONS_2024 = "Invitations.2024-12.redacted.csv";
  private static final String INVITATIONS_URN = "Invitations.2023-07-urn-variant.redacted.csv";
  private static final String MESSAGES_2024 = "messages.2024-12.redacted.csv";
  private static final String MESSAGES_2026 = "messages.2026-02.redacted.csv";

  private static final String OWNER_2024 = "https://www.linkedin.com/in/redacted-8f2285d2";

  @Test
  void everyRealWorldFileIsCoveredHere() throws IOException {
    Set<String> present;
    try (Stream<Path> files = Files.list(Inputs.REALWORLD_LINKEDIN)) {
      present =
          files
              .map(p -> p.getFileName().toString())
              .filter(n -> !n.startsWith("."))
              .collect(Collectors.toSet());
    }
    assertEquals(
        Set.of(
            CONNECTIONS_2024,
            CONNECTIONS_2025,
            INVITATIONS_2024,
            INVITATIONS_URN,
            MESSAGES_2024,
            MESSAGES_2026),
        present,
        "a new sample needs its own test here");
  }

  @Test
  void connections2024() throws IOException {
    ReadResult r = Inputs.read(Inputs.realWorld(CONNECTIONS_2024));
    assertEquals(LinkedInKinds.CONNECTIONS, r.kind());
    assertEquals(4, r.headerLine(), "header after the 3-line Notes: preamble");
    assertEquals(',', r.detection().delimiter());
    assertEquals("UTF-8", r.detection().encoding());
    assertEquals(33, r.summary().rowsRead());
    assertEquals(30, r.summary().rowsUsed());
    assertEquals(3, r.summary().rowsSkipped());

    // the three rows empty except the date, at the end of a file without final newline
    assertEquals(List.of(35, 36, 37), r.sink().skippedLines());
    for (Problem p : r.sink().skippedRows()) {
      assertEquals("empty-member", p.code());
      assertEquals(Severity.INFO, p.severity());
    }
    List<NetworkEntry> network = r.sink().network;
    assertEquals(
        IntStream.rangeClosed(5, 34).boxed().toList(),
        network.stream().map(e -> e.source().line()).toList());

    NetworkEntry first = network.get(0);
    assertEquals("Taylor Proto", first.person().displayName());
    assertEquals(LocalDate.of(2024, 12, 16), first.connectedOn());
    assertEquals(
        List.of("https://www.linkedin.com/in/redacted-71dc933c"), first.person().profileUrls());
    assertEquals("XX Xxxx XXXXXX Xxxxxxxxx Xxxxxx", first.person().company());

    NetworkEntry encoded = entryAt(network, 10);
    assertEquals("Žofia", encoded.person().firstName(), "trailing space trimmed");
    assertEquals("Çağla José", encoded.person().lastName());
    assertEquals(List.of("userd8b3d5@example.com"), encoded.person().emails());
    assertEquals(LocalDate.of(2024, 12, 12), encoded.connectedOn());
    assertEquals(
        new MatchKey(KeyKind.URL, "linkedin.com/in/redacted-3c2cb55a-é"),
        Keys.forProfile(encoded.person().profileUrls().get(0)).orElseThrow());

    NetworkEntry quotedComma = entryAt(network, 12);
    assertEquals(
        "Xéxxxxxxxxxxxxx, xxxxxxxx xéx XXX xxxxxxx xxx xxxxxxxxx xxxxxxxxxx.",
        quotedComma.person().position());
    assertEquals("Renée, Ph.D.", entryAt(network, 19).person().lastName());
    assertEquals(LocalDate.of(2024, 11, 13), entryAt(network, 34).connectedOn());
    assertTrue(r.sink().problems.stream().noneMatch(p -> p.code().equals("bad-date")));
  }

  @Test
  void connections2025WithOneEmptyMember() throws IOException {
    ReadResult r = Inputs.read(Inputs.realWorld(CONNECTIONS_2025));
    assertEquals(LinkedInKinds.CONNECTIONS, r.kind());
    assertEquals(4, r.headerLine());
    assertEquals(3, r.summary().rowsRead());
    assertEquals(2, r.summary().rowsUsed());
    assertEquals(1, r.summary().rowsSkipped());
    assertEquals(List.of(6), r.sink().skippedLines(), ",,,,,,17 Nov 2025 is line 6");
    assertEquals("empty-member", r.sink().skippedRows().get(0).code());
    List<NetworkEntry> network = r.sink().network;
    assertEquals("Mark DDD", network.get(0).person().displayName());
    assertEquals("DDD & Associates", network.get(0).person().company());
    assertEquals(LocalDate.of(2025, 11, 25), network.get(0).connectedOn());
    assertEquals(7, network.get(1).source().line());
    assertEquals(LocalDate.of(2025, 8, 7), network.get(1).connectedOn());
    assertEquals("Art Development Manager", network.get(1).person().position());
  }

  @Test
  void invitations2024() throws IOException {
    ReadResult r = Inputs.read(Inputs.realWorld(INVITATIONS_2024));
    assertEquals(LinkedInKinds.INVITATIONS, r.kind());
    assertEquals(1, r.headerLine());
    assertEquals(26, r.summary().rowsRead());
    assertEquals(26, r.summary().rowsUsed());
    assertEquals(0, r.summary().rowsSkipped());
    assertTrue(r.sink().problems.isEmpty(), r.sink().problems::toString);

    List<Invitation> invitations = r.sink().invitations;
    assertEquals(21, count(invitations, Direction.OUTGOING));
    assertEquals(5, count(invitations, Direction.INCOMING));

    Invitation first = invitations.get(0);
    assertEquals(2, first.source().line());
    assertEquals("Ari Avery", first.from().displayName());
    assertEquals("Avery Fixture", first.to().displayName());
    assertEquals(LocalDate.of(2024, 12, 15), first.sentOn(), "\"12/15/24, 7:47 AM\"");
    assertEquals(LocalDate.of(2024, 12, 14), invitationAt(invitations, 7).sentOn());

    Invitation incoming = invitationAt(invitations, 27);
    assertEquals(Direction.INCOMING, incoming.direction());
    assertEquals("Jordan Morgan", incoming.counterpart().displayName());
    assertEquals(LocalDate.of(2024, 11, 23), incoming.sentOn());
    assertTrue(incoming.message().startsWith("Xxxx Xxxxxxx, X xxxx"), "leading space trimmed");
    assertTrue(incoming.message().endsWith("Xxxx, Xxxxx"), "commas inside the quoted message");

    // the owner is both the inviter of outgoing and the invitee of incoming rows: reported once
    assertEquals(1, r.sink().owners.size());
    assertEquals("Ari Avery", r.sink().owners.get(0).displayName());
    assertEquals(List.of(OWNER_2024), r.sink().owners.get(0).profileUrls());
  }

  @Test
  void invitationsUrnVariant() throws IOException {
    ReadResult r = Inputs.read(Inputs.realWorld(INVITATIONS_URN));
    assertEquals(LinkedInKinds.INVITATIONS, r.kind());
    assertEquals(1, r.headerLine());
    assertEquals(15, r.summary().rowsRead());
    assertEquals(15, r.summary().rowsUsed());
    assertEquals(0, r.summary().rowsSkipped());
    List<Invitation> invitations = r.sink().invitations;
    assertEquals(10, count(invitations, Direction.OUTGOING));
    assertEquals(5, count(invitations, Direction.INCOMING));

    Invitation first = invitations.get(0);
    assertEquals(
        List.of(new MatchKey(KeyKind.URN, "urn:li:member:2123633428")),
        Keys.forRegion("DE").of(first.to()).stream().filter(k -> k.kind() == KeyKind.URN).toList());
    assertEquals(LocalDate.of(2023, 6, 17), first.sentOn());
    Invitation last = invitationAt(invitations, 16);
    assertEquals(Direction.INCOMING, last.direction());
    assertEquals("Taylor Alex", last.from().displayName());
    assertEquals(List.of("urn:li:member:1599887"), last.from().profileUrls());
    assertEquals(LocalDate.of(2023, 3, 6), last.sentOn(), "\"3/6/23, 9:24 PM\"");
    assertEquals("Sam Instance", invitationAt(invitations, 7).to().displayName());

    assertEquals(1, r.sink().owners.size());
    assertEquals(List.of("urn:li:member:138327031"), r.sink().owners.get(0).profileUrls());
  }

  @Test
  void messages2024() throws IOException {
    ReadResult r = Inputs.read(Inputs.realWorld(MESSAGES_2024));
    assertEquals(LinkedInKinds.MESSAGES, r.kind());
    assertEquals(1, r.headerLine());
    assertEquals(27, r.summary().rowsRead());
    assertEquals(23, r.summary().rowsUsed());
    assertEquals(4, r.summary().rowsSkipped());
    assertEquals(List.of(18, 21, 27, 28), r.sink().skippedLines(), "IS MESSAGE DRAFT = Yes");
    for (Problem p : r.sink().skippedRows()) {
      assertEquals("draft", p.code());
      assertEquals(Severity.INFO, p.severity());
    }
    List<MessageFact> messages = r.sink().facts(MessageFact.class);
    assertEquals(23, messages.size());

    MessageFact first = messageAt(messages, 2);
    assertEquals(LocalDate.of(2024, 12, 16), first.date(), "2024-12-16 18:24:37 UTC");
    assertEquals(List.of(OWNER_2024), first.sender().profileUrls());
    assertEquals(1, first.recipients().size());
    assertEquals("Alex Sky", first.recipients().get(0).displayName());

    // a group conversation: TO names contain commas, so the recipients come from the URLs
    MessageFact group = messageAt(messages, 22);
    assertEquals(
        List.of(
            "https://www.linkedin.com/in/redacted-a3ee4e18",
            "https://www.linkedin.com/in/redacted-4e07ab9a",
            "https://www.linkedin.com/in/redacted-c8621888",
            OWNER_2024),
        group.recipients().stream().map(p -> p.profileUrl().orElseThrow()).toList());
    assertEquals(LocalDate.of(2022, 5, 23), group.date());

    // empty SENDER PROFILE URL: the sender is known by name only
    MessageFact sponsored = messageAt(messages, 14);
    assertEquals("Proto Specimen", sponsored.sender().displayName());
    assertTrue(sponsored.sender().profileUrls().isEmpty());
    assertFalse(sponsored.text().contains("<"), sponsored.text());
    assertTrue(sponsored.text().startsWith("Xxxxx Xxxxxxx, X'x x xxxxxxxxx"), sponsored.text());

    assertEquals(
        "Xxxx xxxxxxxxxx xxxxxxx xxxx xx xxx xxxx xxxxx xxx xxxxxxxx xxxxxxxxx xxxx xx xxxx xxxx"
            + " xxxxxxxx xx xx x xxxxxx xxx xxx xxxxxxx xxxxxxxxxx xx. Xx xxxxx xxxx xx xxxx x"
            + " xxxxxxxxxx. Xxxxxx xxxxxxxx x xxxx xx xxxx xxxxxxxx xxxxxxxxxxx. Xxx xxxxxxxx"
            + " xxxxx. xxxxx://xxxxxxxx.xxx/xxxxxxx/xxxxx-xxxx-xxxxxxx-x9?xxxxx=9999-99",
        messageAt(messages, 17).text());

    // the subject goes in front of the content
    assertTrue(
        messageAt(messages, 15)
            .text()
            .startsWith(
                "Xxxxxxx Xxxxxxxxx XX Xxxx (Xxxxxxxxx + Xxxxxxxxxxxx -- $999-999X) Xxxxxxx"));
    // a recipient without URL is still named
    assertEquals("Jordan Lou", messageAt(messages, 16).recipients().get(0).displayName());
  }

  @Test
  void messages2026WithAttachmentsColumn() throws IOException {
    ReadResult r = Inputs.read(Inputs.realWorld(MESSAGES_2026));
    assertEquals(LinkedInKinds.MESSAGES, r.kind());
    assertEquals(1, r.headerLine());
    assertEquals(23, r.summary().rowsRead());
    assertEquals(22, r.summary().rowsUsed());
    assertEquals(1, r.summary().rowsSkipped());
    assertEquals(List.of(18), r.sink().skippedLines());
    assertEquals("draft", r.sink().skippedRows().get(0).code());

    List<MessageFact> messages = r.sink().facts(MessageFact.class);
    MessageFact raw = messageAt(messages, 8);
    assertEquals("Kim Çağla Casey", raw.sender().displayName());
    assertEquals(
        new MatchKey(KeyKind.URL, "linkedin.com/in/redacted-29a496cf-é"),
        Keys.forProfile(raw.sender().profileUrl().orElseThrow()).orElseThrow());
    assertEquals(LocalDate.of(2026, 2, 6), raw.date());
    assertEquals(LocalDate.of(2024, 6, 21), messageAt(messages, 19).date());

    MessageFact html = messageAt(messages, 23);
    assertFalse(html.text().contains("<strong>"), html.text());
    assertTrue(html.text().startsWith("Xx Xxxx, Xxx xxx xxxx"), html.text());
    assertTrue(html.sender().profileUrls().isEmpty());
  }

  @Test
  void percentEncodedConnectionsJoinRawUnicodeInvitations() throws IOException {
    ReadResult connections = Inputs.read(Inputs.realWorld(CONNECTIONS_2024));
    ReadResult invitations = Inputs.read(Inputs.realWorld(INVITATIONS_2024));
    Set<MatchKey> connected =
        connections.sink().network.stream()
            .flatMap(e -> Keys.forRegion("DE").of(e.person()).stream())
            .filter(k -> k.kind() == KeyKind.URL)
            .collect(Collectors.toSet());
    List<Integer> joined =
        invitations.sink().invitations.stream()
            .filter(
                i ->
                    Keys.forRegion("DE").of(i.counterpart()).stream().anyMatch(connected::contains))
            .map(i -> i.source().line())
            .toList();
    // counted with Python: urllib.parse.unquote on Connections' URL column vs both URL columns
    assertEquals(List.of(4, 12, 15, 24), joined);

    PersonRef raw = invitationAt(invitations.sink().invitations, 12).to();
    assertEquals(List.of("https://www.linkedin.com/in/redacted-3c2cb55a-é"), raw.profileUrls());
    PersonRef encoded = entryAt(connections.sink().network, 10).person();
    assertEquals(
        Keys.forProfile(encoded.profileUrls().get(0)), Keys.forProfile(raw.profileUrls().get(0)));
  }

  private static long count(List<Invitation> invitations, Direction direction) {
    return invitations.stream().filter(i -> i.direction() == direction).count();
  }

  private static NetworkEntry entryAt(List<NetworkEntry> entries, int line) {
    return entries.stream().filter(e -> e.source().line() == line).findFirst().orElseThrow();
  }

  private static Invitation invitationAt(List<Invitation> invitations, int line) {
    return invitations.stream().filter(i -> i.source().line() == line).findFirst().orElseThrow();
  }

  private static MessageFact messageAt(List<MessageFact> messages, int line) {
    return messages.stream().filter(m -> m.source().line() == line).findFirst().orElseThrow();
  }
}
