package de.kontaktcharta.source.invitations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.kontaktcharta.model.Direction;
import de.kontaktcharta.model.Invitation;
import de.kontaktcharta.model.Platform;
import de.kontaktcharta.testing.ListFixtures;
import de.kontaktcharta.testing.ReadCapture;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InvitationListReaderTest {

  @TempDir Path dir;

  @Test
  void xingInvitationsKeptByHand() {
    Path file =
        ListFixtures.write(
            dir,
            "xing-einladungen.csv",
            """
            Von;Datum;Nachricht;Firma;Position
            Hans Meier;02.05.2024;Kontakte schaden nur dem, der keine hat.;Finanzberatung Meier;Finanzcoach
            Petra Schulz;03.05.2024;;;
            ;04.05.2024;Hallo;;
            """);
    ReadCapture read = ReadCapture.read(file);

    assertEquals(InvitationsKind.KIND, read.detection().kind());
    List<Invitation> all = read.invitations;
    assertEquals(2, all.size());
    Invitation hans = all.get(0);
    assertEquals(Direction.INCOMING, hans.direction());
    assertEquals(Platform.XING, hans.platform(), "the file's name says XING");
    assertEquals("Hans Meier", hans.from().displayName());
    assertEquals("Finanzcoach", hans.from().position());
    assertEquals(LocalDate.of(2024, 5, 2), hans.sentOn());
    assertEquals("", all.get(1).message());
    assertEquals(List.of("4: missing-person"), read.problemCodes());
    assertTrue(read.balanced());
  }

  @Test
  void directionToAndProfileLinksAndClosedInvitations() {
    Path file =
        ListFixtures.write(
            dir,
            "invitations.csv",
            """
            From,To,Date,Message,Direction,Profile URL,Status
            Anna Schmidt,Owner Person,2024-06-01,Hi,incoming,https://www.xing.com/profile/Anna_Schmidt,offen
            Owner Person,Bob Brown,2024-06-02,,ausgehend,,
            Carl Cole,Owner Person,2024-06-03,,eingehend,,abgelehnt
            Dan Dee,Owner Person,2024-06-04,,sideways,,
            """);
    ReadCapture read = ReadCapture.read(file);

    assertEquals(2, read.invitations.size());
    Invitation anna = read.invitations.get(0);
    assertEquals(Platform.XING, anna.platform());
    assertEquals("Owner Person", anna.to().displayName());
    Invitation bob = read.invitations.get(1);
    assertEquals(Direction.OUTGOING, bob.direction());
    assertEquals("Bob Brown", bob.counterpart().displayName());
    assertEquals(Platform.OTHER, bob.platform());
    assertEquals("Owner Person", read.owners.get(0).displayName());
    assertEquals(List.of("4: invitation-closed", "5: bad-direction"), read.problemCodes());
    assertTrue(read.balanced());
  }

  @Test
  void anAcceptedInvitationMakesTheOtherPersonAContact() {
    Path file =
        ListFixtures.write(
            dir,
            "xing-einladungen.csv",
            """
            Von;Datum;Nachricht;Status
            Karin Ohm;01.11.2026;Wir hatten telefoniert;angenommen
            Eva Ampere;02.11.2026;;Accepted
            Ute Unklar;03.11.2026;;nicht angenommen
            Olaf Offen;04.11.2026;;offen
            Vera Verbunden;05.11.2026;;verbunden
            Udo Unsicher;06.11.2026;;unbestätigt
            """);
    ReadCapture read = ReadCapture.read(file);

    assertEquals(6, read.invitations.size(), "each stays an invitation, for its text");
    assertEquals(
        List.of("Karin Ohm", "Eva Ampere", "Vera Verbunden"),
        read.network.stream().map(e -> e.person().displayName()).toList());
    assertEquals(LocalDate.of(2026, 11, 1), read.network.get(0).connectedOn());
    assertTrue(read.balanced());
  }
}
