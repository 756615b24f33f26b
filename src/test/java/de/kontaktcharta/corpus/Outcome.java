package de.kontaktcharta.corpus;

import de.kontaktcharta.WorkbookText;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** What one run of {@code charta analyse} gave: exit code, streams, and the report read back. */
final class Outcome {

  /** One input row of the Summary sheet. */
  record InputRow(String file, String kind, String format, long read, long used, long skipped) {}

  private final Workspace workspace;
  private final int exit;
  private final String stdout;
  private final String stderr;
  private WorkbookText workbook;

  Outcome(Workspace workspace, int exit, String stdout, String stderr) {
    this.workspace = workspace;
    this.exit = exit;
    this.stdout = stdout;
    this.stderr = stderr;
  }

  Workspace workspace() {
    return workspace;
  }

  int exit() {
    return exit;
  }

  String stdout() {
    return stdout;
  }

  String stderr() {
    return stderr;
  }

  /** The files the run says it wrote, in the order it says them. */
  List<Path> reports() {
    List<Path> out = new ArrayList<>();
    for (String line : stdout.split("\\R")) {
      if (line.startsWith("report: ")) {
        out.add(Path.of(line.substring("report: ".length()).trim()));
      }
    }
    return out;
  }

  /** The workbook report. */
  Path report() {
    return reports().stream()
        .filter(p -> p.toString().endsWith(".xlsx"))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no workbook report named on stdout:\n" + stdout));
  }

  /** The workbook report read back with POI, as the text a user sees. */
  WorkbookText workbook() {
    if (workbook == null) {
      try {
        workbook = WorkbookText.read(report());
      } catch (IOException e) {
        throw new UncheckedIOException("the report does not open: " + report(), e);
      }
    }
    return workbook;
  }

  List<Map<String, String>> problems() {
    return workbook().table("Problems");
  }

  List<Map<String, String>> contacts() {
    return workbook().table("Contacts");
  }

  /** The Problems rows at the source (its end, see {@link #names}) with the code. */
  List<Map<String, String>> problems(String source, String code) {
    return problems().stream()
        .filter(p -> names(source(p), source) && p.get("Code").equals(code))
        .toList();
  }

  /** The inputs table of the Summary sheet. */
  List<InputRow> inputs() {
    List<List<String>> rows = workbook().rows("Summary");
    List<InputRow> out = new ArrayList<>();
    boolean inTable = false;
    for (List<String> row : rows) {
      if (!inTable) {
        inTable = row.size() >= 6 && row.get(0).equals("Inputs") && row.get(3).equals("Rows read");
        continue;
      }
      if (row.isEmpty() || row.get(0).isBlank()) {
        break;
      }
      out.add(
          new InputRow(
              row.get(0),
              row.get(1),
              row.get(2),
              number(row.get(3)),
              number(row.get(4)),
              number(row.get(5))));
    }
    return out;
  }

  /** The inputs whose name ends with the given name. */
  List<InputRow> inputs(String name) {
    return inputs().stream().filter(i -> names(i.file(), name)).toList();
  }

  /**
   * True when a shown name is the expected one: equal, or ending with it after a folder separator
   * or the {@code !} of an archive entry or sheet ({@code a.zip!x.csv} matches {@code x.csv}).
   */
  static boolean names(String shown, String expected) {
    return shown.equals(expected)
        || shown.endsWith("/" + expected)
        || shown.endsWith("\\" + expected)
        || shown.endsWith("!" + expected);
  }

  private static long number(String text) {
    String digits = text.replaceAll("[^0-9]", "");
    return digits.isEmpty() ? 0 : Long.parseLong(digits);
  }

  /** Everything a failed assertion should show. */
  String describe() {
    return "exit " + exit + "\n--- stdout\n" + stdout + "--- stderr\n" + stderr;
  }

  /** Where a problem is, as {@code file:line}: the Problems sheet gives file and line apart. */
  static String source(java.util.Map<String, String> problem) {
    String line = problem.getOrDefault("Line", "");
    return line.isEmpty() ? problem.get("File") : problem.get("File") + ":" + line;
  }
}
