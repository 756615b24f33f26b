package de.kontaktcharta.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.kontaktcharta.RealWorld;
import de.kontaktcharta.model.Problem;
import de.kontaktcharta.model.Severity;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A broken ledger or an unreadable earlier report loses none of the user's entries. */
class LedgerRobustnessTest {

  private static final Path REALWORLD = RealWorld.linkedIn();
  private static final LocalDate DAY = LocalDate.of(2026, 11, 25);

  @TempDir Path tmp;

  private AnalyseResult run() throws Exception {
    return new AnalyseJob().run(AnalyseSettings.of(List.of(REALWORLD), tmp, null, DAY));
  }

  @Test
  void aLedgerThatCannotBeReadIsLeftAsItIs() throws Exception {
    Path ledger = tmp.resolve("reasons.csv");
    byte[] garbage = {(byte) 0xd0, (byte) 0xcf, 0x11, (byte) 0xe0, 1, 2, 3};
    Files.write(ledger, garbage);
    AnalyseResult result = run();
    assertTrue(
        result.problems().stream()
            .anyMatch(p -> p.code().equals("ledger-unreadable") && p.severity() == Severity.ERROR),
        result.problems().toString());
    assertEquals(garbage.length, Files.size(ledger));
  }

  @Test
  void aLedgerWithABadRowIsReadButNotRewritten() throws Exception {
    Path ledger = tmp.resolve("reasons.csv");
    String text =
        "Contact ID,Key,Name,Reason,Decision,Note,Recorded\n"
            + "C-DA124606F8,,Taylor Proto,MET,KEEP,Konferenz,2026-01-02\n"
            + ",,,,,nur eine Notiz ohne Person,\n";
    Files.writeString(ledger, text, StandardCharsets.UTF_8);
    AnalyseResult result = run();
    assertEquals(
        "JUSTIFIED",
        result.assessment().contacts().stream()
            .filter(c -> c.contact().id().equals("C-DA124606F8"))
            .findFirst()
            .orElseThrow()
            .status()
            .name());
    Problem skipped =
        result.problems().stream()
            .filter(Problem::rowSkipped)
            .filter(p -> p.source().file().endsWith("reasons.csv"))
            .findFirst()
            .orElseThrow();
    assertEquals(3, skipped.source().line());
    assertEquals(
        text,
        Files.readString(ledger, StandardCharsets.UTF_8),
        "a ledger with a row that could not be used is not rewritten");
  }

  @Test
  void anIdTwiceInTheLedgerIsCombinedAndNamed() throws Exception {
    Path ledger = tmp.resolve("reasons.csv");
    Files.writeString(
        ledger,
        "Contact ID,Key,Name,Reason,Decision,Note,Recorded\n"
            + "C-DA124606F8,,Taylor Proto,MET,KEEP,Konferenz,2026-01-02\n"
            + "C-DA124606F8,,Taylor Proto,,REMOVE,doch entfernen,2026-02-03\n",
        StandardCharsets.UTF_8);
    AnalyseResult result = run();
    Problem twice =
        result.problems().stream()
            .filter(p -> p.code().equals("ledger-duplicate-id"))
            .findFirst()
            .orElseThrow(() -> new AssertionError(result.problems().toString()));
    assertEquals(3, twice.source().line());
    var taylor =
        result.assessment().contacts().stream()
            .filter(c -> c.contact().id().equals("C-DA124606F8"))
            .findFirst()
            .orElseThrow();
    assertEquals("MET", taylor.review().reason().name(), "the earlier reason is kept");
    assertEquals("REMOVE", taylor.review().decision().name(), "the later decision wins");
    assertEquals("Konferenz | doch entfernen", taylor.review().note());
  }

  @Test
  void anUnreadableEarlierReportIsReportedAndTheRunGoesOn() throws Exception {
    Files.writeString(tmp.resolve("kontaktcharta-2026-11-20.xlsx"), "not a workbook");
    AnalyseResult result = run();
    assertTrue(
        result.problems().stream().anyMatch(p -> p.code().equals("previous-report-unreadable")),
        result.problems().toString());
    assertEquals(32, result.contacts());
  }
}
