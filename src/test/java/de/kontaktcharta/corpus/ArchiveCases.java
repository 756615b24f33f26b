package de.kontaktcharta.corpus;

import static de.kontaktcharta.corpus.CorpusCase.direct;
import static de.kontaktcharta.corpus.CorpusCase.run;
import static de.kontaktcharta.corpus.Exports.MESSAGES_HEADER;
import static de.kontaktcharta.corpus.Exports.connection;
import static de.kontaktcharta.corpus.Exports.connections;
import static de.kontaktcharta.corpus.Workspace.arg;
import static de.kontaktcharta.corpus.Workspace.utf8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.kontaktcharta.input.Detector;
import de.kontaktcharta.input.InputReaders;
import de.kontaktcharta.input.InputScanner;
import de.kontaktcharta.input.InputSet;
import de.kontaktcharta.input.file.ZipLimits;
import de.kontaktcharta.model.InputSummary;
import de.kontaktcharta.model.Severity;
import de.kontaktcharta.source.Detection;
import de.kontaktcharta.testing.English;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Archives that are damaged, crafted to exhaust the reader, or to write outside their folder. */
final class ArchiveCases {

  private static final byte[] CONNECTIONS =
      utf8(connections(connection("Anna", "Berg", "ACME"), connection("Ben", "Kurz", "")));

  private ArchiveCases() {}

  static List<CorpusCase> all() {
    return List.of(
        run(
            "zip-bomb-by-ratio",
            w -> List.of(arg(bomb(w.path("Basic_LinkedInDataExport_11-20-2026.zip")))),
            Expected.exit(3)
                .rows("Connections.csv", 2, 2, 0)
                .problem("messages.csv", "input-unreadable")
                .check(
                    o ->
                        assertTrue(
                            o.stderr().contains("expands more than 200 times its packed size"),
                            o.stderr()))),
        direct("zip-entry-beyond-the-size-limit", ArchiveCases::sizeLimit),
        run(
            "zip-with-dot-dot-and-absolute-entry-names",
            w -> {
              Map<String, byte[]> entries = new LinkedHashMap<>();
              entries.put("../../evil/Connections.csv", CONNECTIONS);
              entries.put("/abs/Invitations.csv", invitation());
              entries.put("..\\..\\windows\\Endorsement_Received_Info.csv", endorsement());
              w.folder("inner");
              return List.of(arg(w.zip("inner/export.zip", entries)));
            },
            Expected.exit(0)
                .rows("export.zip!../../evil/Connections.csv", 2, 2, 0)
                .rows("export.zip!/abs/Invitations.csv", 1, 1, 0)
                .rows("export.zip!..\\..\\windows\\Endorsement_Received_Info.csv", 1, 1, 0)
                .check(ArchiveCases::nothingExtracted)),
        run(
            "zip-with-two-entries-of-one-name",
            w -> {
              ByteArrayOutputStream bytes = new ByteArrayOutputStream();
              try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
                zip.putNextEntry(new ZipEntry("Connections.csv"));
                zip.write(CONNECTIONS);
                zip.putNextEntry(new ZipEntry("Invitations.csv"));
                zip.write(invitation());
              }
              // ZipOutputStream refuses a second entry of one name: rename the second afterwards
              byte[] archive = bytes.toByteArray();
              String text = new String(archive, java.nio.charset.StandardCharsets.ISO_8859_1);
              text = text.replace("Invitations.csv", "Connections.csv");
              return List.of(
                  arg(
                      w.bytes(
                          "twice.zip",
                          text.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1))));
            },
            Expected.exit(3)
                .problem("twice.zip!Connections.csv", "archive-duplicate-entry")
                .unread("twice.zip!Connections.csv")),
        run(
            "zip-with-hidden-and-mac-entries",
            w -> {
              Map<String, byte[]> entries = new LinkedHashMap<>();
              entries.put("Connections.csv", CONNECTIONS);
              entries.put("__MACOSX/._Connections.csv", utf8("resource fork"));
              entries.put(".DS_Store", new byte[] {0, 0, 0, 1});
              entries.put("Jobs/.hidden.csv", CONNECTIONS);
              return List.of(arg(w.zip("export.zip", entries)));
            },
            Expected.exit(0)
                .rows("export.zip!Connections.csv", 2, 2, 0)
                .problem("export.zip", "input-hidden")),
        run(
            "zip-with-too-many-entries",
            w -> {
              Map<String, byte[]> entries = new LinkedHashMap<>();
              for (int i = 0; i <= 10_000; i++) {
                entries.put("f" + i + ".txt", new byte[0]);
              }
              return List.of(arg(w.zip("many.zip", entries)));
            },
            Expected.exit(3).problem("many.zip", "archive-too-large")),
        run(
            "zip-inside-a-zip",
            w -> {
              ByteArrayOutputStream inner = new ByteArrayOutputStream();
              try (ZipOutputStream zip = new ZipOutputStream(inner)) {
                zip.putNextEntry(new ZipEntry("Connections.csv"));
                zip.write(CONNECTIONS);
                zip.closeEntry();
              }
              return List.of(arg(w.zip("outer.zip", Map.of("inner.zip", inner.toByteArray()))));
            },
            Expected.exit(0)
                .problem("outer.zip!inner.zip", "input-unknown")
                .unread("inner.zip!Connections.csv")),
        run(
            "zip-with-a-zero-byte-entry",
            w -> {
              Map<String, byte[]> entries = new LinkedHashMap<>();
              entries.put("Connections.csv", CONNECTIONS);
              entries.put("Invitations.csv", new byte[0]);
              return List.of(arg(w.zip("export.zip", entries)));
            },
            Expected.exit(0)
                .rows("export.zip!Connections.csv", 2, 2, 0)
                .problem("export.zip!Invitations.csv", "input-unknown")),
        run(
            "zip-entry-with-an-unsupported-compression-method-costs-only-that-entry",
            w -> List.of(arg(w.bytes("lzma.zip", withMethod(zipOf(CONNECTIONS), 14)))),
            Expected.exit(3).problem("lzma.zip!Connections.csv", "archive-entry-unsupported")),
        run(
            "zip-entry-with-damaged-bzip2-data-costs-only-that-entry",
            w -> List.of(arg(w.bytes("bzip2.zip", withMethod(zipOf(CONNECTIONS), 12)))),
            Expected.exit(3).problem("bzip2.zip!Connections.csv", "input-unreadable")),
        run(
            "zip-with-an-encrypted-entry-costs-only-that-entry",
            w -> List.of(arg(w.bytes("secret.zip", encrypted(zipOf(CONNECTIONS))))),
            Expected.exit(3).problem("secret.zip!Connections.csv", "archive-entry-unsupported")),
        run(
            "zip-cut-off",
            w -> {
              byte[] zip = zipOf(CONNECTIONS);
              return List.of(arg(w.bytes("cut.zip", Arrays.copyOf(zip, zip.length / 2))));
            },
            Expected.exit(3).problem("cut.zip", "archive-corrupt")));
  }

  private static byte[] endorsement() {
    return utf8(
        "Endorsement Date,Skill Name,Endorser First Name,Endorser Last Name\n"
            + "2024/12/07 10:00:00 UTC,Java,Carl,Dorn\n");
  }

  private static byte[] invitation() {
    return utf8(
        "From,To,Sent At,Message,Direction\nCarl Dorn,Me,\"1/2/24, 1:00 PM\",Hallo,INCOMING\n");
  }

  /** A LinkedIn archive whose messages.csv packs 60 MB of one letter into a few kilobytes. */
  private static Path bomb(Path file) throws IOException {
    byte[] block = new byte[1 << 20];
    Arrays.fill(block, (byte) 'x');
    try (OutputStream raw = Files.newOutputStream(file);
        ZipOutputStream zip = new ZipOutputStream(raw)) {
      zip.putNextEntry(new ZipEntry("Connections.csv"));
      zip.write(CONNECTIONS);
      zip.putNextEntry(new ZipEntry("messages.csv"));
      zip.write(utf8(MESSAGES_HEADER + "\n"));
      for (int i = 0; i < 60; i++) {
        zip.write(block);
      }
      zip.closeEntry();
    }
    return file;
  }

  /**
   * The size bound needs an entry of 4 GB at the default limits; with a 1 MB bound the same code
   * path stops an entry of 2 MB that compresses well within the ratio.
   */
  private static void sizeLimit(Workspace w) throws IOException {
    StringBuilder text = new StringBuilder(connections());
    for (int i = 0; text.length() < (2 << 20); i++) {
      text.append(connection("P" + i, "Q" + i, "Firma " + (i * 7919 % 100_003))).append('\n');
    }
    Path zip = w.zip("big.zip", Map.of("Connections.csv", utf8(text.toString())));
    try (InputSet set = new InputScanner(new ZipLimits(1 << 20, 200, 10)).scan(List.of(zip))) {
      assertEquals(1, set.files().size());
      Detection detection = new Detector().detect(set.files().get(0));
      ProblemSink sink = new ProblemSink();
      InputSummary summary = new InputReaders().read(detection, sink);
      assertEquals(summary.rowsRead(), summary.rowsUsed() + summary.rowsSkipped());
      assertTrue(summary.rowsUsed() > 0, "the rows before the limit count");
      assertTrue(
          sink.problems.stream()
              .anyMatch(
                  p ->
                      p.severity() == Severity.ERROR
                          && English.text(p).contains("expands beyond 1,048,576 bytes")),
          sink.problems::toString);
    }
    nothingExtractedIn(w.dir(), 1);
  }

  /** A one-entry archive of Connections.csv, stored as deflated data. */
  static byte[] zipOf(byte[] content) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      zip.putNextEntry(new ZipEntry("Connections.csv"));
      zip.write(content);
      zip.closeEntry();
    }
    return bytes.toByteArray();
  }

  /** The archive with another compression method in its local and central headers. */
  private static byte[] withMethod(byte[] zip, int method) {
    byte[] out = zip.clone();
    for (int i = 0; i + 4 < out.length; i++) {
      if (header(out, i, 0x04034b50)) {
        out[i + 8] = (byte) method;
      } else if (header(out, i, 0x02014b50)) {
        out[i + 10] = (byte) method;
      }
    }
    return out;
  }

  /** The archive with the "encrypted" flag set on its entry, as a password-protected ZIP has. */
  private static byte[] encrypted(byte[] zip) {
    byte[] out = zip.clone();
    for (int i = 0; i + 4 < out.length; i++) {
      if (header(out, i, 0x04034b50)) {
        out[i + 6] |= 1;
      } else if (header(out, i, 0x02014b50)) {
        out[i + 8] |= 1;
      }
    }
    return out;
  }

  private static boolean header(byte[] b, int i, int signature) {
    int value =
        (b[i] & 0xff) | (b[i + 1] & 0xff) << 8 | (b[i + 2] & 0xff) << 16 | (b[i + 3] & 0xff) << 24;
    return value == signature;
  }

  private static void nothingExtracted(Outcome o) throws IOException {
    assertFalse(Files.exists(o.workspace().dir().resolve("evil")), "nothing written above");
    assertFalse(Files.exists(o.workspace().path("abs")));
    assertFalse(Files.exists(Path.of("/abs/Invitations.csv")));
    nothingExtractedIn(o.workspace().path("inner"), 1);
  }

  private static void nothingExtractedIn(Path folder, long files) throws IOException {
    try (Stream<Path> list = Files.list(folder)) {
      assertEquals(files, list.filter(p -> !p.getFileName().toString().equals("out")).count());
    }
  }
}
