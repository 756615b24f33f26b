package de.kontaktcharta.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.kontaktcharta.testing.SavedCopy;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs at the same time into one folder, as two cron entries or cron and a person start them: each
 * in a process of its own, since a file lock is held per process.
 */
class ConcurrentRunsTest {

  @TempDir Path tmp;

  private Path export() throws Exception {
    Path export = Files.createDirectories(tmp.resolve("export"));
    Files.writeString(
        export.resolve("Connections.csv"),
        "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
            + "Anna,Berg,https://www.linkedin.com/in/anna-berg,,Acme GmbH,CTO,04 Jul 2023\n"
            + "Bernd,Brot,https://www.linkedin.com/in/bernd-brot,,Bäckerei Brot,Inhaber,01 Feb 2021\n",
        StandardCharsets.UTF_8);
    return export;
  }

  private static ProcessBuilder java(String main, String... args) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    // short runs: the quick compiler alone starts them in half the time
    command.addAll(
        List.of(
            "-Xmx256m",
            "-XX:TieredStopAtLevel=1",
            "-cp",
            System.getProperty("java.class.path"),
            main));
    command.addAll(List.of(args));
    return new ProcessBuilder(command).redirectErrorStream(true);
  }

  private static Process charta(Path out, Path input, String... options) throws Exception {
    List<String> args = new ArrayList<>(List.of("analyse", "--out", out.toString()));
    args.addAll(List.of("--today", "2026-11-21", "--lang", "en"));
    args.addAll(List.of(options));
    args.add(input.toString());
    Process p = java("de.kontaktcharta.cli.Main", args.toArray(new String[0])).start();
    p.getOutputStream().close();
    return p;
  }

  private static String finish(Process p) throws Exception {
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the run ends");
    return output;
  }

  @Test
  void twoRunsAtOnceWithDifferentEditsKeepBoth() throws Exception {
    Path export = export();
    LocalDate day = LocalDate.of(2026, 11, 20);
    Path report =
        new AnalyseJob()
            .run(AnalyseSettings.of(List.of(export), tmp.resolve("first"), day, day))
            .reports()
            .get(OutputFormat.XLSX);
    List<List<String>> rows = SavedCopy.read(report).get("Kontakte");
    String anna = rows.stream().filter(r -> r.get(1).equals("Anna Berg")).findFirst().get().get(0);
    String bernd =
        rows.stream().filter(r -> r.get(1).equals("Bernd Brot")).findFirst().get().get(0);
    Path a = tmp.resolve("a.xlsx");
    SavedCopy.xlsx(report, "Kontakte", Map.of(anna, new String[] {"REMOVE", null, null}), a);
    Path b = tmp.resolve("b.ods");
    Path bx = tmp.resolve("b.xlsx");
    SavedCopy.xlsx(report, "Kontakte", Map.of(bernd, new String[] {null, "MET", "Messe"}), bx);
    SavedCopy.ods(bx, b);

    for (int round = 0; round < 3; round++) {
      Path out = tmp.resolve("out" + round);
      Process first = charta(out, export, "--previous", a.toString());
      Process second = charta(out, export, "--previous", b.toString());
      String one = finish(first);
      String two = finish(second);
      assertEquals(0, first.exitValue(), one);
      assertEquals(0, second.exitValue(), two);
      String ledger = Files.readString(out.resolve("reasons.csv"), StandardCharsets.UTF_8);
      assertTrue(ledger.contains("Anna Berg,,REMOVE"), "round " + round + ":\n" + ledger);
      assertTrue(ledger.contains("Bernd Brot,MET,,Messe"), "round " + round + ":\n" + ledger);
      try (var files = Files.list(out)) {
        assertEquals(
            2, files.filter(f -> f.toString().endsWith(".xlsx")).count(), "two reports, none lost");
      }
    }
  }

  @Test
  void aHeldFolderEndsARunWith75AndAKilledHolderBlocksNothing() throws Exception {
    Path export = export();
    Path out = tmp.resolve("out");
    Process holder = java(LockHolder.class.getName(), out.toString()).start();
    try {
      BufferedReader said =
          new BufferedReader(
              new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
      assertEquals("locked", said.readLine());

      Process waiting = charta(out, export, "--wait", "1s");
      String output = finish(waiting);
      assertEquals(75, waiting.exitValue(), output);
      assertTrue(output.contains("another charta run is writing to " + out), output);
      assertTrue(output.contains("Try again later"), output);
      assertEquals(1, output.strip().lines().count(), "one line, no stack trace: " + output);

      holder.destroyForcibly(); // SIGKILL: no code of the holder runs any more
      assertTrue(holder.waitFor(30, TimeUnit.SECONDS));
      long start = System.nanoTime();
      Process next = charta(out, export, "--wait", "5m");
      String after = finish(next);
      assertEquals(0, next.exitValue(), after);
      assertTrue(
          (System.nanoTime() - start) / 1_000_000_000L < 60, "the lock went with the process");
    } finally {
      holder.destroyForcibly();
    }
  }
}
