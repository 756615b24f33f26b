package de.kontaktcharta.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.kontaktcharta.testing.English;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The output folder's lock within one process; across processes see ConcurrentRunsTest. */
class FolderLockTest {

  @TempDir Path tmp;

  @Test
  void aSecondRunWaitsThenGivesUpWithTheFolderNamed() throws Exception {
    Path out = tmp.resolve("reports");
    List<String> told = new ArrayList<>();
    try (FolderLock first = FolderLock.acquire(out, Duration.ZERO, () -> told.add("first"))) {
      assertTrue(first.unsupported().isEmpty(), "a local folder can be locked");
      long start = System.nanoTime();
      FolderBusyException busy =
          assertThrows(
              FolderBusyException.class,
              () -> FolderLock.acquire(out, Duration.ofMillis(600), () -> told.add("waiting")));
      long waited = (System.nanoTime() - start) / 1_000_000;
      assertTrue(waited >= 550, "waited " + waited + " ms");
      assertEquals(List.of("waiting"), told, "told once, and only when it has to wait");
      assertTrue(busy.getMessage().contains(out.toString()), busy.getMessage());
      assertTrue(busy.getMessage().contains("--wait"), busy.getMessage());
    }
    try (FolderLock again = FolderLock.acquire(out, Duration.ZERO, () -> told.add("again"))) {
      assertTrue(again.unsupported().isEmpty());
    }
    assertEquals(List.of("waiting"), told, "free again at once once the first let go");
    assertTrue(Files.exists(out.resolve(FolderLock.NAME)), "the lock file stays");
  }

  @Test
  void waitsAreSaidInWords() {
    assertEquals("10 minutes", English.text(FolderLock.describe(Duration.ofMinutes(10))));
    assertEquals("1 minute", English.text(FolderLock.describe(Duration.ofSeconds(60))));
    assertEquals("90 seconds", English.text(FolderLock.describe(Duration.ofSeconds(90))));
    assertEquals("0 seconds", English.text(FolderLock.describe(Duration.ZERO)));
    assertEquals(
        "90 Sekunden",
        de.kontaktcharta.report.Labels.of("de").text(FolderLock.describe(Duration.ofSeconds(90))));
  }

  @Test
  void aRunGivesUpWhileTheFolderIsHeldAndWritesNothing() throws Exception {
    Path export = Files.createDirectories(tmp.resolve("export"));
    Files.writeString(
        export.resolve("Connections.csv"),
        "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
            + "Anna,Berg,https://www.linkedin.com/in/anna-berg,,Acme GmbH,CTO,04 Jul 2023\n");
    Path out = tmp.resolve("reports");
    java.time.LocalDate day = java.time.LocalDate.of(2026, 11, 20);
    AnalyseSettings settings =
        AnalyseSettings.of(List.of(export), out, day, day).withLockWait(Duration.ofMillis(300));
    try (FolderLock held = FolderLock.acquire(out, Duration.ZERO, () -> {})) {
      assertTrue(held.unsupported().isEmpty());
      assertThrows(FolderBusyException.class, () -> new AnalyseJob().run(settings));
    }
    try (var files = Files.list(out)) {
      assertEquals(List.of(FolderLock.NAME), files.map(p -> p.getFileName().toString()).toList());
    }
    assertEquals(1, new AnalyseJob().run(settings).contacts(), "free: the run goes through");
  }
}
