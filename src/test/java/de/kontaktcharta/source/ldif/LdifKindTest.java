package de.kontaktcharta.source.ldif;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.kontaktcharta.model.Platform;
import de.kontaktcharta.model.Problem;
import de.kontaktcharta.source.SourceKinds;
import de.kontaktcharta.testing.Producers;
import de.kontaktcharta.testing.ReadCapture;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * LDIF is an input kind of its own: its people become network entries like a vCard address book's,
 * groups and other records are counted as skipped, and broken lines are named with their number.
 */
class LdifKindTest {

  private static ReadCapture read(String name) {
    ReadCapture read = ReadCapture.read(Producers.file("ldif/" + name));
    assertEquals(LdifKind.KIND, read.detection().kind(), read.detection().note()::toString);
    assertTrue(read.balanced(), read.problems::toString);
    return read;
  }

  private static List<String> shown(ReadCapture read) {
    return read.network.stream().map(e -> e.person().shownName()).toList();
  }

  @Test
  void theKindIsRegisteredAndReadBeforeTheTables() {
    SourceKinds kinds = SourceKinds.standard();
    assertTrue(kinds.contents().contains(LdifKind.SOURCE));
    assertEquals(LdifKind.KIND, kinds.byCode("LDIF").orElseThrow());
  }

  @Test
  void thunderbirdsExportGivesItsPeopleAndNamesTheMailingList() {
    ReadCapture read = read("thunderbird-addressbook.ldif");

    assertEquals(
        List.of("Jörg Maaß", "Sabine Berger", "info@hafenkontor.example", "Ömer Yılmaz"),
        shown(read));
    var joerg = read.network.get(0);
    assertEquals(
        List.of("joerg.maass@example.de", "jm@maass-consult.example"), joerg.person().emails());
    assertEquals(Platform.LINKEDIN, joerg.platform());
    assertEquals("Maaß Consulting GmbH", joerg.person().company());
    assertEquals("Geschäftsführer", joerg.person().position());
    var sabine = read.network.get(1);
    assertEquals(
        List.of("https://www.xing.com/profile/Sabine_Berger7"), sabine.person().profileUrls());
    assertEquals(18, sabine.source().line());
    assertEquals(List.of("58: ldif-group"), read.problemCodes());
  }

  @Test
  void windowsLineEndsAndLowerCaseAttributeNamesMakeNoDifference() {
    ReadCapture windows = read("thunderbird-windows-crlf.ldif");
    assertEquals(List.of("Claudia Neumann", "Günter Voß"), shown(windows));
    assertEquals(List.of("30: ldif-group"), windows.problemCodes());

    ReadCapture sogo = read("sogo-lowercase.ldif");
    assertEquals(List.of("Anna Becker"), shown(sogo));
    assertEquals(
        List.of("https://de.linkedin.com/in/anna-becker-steuer"),
        sogo.network.get(0).person().profileUrls());
  }

  @Test
  void ldapsearchOutputSkipsOrganisationsUnitsGroupsAndTheSummaryWithAReason() {
    ReadCapture read = read("openldap-ldapsearch.ldif");

    assertEquals(List.of("Thomas Brandt", "Jürgen Müller"), shown(read));
    assertEquals(Platform.XING, read.network.get(0).platform());
    assertEquals(2, read.network.get(1).person().emails().size());
    assertEquals(
        List.of("10: ldif-skipped", "18: ldif-skipped", "48: ldif-group", "55: ldif-skipped"),
        read.problemCodes());
    assertTrue(read.problems.stream().allMatch(Problem::rowSkipped));
  }

  @Test
  void changeRecordsOtherThanAddAreNamedAsSkipped() {
    ReadCapture read = read("ldapmodify-change-records.ldif");

    assertEquals(List.of("Katrin Albers"), shown(read));
    assertEquals(List.of("12: ldif-skipped", "22: ldif-skipped"), read.problemCodes());
  }

  @Test
  void aDamagedFileIsStillReadAndEveryBrokenLineNamed() {
    ReadCapture read = read("damaged.ldif");

    assertEquals(2, read.network.size());
    assertEquals("Lena Vogt", read.network.get(0).person().displayName());
    assertEquals("Paul Kr\ufffdger", read.network.get(1).person().displayName());
    List<Integer> brokenLines =
        read.problems.stream()
            .filter(p -> p.code().equals("ldif-line"))
            .map(p -> p.source().line())
            .distinct()
            .toList();
    assertEquals(List.of(10, 11, 12, 14, 15, 17), brokenLines);
    assertEquals(
        1, read.problems.stream().filter(p -> p.code().equals("ldif-skipped")).count(), "the OU");
  }
}
