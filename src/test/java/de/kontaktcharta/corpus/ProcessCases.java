package de.kontaktcharta.corpus;

import static de.kontaktcharta.corpus.CorpusCase.direct;
import static de.kontaktcharta.corpus.Exports.connection;
import static de.kontaktcharta.corpus.Exports.connections;
import static de.kontaktcharta.corpus.Workspace.arg;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.kontaktcharta.WorkbookText;
import de.kontaktcharta.report.xlsx.ScratchFiles;
import de.kontaktcharta.testing.EndedProcess;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * Issue 20's cases that need a program of their own, started as {@code charta} is: its scratch
 * data, a stop by SIGTERM, what killed runs left, a locale that cannot spell file names, and a heap
 * too small for rows parsed far ahead.
 */
final class ProcessCases {

  private ProcessCases() {}

  static List<CorpusCase> all() {
    return List.of(
        direct(
            "scratch-data-lies-in-a-private-folder-gone-after-the-run-with-what-killed-runs-left",
            ProcessCases::leftovers),
        direct("two-runs-on-one-machine-never-share-a-scratch-folder", ProcessCases::twoRuns),
        direct(
            "a-run-stopped-by-sigterm-leaves-no-scratch-data-and-no-part-file", ProcessCases::term),
        direct("a-file-name-with-umlauts-is-read-under-lang-c", ProcessCases::langC),
        direct(
            "rows-of-a-megabyte-each-do-not-pile-up-ahead-of-the-reader",
            ProcessCases::megabyteRows),
        direct(
            "a-zip-of-two-thousand-names-for-one-entry-prints-no-stack-trace",
            ProcessCases::namesForOneEntry));
  }

  /**
   * Scratch folders and temporary report files of a run that is over (its process number is free),
   * beside those of a run still going and the user's own files of similar names: only the first are
   * removed, and the run leaves no scratch folder of its own.
   */
  private static void leftovers(Workspace w) throws Exception {
    posixOnly();
    Path tmp = w.folder("tmp");
    long dead = EndedProcess.number();
    long alive = ProcessHandle.current().pid();
    w.text("tmp/kontaktcharta-" + dead + "-4711/poi-sxssf-sheet1.xml", "<row>Anna Berg</row>");
    w.text("tmp/kontaktcharta-" + alive + "-4712/poi-sxssf-sheet1.xml", "<row>still going</row>");
    w.text("tmp/kontaktcharta-notizen/liste.txt", "the user's own");
    w.text("out/.kontaktcharta-" + dead + "-815.xlsx.part", "half a report");
    w.text("out/.reasons.csv-" + dead + "-816.part", "half a ledger");
    w.text("out/.kontaktcharta-" + alive + "-817.xlsx.part", "a report being written");
    w.text("out/kontaktcharta-entwurf.xlsx.part", "the user's own");
    Path input = w.text("Connections.csv", FileSystemCases.ONE_CONNECTION);

    ChildRun run =
        ChildRun.finish(
            w,
            ChildRun.start(w, List.of("-Djava.io.tmpdir=" + tmp), Map.of(), List.of(arg(input))));

    assertEquals(0, run.exit(), run.output());
    assertEquals(
        Set.of("kontaktcharta-" + alive + "-4712", "kontaktcharta-notizen"),
        CorpusRunner.listing(tmp),
        "the dead run's folder is gone, the run's own too");
    Set<String> out = CorpusRunner.listing(w.out());
    assertFalse(out.contains(".kontaktcharta-" + dead + "-815.xlsx.part"), out::toString);
    assertFalse(out.contains(".reasons.csv-" + dead + "-816.part"), out::toString);
    assertTrue(out.contains(".kontaktcharta-" + alive + "-817.xlsx.part"), out::toString);
    assertTrue(out.contains("kontaktcharta-entwurf.xlsx.part"), out::toString);
  }

  /**
   * SIGTERM while the report is written: the scratch folder (made owner-only, its files too) and
   * the report's temporary file are gone when the program has ended.
   */
  private static void term(Workspace w) throws Exception {
    posixOnly();
    Path tmp = w.folder("tmp");
    StringBuilder rows = new StringBuilder();
    for (int i = 0; i < 40_000; i++) {
      rows.append(connection("Vorname" + i, "Nachname" + i, "Firma " + i % 500)).append('\n');
    }
    Path input = w.text("Connections.csv", connections() + rows);
    Process child =
        ChildRun.start(w, List.of("-Djava.io.tmpdir=" + tmp), Map.of(), List.of(arg(input)));
    Path scratch = null;
    while (scratch == null && child.isAlive()) {
      scratch = firstIn(tmp);
      Thread.sleep(5);
    }
    Assumptions.assumeTrue(scratch != null, "the run ended before its report was written");
    assertEquals("rwx------", permissions(scratch), "the scratch folder is the user's alone");
    child.destroy();
    ChildRun stopped = ChildRun.finish(w, child);
    assertFalse(stopped.output().contains("\tat "), stopped.output());
    assertEquals(Set.of(), CorpusRunner.listing(tmp), "scratch data removed: " + stopped.output());
    for (String name : CorpusRunner.listing(w.out())) {
      assertFalse(name.endsWith(".part"), name);
    }
  }

  /**
   * cron's locale: {@code LANG=C} and nothing else. A name with umlauts on the command line must
   * still name its file: read, shown in the report as it is spelled.
   */
  private static void langC(Workspace w) throws Exception {
    Assumptions.assumeTrue(
        "UTF-8".equalsIgnoreCase(System.getProperty("sun.jnu.encoding")),
        "the build's JVM must spell the name to make the file");
    Path input = w.text("Übersicht Kontakte/Übersicht.csv", FileSystemCases.ONE_CONNECTION);
    Map<String, String> env = new HashMap<>();
    env.put("LANG", "C");
    env.put("LC_ALL", null);
    env.put("LC_CTYPE", null);
    env.put("LC_MESSAGES", null);

    ChildRun run = ChildRun.finish(w, ChildRun.start(w, List.of(), env, List.of(arg(input))));

    assertEquals(0, run.exit(), run.output());
    String report =
        run.output().lines().filter(l -> l.startsWith("report: ")).findFirst().orElseThrow();
    WorkbookText book = WorkbookText.read(Path.of(report.substring("report: ".length()).trim()));
    String summary = book.rows("Summary").toString();
    assertTrue(summary.contains("Übersicht Kontakte/Übersicht.csv"), summary);
  }

  /**
   * Forty rows of a megabyte each (a note pasted again and again into a column nobody reads), read
   * with a heap of 64 MB: parsed ahead by whole batches of rows they would need far more.
   */
  private static void megabyteRows(Workspace w) throws Exception {
    Path input = w.path("kontakte.csv");
    byte[] note = new byte[1 << 20];
    java.util.Arrays.fill(note, (byte) 'x');
    try (OutputStream out = Files.newOutputStream(input)) {
      out.write("Vorname,Nachname,Firma,Ablage\n".getBytes(StandardCharsets.UTF_8));
      for (int i = 0; i < 40; i++) {
        out.write(("Vorname" + i + ",Nachname" + i + ",Firma,").getBytes(StandardCharsets.UTF_8));
        out.write(note);
        out.write('\n');
      }
    }
    ChildRun run =
        ChildRun.finish(w, ChildRun.start(w, List.of("-Xmx64m"), Map.of(), List.of(arg(input))));
    assertEquals(0, run.exit(), run.output());
    assertFalse(run.output().contains("Exception in thread"), run.output());
  }

  /**
   * Two runs (of two users, or one user twice) with one temp folder, in which another user's run
   * left POI's shared folder, not writable for this one: each run writes into a folder of its own,
   * made for it, that only its user can open, and removes it when done.
   */
  private static void twoRuns(Workspace w) throws Exception {
    posixOnly();
    Path tmp = w.folder("tmp");
    Path foreign = w.folder("tmp/poifiles");
    Files.setPosixFilePermissions(foreign, PosixFilePermissions.fromString("r-xr-xr-x"));
    ScratchFiles first = new ScratchFiles(tmp);
    ScratchFiles second = new ScratchFiles(tmp);
    try {
      Path a = first.createTempFile("poi-sxssf-sheet", ".xml").toPath();
      Path b = second.createTempFile("poi-sxssf-sheet", ".xml").toPath();
      assertFalse(a.getParent().equals(b.getParent()), a + " and " + b);
      for (Path file : List.of(a, b)) {
        assertEquals("rwx------", permissions(file.getParent()));
        assertEquals("rw-------", permissions(file));
        assertTrue(file.getParent().getFileName().toString().startsWith("kontaktcharta-"));
      }
      first.delete();
      assertFalse(Files.exists(a.getParent()), "removed with everything in it");
      assertTrue(Files.exists(b), "the other run's files stay");
      assertThrows(IOException.class, () -> first.createTempFile("late", ".xml"));
    } finally {
      second.delete();
      Files.setPosixFilePermissions(foreign, PosixFilePermissions.fromString("rwx------"));
    }
    assertEquals(Set.of("poifiles"), CorpusRunner.listing(tmp));
  }

  /**
   * The archive, 2,000 directory records pointing at one entry of a megabyte, read by the
   * real program with a small heap: one line for the archive, never a thread's stack trace or a
   * word of running out of memory (its entries are not read at all: they share their data).
   */
  private static void namesForOneEntry(Workspace w) throws Exception {
    StringBuilder rows = new StringBuilder("Vorname,Nachname,Firma\n");
    for (int i = 0; rows.length() < 1 << 20; i++) {
      rows.append("Vorname").append(i).append(",Nachname,Firma\n");
    }
    Path zip =
        w.bytes("bombe.zip", Crafted.overlappingEntries(Workspace.utf8(rows.toString()), 2_000));
    Path witness = Path.of(CorpusRunner.witness(w));
    ChildRun child =
        ChildRun.finish(
            w, ChildRun.start(w, List.of("-Xmx48m"), Map.of(), List.of(arg(zip), arg(witness))));
    String output = child.output();
    assertEquals(3, child.exit(), output);
    assertFalse(output.contains("Exception in thread"), output);
    assertFalse(output.contains("OutOfMemoryError"), output);
    assertFalse(output.contains("\tat "), output);
    assertTrue(output.contains("bombe.zip: error:"), output);
  }

  private static void posixOnly() {
    Assumptions.assumeTrue(
        FileSystems.getDefault().supportedFileAttributeViews().contains("posix")
            && new File("/proc/self").isDirectory(),
        "needs POSIX permissions and process numbers");
  }

  private static Path firstIn(Path folder) throws IOException {
    try (Stream<Path> entries = Files.list(folder)) {
      return entries.findFirst().orElse(null);
    }
  }

  private static String permissions(Path file) throws IOException {
    return PosixFilePermissions.toString(Files.getPosixFilePermissions(file));
  }
}
