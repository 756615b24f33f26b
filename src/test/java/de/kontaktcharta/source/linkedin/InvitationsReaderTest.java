package de.kontaktcharta.source.linkedin;

import static de.kontaktcharta.testing.Inputs.assertCounts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.kontaktcharta.identity.Keys;
import de.kontaktcharta.model.Direction;
import de.kontaktcharta.model.Invitation;
import de.kontaktcharta.model.Problem;
import de.kontaktcharta.model.Severity;
import de.kontaktcharta.testing.English;
import de.kontaktcharta.testing.Inputs;
import de.kontaktcharta.testing.ReadResult;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code Invitations.csv} in its versions (docs/formats/linkedin.md). */
class InvitationsReaderTest {

  @TempDir Path dir;

  @Test
  void fiveColumnVersionHasNamesOnly() throws IOException {
    String text =
        """
        From,To,Sent At,Message,Direction
        Olivia Owner,Paul Adler,"9/8/22, 4:05 PM",,OUTGOING
        Quirin Sommer,Olivia Owner,"2/13/22, 11:59 AM","Hallo Olivia, wir kennen uns von der Messe.",INCOMING
        """;
    ReadResult r = Inputs.read(Inputs.write(dir, "Invitations.csv", text));
    assertEquals(LinkedInKinds.INVITATIONS, r.kind());
    assertCounts(r, 2, 2, 0);
    Invitation out = r.sink().invitations.get(0);
    assertEquals(Direction.OUTGOING, out.direction());
    assertEquals("Paul Adler", out.counterpart().displayName());
    assertTrue(out.counterpart().profileUrls().isEmpty());
    assertEquals(LocalDate.of(2022, 9, 8), out.sentOn());
    assertEquals("", out.message());
    Invitation in = r.sink().invitations.get(1);
    assertEquals(3, in.source().line());
    assertEquals("Quirin Sommer", in.counterpart().displayName());
    assertEquals("Hallo Olivia, wir kennen uns von der Messe.", in.message());
    assertEquals(LocalDate.of(2022, 2, 13), in.sentOn());
    assertEquals(
        List.of("Olivia Owner"), r.sink().owners.stream().map(o -> o.displayName()).toList());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "inviterProfileUrn,inviteeProfileUrn,urn:li:member:111,urn:li:member:222,urn:urn:li:member:222",
    "inviterProfileUrl,inviteeProfileUrl,https://www.linkedin.com/in/olivia-owner,"
        + "https://www.linkedin.com/in/paul-adler-%C3%A9,url:linkedin.com/in/paul-adler-é",
    "INVITERPROFILEURL,InviteeProfileUrl,https://www.linkedin.com/in/olivia-owner,"
        + "https://de.linkedin.com/in/Paul-Adler/,url:linkedin.com/in/paul-adler",
  })
  void sevenColumnVersionsGiveProfileKeys(
      String inviterColumn, String inviteeColumn, String inviter, String invitee, String key)
      throws IOException {
    String text =
        "From,To,Sent At,Message,Direction,"
            + inviterColumn
            + ","
            + inviteeColumn
            + "\nOlivia Owner,Paul Adler,\"7/9/23, 8:46 AM\",,OUTGOING,"
            + inviter
            + ","
            + invitee
            + "\n";
    ReadResult r = Inputs.read(Inputs.write(dir, "Invitations.csv", text));
    assertEquals(LinkedInKinds.INVITATIONS, r.kind());
    assertCounts(r, 1, 1, 0);
    Invitation invitation = r.sink().invitations.get(0);
    assertEquals(key, Keys.forRegion("DE").of(invitation.counterpart()).get(0).toString());
    assertEquals(List.of(inviter), invitation.from().profileUrls());
    assertTrue(r.sink().problems.isEmpty(), r.sink().problems::toString);
  }

  @Test
  void bareProfileUrlDefectDropsTheUrlsWithOneNote() throws IOException {
    String text =
        """
        From,To,Sent At,Message,Direction,inviterProfileUrl,inviteeProfileUrl
        Olivia Owner,Paul Adler,"12/1/23, 9:00 AM",,OUTGOING,https://www.linkedin.com/in,https://www.linkedin.com/in
        Rita Sauer,Olivia Owner,"11/30/23, 8:00 PM",Hallo!,INCOMING,https://www.linkedin.com/in,https://www.linkedin.com/in
        Sven Vogt,Olivia Owner,"11/29/23, 7:00 PM",,INCOMING,https://www.linkedin.com/in/,https://www.linkedin.com/in
        """;
    ReadResult r = Inputs.read(Inputs.write(dir, "Invitations.csv", text));
    assertCounts(r, 3, 3, 0);
    for (Invitation invitation : r.sink().invitations) {
      assertTrue(invitation.from().profileUrls().isEmpty(), invitation.toString());
      assertTrue(invitation.to().profileUrls().isEmpty(), invitation.toString());
    }
    assertEquals(
        Keys.forName("Rita Sauer"),
        Keys.forRegion("DE").of(r.sink().invitations.get(1).counterpart()).stream().findFirst(),
        "matched by name instead");
    List<Problem> notes = r.sink().problems("bare-profile-url");
    assertEquals(1, notes.size(), r.sink().problems::toString);
    assertEquals(Severity.INFO, notes.get(0).severity());
    assertEquals(2, notes.get(0).source().line(), "points at the first such row");
    assertTrue(English.text(notes.get(0)).startsWith("3 rows"), English.text(notes.get(0)));
    assertFalse(notes.get(0).rowSkipped());
    assertEquals(1, r.sink().problems.size(), r.sink().problems::toString);
  }

  @Test
  void dateSentVariant() throws IOException {
    String text =
        """
        From,To,Date Sent,Message,Direction
        Tina Ulm,Olivia Owner,"1/5/26, 3:07 PM",Wir haben uns beim Barcamp getroffen,INCOMING
        """;
    ReadResult r = Inputs.read(Inputs.write(dir, "Linkedin Invitations.csv", text));
    assertEquals(LinkedInKinds.INVITATIONS, r.kind());
    assertCounts(r, 1, 1, 0);
    assertEquals(LocalDate.of(2026, 1, 5), r.sink().invitations.get(0).sentOn());
  }

  @Test
  void badDirectionIsSkippedWithItsLineAndTheRestIsRead() throws IOException {
    String text =
        """
        From,To,Sent At,Message,Direction
        Uwe Veit,Olivia Owner,"1/5/26, 3:07 PM",,SIDEWAYS
        Vera Wolf,Olivia Owner,"1/4/26, 3:07 PM",,incoming
        Olivia Owner,Willi Xander,"1/3/26, 3:07 PM",,
        ,Olivia Owner,"1/2/26, 3:07 PM",,INCOMING
        """;
    ReadResult r = Inputs.read(Inputs.write(dir, "Invitations.csv", text));
    assertCounts(r, 4, 1, 3);
    assertEquals(List.of(2, 4, 5), r.sink().skippedLines());
    assertEquals("bad-direction", r.sink().skippedRows().get(0).code());
    assertTrue(English.text(r.sink().skippedRows().get(0)).contains("SIDEWAYS"));
    assertEquals("bad-direction", r.sink().skippedRows().get(1).code(), "empty Direction");
    assertEquals("missing-person", r.sink().skippedRows().get(2).code(), "no inviter at all");
    Invitation used = r.sink().invitations.get(0);
    assertEquals(3, used.source().line());
    assertEquals(Direction.INCOMING, used.direction(), "lower case is accepted");
  }

  @Test
  void unreadableSentAtKeepsTheInvitation() throws IOException {
    String text =
        """
        From,To,Sent At,Message,Direction
        Xaver Yüz,Olivia Owner,gestern,,INCOMING
        """;
    ReadResult r = Inputs.read(Inputs.write(dir, "Invitations.csv", text));
    assertCounts(r, 1, 1, 0);
    assertEquals(null, r.sink().invitations.get(0).sentOn());
    assertEquals(2, r.sink().problems("bad-date").get(0).source().line());
  }
}
