package de.kontaktcharta.corpus;

import static de.kontaktcharta.corpus.CorpusCase.run;
import static de.kontaktcharta.corpus.Exports.connection;
import static de.kontaktcharta.corpus.Exports.connections;
import static de.kontaktcharta.corpus.Workspace.arg;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Assumptions;

/** Inputs that are not plain readable files: folders, links, hidden and unreadable files. */
final class FileSystemCases {

  static final String ONE_CONNECTION = connections(connection("Anna", "Berg", "ACME"));

  static final String INVITATION =
      "From,To,Sent At,Message,Direction\nCarl Dorn,Me,\"1/2/24, 1:00 PM\",Hallo,INCOMING\n";

  private FileSystemCases() {}

  /** A symbolic link, or the case is skipped where there are none. */
  static Path link(Path link, Path target) {
    try {
      return Files.createSymbolicLink(link, target);
    } catch (UnsupportedOperationException | IOException e) {
      Assumptions.abort("no symbolic links here: " + e);
      return link;
    }
  }

  /** A named pipe that nothing writes to: opening it to read would wait for ever. */
  static Path fifo(Path file) throws IOException, InterruptedException {
    Process mkfifo;
    try {
      mkfifo = new ProcessBuilder("mkfifo", file.toString()).redirectErrorStream(true).start();
    } catch (IOException e) {
      Assumptions.abort("no mkfifo here: " + e);
      return file;
    }
    Assumptions.assumeTrue(mkfifo.waitFor() == 0, "mkfifo failed");
    return file;
  }

  static List<CorpusCase> all() {
    return List.of(
        run(
            "folder-given-with-as",
            w -> {
              Path folder = w.folder("xing");
              w.text("xing/Connections.csv", ONE_CONNECTION);
              return List.of("--as", "contacts=" + folder, arg(folder));
            },
            Expected.exit(3)
                .rows("xing/Connections.csv", 1, 1, 0)
                .problem("xing", "input-forced-folder")),
        run(
            "empty-folder",
            w -> List.of(arg(w.folder("export")), arg(w.text("Connections.csv", ONE_CONNECTION))),
            Expected.exit(0)
                .rows("Connections.csv", 1, 1, 0)
                .problem("export", "input-empty-folder")),
        run(
            "earlier-report-given-as-a-folder",
            w -> {
              Path folder = w.folder("berichte");
              return List.of(
                  "--previous", arg(folder), arg(w.text("Connections.csv", ONE_CONNECTION)));
            },
            // a mistake on the command line: nothing is written, as with any other
            Expected.exit(2)
                .check(
                    o -> {
                      assertTrue(o.stderr().contains("a folder, not a report"), o.stderr());
                      assertEquals(List.of(), o.reports(), "no report");
                    })),
        run(
            "unreadable-file",
            w -> {
              Path file = w.text("Connections.csv", ONE_CONNECTION);
              try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));
              } catch (UnsupportedOperationException e) {
                Assumptions.abort("no POSIX permissions here");
              }
              // root reads every file whatever its permissions: nothing to test then
              Assumptions.assumeFalse(Files.isReadable(file), "running as root");
              return List.of(arg(file));
            },
            Expected.exit(3).problem("Connections.csv", "input-unreadable")),
        run(
            "symbolic-link-loop-in-an-input-folder",
            w -> {
              Path export = w.folder("export");
              w.text("export/Connections.csv", ONE_CONNECTION);
              w.folder("export/sub");
              link(export.resolve("sub/zurück"), export);
              return List.of(arg(export));
            },
            Expected.exit(0)
                .rows("export/Connections.csv", 1, 1, 0)
                .problem("export/sub/zurück", "input-link-loop")
                .check(o -> assertEquals(1, o.inputs().size(), "each file once"))
                .readAlone()),
        run(
            "folder-nested-deeper-than-32-levels",
            w -> {
              Path export = w.folder("export");
              w.text("export/Connections.csv", ONE_CONNECTION);
              String deep = "export" + "/ebene".repeat(40);
              w.text(deep + "/Kontakte.csv", "Vorname,Nachname\nBen,Kurz\n");
              return List.of(arg(export));
            },
            Expected.exit(0)
                .rows("export/Connections.csv", 1, 1, 0)
                .problem("export" + "/ebene".repeat(32), "input-too-deep")
                .unread("Kontakte.csv")),
        run(
            "links-out-of-an-input-folder",
            w -> {
              // what 'unzip' makes of an archive with link entries: links to the user's own files
              Path secret = w.text("home/.config/Connections.csv", ONE_CONNECTION);
              w.text("home/Kontakte/adressen.csv", "Vorname,Nachname\nBen,Kurz\n");
              Path export = w.folder("export");
              w.text("export/Invitations.csv", INVITATION);
              link(export.resolve("Connections.csv"), secret);
              link(export.resolve("kontakte"), w.path("home/Kontakte"));
              return List.of(arg(export));
            },
            Expected.exit(0)
                .rows("export/Invitations.csv", 1, 1, 0)
                .problem("export/Connections.csv", "input-outside")
                .problem("export/kontakte", "input-outside")
                .unread("Connections.csv")
                .unread("adressen.csv")),
        run(
            "named-pipe-in-an-input-folder",
            w -> {
              Path export = w.folder("export");
              w.text("export/Connections.csv", ONE_CONNECTION);
              fifo(export.resolve("messages.csv"));
              return List.of(arg(export));
            },
            Expected.exit(0)
                .rows("Connections.csv", 1, 1, 0)
                .problem("messages.csv", "input-special")),
        run(
            "named-pipe-given-directly",
            w -> List.of(arg(fifo(w.path("Connections.csv")))),
            Expected.exit(3).problem("Connections.csv", "input-special")),
        run(
            "link-to-a-device-in-an-input-folder",
            w -> {
              Path export = w.folder("export");
              w.text("export/Connections.csv", ONE_CONNECTION);
              Path zero = Path.of("/dev/zero");
              Assumptions.assumeTrue(Files.exists(zero), "no /dev/zero here");
              link(export.resolve("Invitations.csv"), zero);
              return List.of(arg(export));
            },
            Expected.exit(0)
                .rows("Connections.csv", 1, 1, 0)
                .problem("Invitations.csv", "input-special")
                // JUnit warns about links out of its folder when it cleans up
                .check(o -> Files.delete(o.workspace().path("export/Invitations.csv")))),
        run(
            "hidden-and-temporary-files-in-a-folder",
            w -> {
              Path export = w.folder("export");
              w.text("export/Connections.csv", ONE_CONNECTION);
              w.text("export/.~lock.Connections.csv#", "lock");
              w.text("export/~$kunden.xlsx", "owner file");
              w.text("export/.git/config", "[core]");
              return List.of(arg(export));
            },
            Expected.exit(0)
                .rows("Connections.csv", 1, 1, 0)
                .problem(".~lock.Connections.csv#", "input-hidden")
                .problem("~$kunden.xlsx", "input-hidden")
                .problem(".git", "input-hidden")),
        run(
            "the-same-file-named-twice",
            w -> {
              Path file = w.text("export/Connections.csv", ONE_CONNECTION);
              Path link = link(w.path("link.csv"), file);
              return List.of(arg(w.path("export")), arg(file), arg(link));
            },
            Expected.exit(0)
                .rows("export/Connections.csv", 1, 1, 0)
                .problem("link.csv", "input-repeated")
                .check(o -> assertEquals(1, o.inputs().size(), o.inputs().toString()))
                .readAlone()),
        run(
            "file-name-with-a-terminal-escape-sequence",
            w -> {
              try {
                return List.of(
                    arg(w.bytes("Kontakte\u001b]2;pwned\u0007\u001b[2K.csv", new byte[0])));
              } catch (java.nio.file.InvalidPathException e) {
                Assumptions.abort("file system refuses such names: " + e);
                return List.of();
              }
            },
            Expected.exit(3)
                .check(
                    o -> {
                      assertTrue(
                          o.stderr().contains("Kontakte?]2;pwned??[2K.csv: error: "), o.stderr());
                      assertTrue(
                          o.stderr().chars().noneMatch(c -> c < 0x20 && c != '\n' && c != '\r'),
                          "nothing a terminal acts on");
                    })),
        run(
            "file-name-with-control-characters-and-a-formula",
            w -> {
              Path file;
              try {
                file = w.text("=cmd|'calc'!A1\u0001\u001b.csv", ONE_CONNECTION);
              } catch (java.nio.file.InvalidPathException e) {
                Assumptions.abort("file system refuses such names: " + e);
                return List.of();
              }
              return List.of("--format", "xlsx,csv", arg(file));
            },
            Expected.exit(0)
                .rows("=cmd|'calc'!A1??.csv", 1, 1, 0)
                .check(
                    o ->
                        assertTrue(
                            CsvReport.cells(o, "summary.csv").stream()
                                .noneMatch(c -> c.startsWith("=")),
                            "no cell of the CSV report starts a formula"))));
  }
}
