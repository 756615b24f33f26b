package de.kontaktcharta.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.kontaktcharta.review.PreviousReportReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportFilesTest {

  private static final LocalDate DAY = LocalDate.of(2026, 11, 25);

  @TempDir Path dir;

  @Test
  void anExistingReportIsNeverOverwritten() throws IOException {
    Path first =
        ReportFiles.writeNew(
            ReportFiles.freeName(dir, DAY, "xlsx"), DAY, "xlsx", out -> out.write(1));
    Path second =
        ReportFiles.writeNew(
            ReportFiles.freeName(dir, DAY, "xlsx"), DAY, "xlsx", out -> out.write(2));
    Path third = ReportFiles.writeNew(first, DAY, "xlsx", out -> out.write(3));
    assertEquals("kontaktcharta-2026-11-25.xlsx", first.getFileName().toString());
    assertEquals("kontaktcharta-2026-11-25-2.xlsx", second.getFileName().toString());
    assertEquals(
        "kontaktcharta-2026-11-25-3.xlsx", third.getFileName().toString(), "a taken name moves on");
    assertEquals(1, Files.readAllBytes(first)[0]);
  }

  @Test
  void aNewReportComesAfterTheHighestNumberOfTheDayNotIntoAGap() throws IOException {
    Files.write(dir.resolve("kontaktcharta-2026-11-25-3.xlsx"), new byte[] {1});
    Files.write(dir.resolve("kontaktcharta-2026-11-24.xlsx"), new byte[] {1});
    assertEquals(
        "kontaktcharta-2026-11-25-4.xlsx",
        ReportFiles.freeName(dir, DAY, "xlsx").getFileName().toString());
    assertEquals(
        "kontaktcharta-2026-11-25.csv.zip",
        ReportFiles.freeName(dir, DAY, "csv.zip").getFileName().toString());
    assertEquals(
        Optional.of(dir.resolve("kontaktcharta-2026-11-25-3.xlsx")),
        new PreviousReportReader().newest(dir, DAY),
        "the next run reads the report with the highest number");
  }

  @Test
  void numbersCompareAsNumbersUpToTheirBound() throws IOException {
    Files.write(dir.resolve("kontaktcharta-2026-11-25-999999.xlsx"), new byte[] {1});
    Files.write(dir.resolve("kontaktcharta-2026-11-25-99.xlsx"), new byte[] {1});
    Path next =
        ReportFiles.writeNew(
            ReportFiles.freeName(dir, DAY, "xlsx"), DAY, "xlsx", out -> out.write(1));
    assertEquals("kontaktcharta-2026-11-25-1000000.xlsx", next.getFileName().toString());
    assertEquals(Optional.of(next), new PreviousReportReader().newest(dir, DAY));
    Files.write(dir.resolve("kontaktcharta-2026-11-25-999999999.xlsx"), new byte[] {1});
    NoFreeNameException full =
        assertThrows(NoFreeNameException.class, () -> ReportFiles.freeName(dir, DAY, "xlsx"));
    String german = Labels.of("de").text(full.message());
    assertTrue(german.contains("kontaktcharta-2026-11-25-999999999.xlsx"), german);
    assertTrue(german.startsWith("kein freier Berichtsname"), german);
  }

  @Test
  void aReportDatedAfterTheRunIsNotTheNewest() throws IOException {
    Files.write(dir.resolve("kontaktcharta-2099-01-01.xlsx"), new byte[] {1});
    Files.write(dir.resolve("kontaktcharta-2026-11-25.xlsx"), new byte[] {1});
    assertEquals(
        Optional.of(dir.resolve("kontaktcharta-2026-11-25.xlsx")),
        new PreviousReportReader().newest(dir, DAY));
  }

  @Test
  void aFailingWriterLeavesNothingBehind() throws IOException {
    Path old =
        ReportFiles.writeNew(
            ReportFiles.freeName(dir, DAY, "xlsx"), DAY, "xlsx", out -> out.write(7));
    IOException e =
        assertThrows(
            IOException.class,
            () ->
                ReportFiles.writeNew(
                    ReportFiles.freeName(dir, DAY, "xlsx"),
                    DAY,
                    "xlsx",
                    out -> {
                      out.write(new byte[1000]);
                      throw new IOException("No space left on device");
                    }));
    assertEquals("No space left on device", e.getMessage());
    try (Stream<Path> files = Files.list(dir)) {
      assertEquals(List.of(old), files.toList(), "no partial report, the old one untouched");
    }
    assertEquals(7, Files.readAllBytes(old)[0]);
  }

  @Test
  void reportsAreReadableByTheOwnerOnly() throws IOException {
    Assumptions.assumeTrue(
        FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
    Path report =
        ReportFiles.writeNew(
            ReportFiles.freeName(dir, DAY, "xlsx"), DAY, "xlsx", out -> out.write(1));
    assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(report)));
  }

  @Test
  void replacingKeepsTheOldVersionAsBak() throws IOException {
    Path ledger = dir.resolve("reasons.csv");
    ReportFiles.replace(ledger, out -> out.write("one".getBytes(StandardCharsets.UTF_8)));
    assertFalse(Files.exists(dir.resolve("reasons.csv.bak")));
    ReportFiles.replace(ledger, out -> out.write("two".getBytes(StandardCharsets.UTF_8)));
    assertEquals("two", Files.readString(ledger));
    assertEquals("one", Files.readString(dir.resolve("reasons.csv.bak")));
    assertThrows(
        IOException.class,
        () ->
            ReportFiles.replace(
                ledger,
                out -> {
                  throw new IOException("disk full");
                }));
    assertEquals("two", Files.readString(ledger), "a failed replace keeps the ledger");
    try (Stream<Path> files = Files.list(dir)) {
      assertTrue(files.noneMatch(p -> p.toString().endsWith(".part")));
    }
  }
}
