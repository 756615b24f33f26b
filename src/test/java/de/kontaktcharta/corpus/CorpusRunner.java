package de.kontaktcharta.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import de.kontaktcharta.cli.CliRunner;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Runs a corpus case through the command line and checks what holds for every case, whatever its
 * input: the exit code, one-line messages without stack traces, a report that opens with POI and is
 * readable by the owner only, the accounting of every input (rows read = rows used + rows on the
 * Problems sheet, each skipped row listed there), errors named on stderr with their file, and no
 * report or temporary file left behind when the run says it wrote none.
 */
final class CorpusRunner {

  /** The reference date of every run, so that ages and expiries do not move with the calendar. */
  static final String TODAY = "2026-11-20";

  private CorpusRunner() {}

  static Outcome run(CorpusCase.Run c, Path dir) throws Exception {
    Workspace w = new Workspace(dir);
    List<String> inputs = new ArrayList<>(c.setup().prepare(w));
    if (!c.expected().alone()) {
      inputs.add(witness(w));
    }
    Set<String> before = listing(w.out());
    Outcome outcome = analyse(w, inputs);
    verify(c.expected(), outcome, before);
    return outcome;
  }

  /**
   * A contact list of one person in a folder of its own, read beside a case's inputs. A run whose
   * inputs hold no contact and no invitation writes no report (exit 5); with the witness, a case
   * whose only input is broken still gets a report in which to check how the break is reported.
   */
  static String witness(Workspace w) throws IOException {
    return w.text(WITNESS, "Vorname,Nachname,Firma\nWilma,Zeugenhaus,Zeugen GmbH\n").toString();
  }

  /** Where the witness list lies in a case's folder. */
  static final String WITNESS = "zeuge/zeugen.csv";

  /** Runs {@code charta analyse} into the workspace's output folder. */
  static Outcome analyse(Workspace w, List<String> inputs) {
    List<String> args = new ArrayList<>();
    args.addAll(List.of("analyse", "--out", w.out().toString(), "--today", TODAY, "--lang", "en"));
    args.addAll(inputs);
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit =
        CliRunner.run(
            new PrintWriter(out, true), new PrintWriter(err, true), args.toArray(String[]::new));
    return new Outcome(w, exit, out.toString(), err.toString());
  }

  private static void verify(Expected expected, Outcome o, Set<String> before) throws Exception {
    assertEquals(expected.exit(), o.exit(), o::describe);
    assertFalse(o.stderr().contains("\tat "), () -> "no stack trace: " + o.describe());
    assertFalse(o.stderr().contains("internal error"), o::describe);
    noPartialFiles(o.workspace().out());
    // exit 4 with a report named on stdout: the report was written, the reasons ledger was not
    if (o.exit() == 2 || o.exit() == 5 || (o.exit() == 4 && o.reports().isEmpty())) {
      assertEquals(before, listing(o.workspace().out()), () -> "nothing written: " + o.describe());
    } else {
      verifyReport(expected, o);
    }
    for (Expected.Check check : expected.checks()) {
      check.verify(o);
    }
  }

  private static void verifyReport(Expected expected, Outcome o) throws IOException {
    for (String line : o.stderr().split("\\R")) {
      assertTrue(line.isEmpty() || line.contains("error: "), () -> "one-line errors: " + line);
    }
    for (Path report : o.reports()) {
      assertTrue(Files.isRegularFile(report), () -> "report written: " + report);
      if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
        assertEquals(
            "rw-------",
            PosixFilePermissions.toString(Files.getPosixFilePermissions(report)),
            "owner only: " + report);
      }
    }
    List<Map<String, String>> problems = o.problems();
    for (Outcome.InputRow input : o.inputs()) {
      assertEquals(
          input.read(),
          input.used() + input.skipped(),
          () -> "rows read = used + on Problems for " + input);
      // one line may stand for many rows (the newsletters of a mailbox): rows are counted, not
      // lines
      long listed =
          problems.stream()
              .filter(p -> p.get("File").equals(input.file()) && !p.get("Rows skipped").isEmpty())
              .mapToLong(p -> Long.parseLong(p.get("Rows skipped").replaceAll("[^0-9]", "")))
              .sum();
      assertEquals(input.skipped(), listed, () -> "every skipped row listed for " + input);
    }
    for (Map<String, String> p : problems) {
      if (p.get("Severity").equals("Error")) {
        // the sheet drops characters XML cannot hold, the terminal shows them as '?'
        String line = visible(Outcome.source(p) + ": error: ");
        assertTrue(
            visible(o.stderr()).contains(line),
            () -> "error named on stderr: " + line + o.describe());
      }
    }
    for (Expected.Rows rows : expected.rows()) {
      List<Outcome.InputRow> found = o.inputs(rows.input());
      assertEquals(1, found.size(), () -> "one input named " + rows.input() + ": " + o.inputs());
      Outcome.InputRow input = found.get(0);
      assertEquals(
          List.of(rows.read(), rows.used(), rows.onProblems()),
          List.of(input.read(), input.used(), input.skipped()),
          () -> "rows read, used, on Problems of " + rows.input() + "; " + first(problems));
    }
    for (Expected.ProblemAt at : expected.problems()) {
      assertFalse(
          o.problems(at.source(), at.code()).isEmpty(),
          () -> "problem " + at.code() + " at " + at.source() + " in " + first(problems));
    }
    for (String unread : expected.unread()) {
      assertTrue(o.inputs(unread).isEmpty(), () -> unread + " not read: " + o.inputs());
    }
  }

  private static String visible(String text) {
    return text.replaceAll("[\\p{Cntrl}?]", "");
  }

  /** The first problems, enough to see what went wrong without flooding the build log. */
  private static String first(List<Map<String, String>> problems) {
    List<String> shown = new ArrayList<>();
    for (Map<String, String> p : problems.subList(0, Math.min(12, problems.size()))) {
      shown.add(Outcome.source(p) + " " + p.get("Code") + ": " + p.get("Detail"));
    }
    return problems.size() + " problems: " + String.join("; ", shown);
  }

  private static void noPartialFiles(Path out) throws IOException {
    for (String name : listing(out)) {
      if (name.endsWith(".part")) {
        fail("temporary file left behind: " + name);
      }
    }
  }

  /** The names in a folder, or none when it does not exist. */
  static Set<String> listing(Path folder) throws IOException {
    if (!Files.isDirectory(folder)) {
      return Set.of();
    }
    try (Stream<Path> files = Files.list(folder)) {
      return files
          .map(p -> p.getFileName().toString())
          // the folder's lock file holds nothing and stays, so that runs take turns
          .filter(name -> !name.equals(".kontaktcharta.lock"))
          .collect(TreeSet::new, Set::add, Set::addAll);
    }
  }
}
