package de.kontaktcharta.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import de.kontaktcharta.input.file.InputFile;
import de.kontaktcharta.input.file.ZipLimitException;
import de.kontaktcharta.input.file.ZipLimits;
import de.kontaktcharta.model.InputSummary;
import de.kontaktcharta.model.Problem;
import de.kontaktcharta.model.Severity;
import de.kontaktcharta.source.Detection;
import de.kontaktcharta.source.linkedin.LinkedInKinds;
import de.kontaktcharta.testing.English;
import de.kontaktcharta.testing.Inputs;
import de.kontaktcharta.testing.ReadResult;
import de.kontaktcharta.testing.RecordingSink;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files, folders and ZIP archives given as inputs. */
class InputScannerTest {

  private static final String CONNECTIONS =
      "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
          + "Anna,Berg,https://www.linkedin.com/in/anna-berg,,,,16 Dec 2024\n"
          + "Ben,Kurz,,,,,15 Dec 2024";
  private static final String INVITATIONS =
      "From,To,Sent At,Message,Direction\n"
          + "Olivia Owner,Carl Dorn,\"12/1/24, 9:00 AM\",,OUTGOING\n";

  @TempDir Path dir;

  private static Path zip(Path file, Map<String, byte[]> entries) throws IOException {
    try (OutputStream out = Files.newOutputStream(file);
        ZipOutputStream zip = new ZipOutputStream(out)) {
      for (Map.Entry<String, byte[]> e : entries.entrySet()) {
        zip.putNextEntry(new ZipEntry(e.getKey()));
        zip.write(e.getValue());
        zip.closeEntry();
      }
    }
    return file;
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static List<String> names(InputSet set) {
    return set.files().stream().map(InputFile::name).toList();
  }

  @Test
  void missingFileIsAProblemNotAnException() {
    Path missing = dir.resolve("nowhere.csv");
    try (InputSet set = new InputScanner().scan(List.of(missing))) {
      assertTrue(set.files().isEmpty());
      assertEquals(1, set.problems().size());
      Problem p = set.problems().get(0);
      assertEquals("input-missing", p.code());
      assertEquals(Severity.ERROR, p.severity());
      assertEquals(missing.toString(), p.source().file());
      assertEquals("file or folder not found", English.text(p));
    }
  }

  @Test
  void folderIsWalkedRecursivelyInNameOrderWithoutHiddenFiles() throws IOException {
    Inputs.write(dir, "b/Invitations.csv", INVITATIONS);
    Inputs.write(dir, "a/Connections.csv", CONNECTIONS);
    Inputs.write(dir, "a/.DS_Store", "x");
    Inputs.write(dir, "~$Connections.xlsx", "lock");
    try (InputSet set = new InputScanner().scan(List.of(dir))) {
      assertEquals(
          List.of(
              dir.resolve("a/Connections.csv").toString(),
              dir.resolve("b/Invitations.csv").toString()),
          names(set));
      assertEquals(2, set.problems().size(), set.problems()::toString);
      for (Problem p : set.problems()) {
        assertEquals("input-hidden", p.code());
        assertEquals(Severity.INFO, p.severity());
      }
      assertEquals("Connections.csv", set.files().get(0).baseName());
      assertEquals(Files.size(dir.resolve("a/Connections.csv")), set.files().get(0).size());
      assertEquals(Path.of(set.files().get(0).name()), set.files().get(0).path().orElseThrow());
    }
  }

  @Test
  void symbolicLinkLoopIsReportedOnce() throws IOException {
    Path folder = Files.createDirectories(dir.resolve("export"));
    Inputs.write(folder, "Connections.csv", CONNECTIONS);
    try {
      Files.createSymbolicLink(folder.resolve("loop"), folder);
    } catch (UnsupportedOperationException | IOException e) {
      assumeTrue(false, "no symbolic links here: " + e);
    }
    try (InputSet set = new InputScanner().scan(List.of(folder))) {
      assertEquals(List.of(folder.resolve("Connections.csv").toString()), names(set));
      assertEquals(1, set.problems().size(), set.problems()::toString);
      Problem p = set.problems().get(0);
      assertEquals("input-link-loop", p.code());
      assertEquals(Severity.WARNING, p.severity(), "nothing is left unread");
      assertEquals(folder.resolve("loop").toString(), p.source().file());
      assertTrue(English.text(p).contains("symbolic link back to a folder"), English.text(p));
    }
  }

  @Test
  void zipArchiveIsReadInPlace() throws IOException {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    entries.put("Invitations.csv", utf8(INVITATIONS));
    entries.put("Connections.csv", utf8(CONNECTIONS));
    entries.put("Jobs/", new byte[0]);
    entries.put("__MACOSX/._Connections.csv", utf8("resource fork"));
    entries.put("Jobs/.hidden.csv", utf8("x"));
    Path archive = zip(dir.resolve("Basic_LinkedInDataExport_12-16-2024.zip"), entries);
    try (Stream<Path> before = Files.list(dir)) {
      assertEquals(1, before.count());
    }
    try (InputSet set = new InputScanner().scan(List.of(archive))) {
      assertEquals(List.of(archive + "!Connections.csv", archive + "!Invitations.csv"), names(set));
      assertEquals(1, set.problems().size(), set.problems()::toString);
      Problem hidden = set.problems().get(0);
      assertEquals("input-hidden", hidden.code());
      assertEquals(Severity.INFO, hidden.severity());
      assertTrue(
          English.text(hidden).startsWith("2 hidden entries not read"), English.text(hidden));
      InputFile connections = set.files().get(0);
      assertEquals("Connections.csv", connections.baseName());
      assertTrue(connections.path().isEmpty(), "an entry has no path on disk");
      assertEquals(utf8(CONNECTIONS).length, connections.size());

      ReadResult r = Inputs.read(connections);
      assertEquals(LinkedInKinds.CONNECTIONS, r.kind());
      assertEquals(2, r.summary().rowsUsed());
      assertEquals(archive + "!Connections.csv", r.sink().network.get(1).source().file());
      assertEquals(3, r.sink().network.get(1).source().line());
      assertEquals(LinkedInKinds.INVITATIONS, Inputs.read(set.files().get(1)).kind());
    }
    try (Stream<Path> after = Files.list(dir)) {
      assertEquals(1, after.count(), "nothing extracted next to the archive");
    }
  }

  @Test
  void entryNamesInTheOldDosEncodingAreRead() throws IOException {
    Path archive = dir.resolve("dos.zip");
    try (OutputStream out = Files.newOutputStream(archive);
        ZipOutputStream zip =
            new ZipOutputStream(out, java.nio.charset.Charset.forName("IBM437"))) {
      zip.putNextEntry(new ZipEntry("Verbindungen-ä.csv"));
      zip.write(utf8(CONNECTIONS));
      zip.closeEntry();
    }
    try (InputSet set = new InputScanner().scan(List.of(archive))) {
      assertTrue(set.problems().isEmpty(), set.problems()::toString);
      assertEquals(List.of(archive + "!Verbindungen-ä.csv"), names(set));
      assertEquals(2, Inputs.read(set.files().get(0)).summary().rowsUsed());
    }
  }

  @Test
  void archiveInsideAFolderIsOpened() throws IOException {
    Path folder = Files.createDirectories(dir.resolve("downloads"));
    Path archive = zip(folder.resolve("export.zip"), Map.of("Connections.csv", utf8(CONNECTIONS)));
    Inputs.write(folder, "Invitations.csv", INVITATIONS);
    try (InputSet set = new InputScanner().scan(List.of(folder))) {
      assertEquals(
          List.of(folder.resolve("Invitations.csv").toString(), archive + "!Connections.csv"),
          names(set),
          "in path order");
    }
  }

  @Test
  void entryNamedWithDotDotIsReadNeverExtracted() throws IOException {
    Path inner = Files.createDirectories(dir.resolve("inner"));
    Path archive = zip(inner.resolve("evil.zip"), Map.of("../evil.csv", utf8(CONNECTIONS)));
    try (InputSet set = new InputScanner().scan(List.of(archive))) {
      assertEquals(List.of(archive + "!../evil.csv"), names(set));
      assertEquals("evil.csv", set.files().get(0).baseName());
      ReadResult r = Inputs.read(set.files().get(0));
      assertEquals(2, r.summary().rowsUsed());
    }
    assertFalse(Files.exists(dir.resolve("evil.csv")));
    try (Stream<Path> files = Files.list(inner)) {
      assertEquals(1, files.count());
    }
  }

  @Test
  void entryExpandingBeyondTheSizeLimitIsReportedAndStopsThatFile() throws IOException {
    StringBuilder big = new StringBuilder("First Name,Last Name,Connected On\n");
    while (big.length() < (1 << 20) + (200 << 10)) {
      big.append("Anna,Berg,16 Dec 2024\n");
    }
    Path archive = zip(dir.resolve("bomb.zip"), Map.of("Connections.csv", utf8(big.toString())));
    ZipLimits limits = new ZipLimits(1 << 20, 10_000, 100);
    try (InputSet set = new InputScanner(limits).scan(List.of(archive))) {
      InputFile entry = set.files().get(0);
      Detection detection = new Detector().detect(entry);
      assertEquals(LinkedInKinds.CONNECTIONS, detection.kind());
      RecordingSink sink = new RecordingSink();
      InputSummary summary = new InputReaders().read(detection, sink);

      assertTrue(summary.balanced());
      assertEquals(0, summary.rowsSkipped(), sink.problems.stream().limit(3).toList()::toString);
      assertTrue(summary.rowsUsed() > 40_000, "rows before the limit count: " + summary);
      assertTrue(summary.rowsUsed() < 50_000, "but not beyond it: " + summary);
      assertEquals(1, sink.problems.size(), sink.problems.stream().limit(3).toList()::toString);
      Problem p = sink.problems.get(0);
      assertEquals("input-unreadable", p.code());
      assertEquals(Severity.ERROR, p.severity());
      assertTrue(English.text(p).contains("expands beyond 1,048,576 bytes"), English.text(p));
    }
  }

  @Test
  void entryExpandingBeyondTheRatioIsStopped() throws IOException {
    byte[] zeros = new byte[3 << 20];
    Path archive = zip(dir.resolve("ratio.zip"), Map.of("zeros.csv", zeros));
    ZipLimits limits = new ZipLimits(1L << 30, 10, 100);
    try (InputSet set = new InputScanner(limits).scan(List.of(archive));
        InputStream in = set.files().get(0).open()) {
      ZipLimitException e = assertThrows(ZipLimitException.class, () -> in.readAllBytes());
      assertTrue(
          English.text(e.message()).contains("more than 10 times its packed size"),
          English.text(e.message()));
    }
  }

  @Test
  void detectionOfAnEntryBeyondTheLimitFailsWithZipLimitException() throws IOException {
    Path archive =
        zip(dir.resolve("small-limit.zip"), Map.of("Connections.csv", new byte[100_000]));
    try (InputSet set =
        new InputScanner(new ZipLimits(50_000, 10_000, 10)).scan(List.of(archive))) {
      assertThrows(ZipLimitException.class, () -> new Detector().detect(set.files().get(0)));
    }
  }

  @Test
  void archiveWithTooManyEntriesIsNotRead() throws IOException {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    for (int i = 0; i < 5; i++) {
      entries.put("f" + i + ".csv", utf8("a,b\n"));
    }
    Path archive = zip(dir.resolve("many.zip"), entries);
    try (InputSet set = new InputScanner(new ZipLimits(1 << 20, 100, 3)).scan(List.of(archive))) {
      assertTrue(set.files().isEmpty());
      assertEquals(1, set.problems().size());
      assertEquals("archive-too-large", set.problems().get(0).code());
      assertEquals(archive.toString(), set.problems().get(0).source().file());
    }
  }

  @Test
  void corruptZipIsReported() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    bytes.writeBytes(new byte[] {'P', 'K', 3, 4});
    bytes.writeBytes(new byte[200]);
    Path broken = Inputs.write(dir, "broken.zip", bytes.toByteArray());
    try (InputSet set = new InputScanner().scan(List.of(broken))) {
      assertTrue(set.files().isEmpty());
      assertEquals(1, set.problems().size(), set.problems()::toString);
      assertEquals("archive-corrupt", set.problems().get(0).code());
      assertEquals(Severity.ERROR, set.problems().get(0).severity());
    }
  }

  @Test
  void officeDocumentIsAFileNotAnArchive() throws IOException {
    Path xlsx =
        zip(
            dir.resolve("contacts.xlsx"),
            Map.of("[Content_Types].xml", utf8("<Types/>"), "xl/workbook.xml", utf8("<w/>")));
    try (InputSet set = new InputScanner().scan(List.of(xlsx))) {
      assertEquals(List.of(xlsx.toString()), names(set));
      assertTrue(set.files().get(0).path().isPresent());
    }
  }

  @Test
  void unreadableFileIsReported() throws IOException {
    Path file = Inputs.write(dir, "secret.csv", CONNECTIONS);
    assumeTrue(file.toFile().setReadable(false), "cannot take read permission away");
    assumeTrue(!Files.isReadable(file), "running as a user who can read anything");
    try (InputSet set = new InputScanner().scan(List.of(file))) {
      assertTrue(set.files().isEmpty());
      assertEquals("permission denied", English.text(set.problems().get(0)));
    } finally {
      file.toFile().setReadable(true);
    }
  }
}
